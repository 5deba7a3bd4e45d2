//! One self-contained HTML page (no network): summary cards, a chart of categories by store,
//! exposed locations first, and a filterable table. `#q=term` in the URL pre-fills the filter.

use crate::tabular::{location_rows, most_urgent_first, most_urgent_rows, Census, LOCATION_COLUMNS};
use crate::Prepared;
use piimap_model::Category;
use std::fmt::Write;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

const STYLE: &str = "body{font:14px system-ui,sans-serif;margin:24px;color:#1d2430}h1{margin:0 0 4px}\
.meta{color:#5a6472;margin-bottom:16px}.warn{background:#fde2e1;padding:8px;border-radius:6px}\
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}.card{border:1px solid #d8dee8;border-radius:8px;padding:12px 16px;min-width:150px}\
.card b{display:block;font-size:24px}.exposed{background:#fff0f0}table{border-collapse:collapse;width:100%;margin-top:8px}\
th,td{border-bottom:1px solid #e3e7ee;padding:4px 6px;text-align:left;vertical-align:top}\
td{max-width:280px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}\
td:nth-child(2){direction:rtl;text-align:left}th{background:#eef2f8;position:sticky;top:0}\
input{padding:6px;width:320px}.chart{margin:12px 0}.legend span{display:inline-block;margin-right:12px}\
.sw{display:inline-block;width:10px;height:10px;margin-right:4px}";

/// SVG bars: one row per store, one segment per category (locations holding it).
fn chart(census: &Census) -> String {
    let per_store = &census.categories_per_store;
    let max = per_store.values().map(|v| v.iter().sum::<u64>()).max().unwrap_or(0).max(1);
    let mut svg = format!("<svg class=\"chart\" width=\"760\" height=\"{}\" role=\"img\" aria-label=\"categories by store\">", 30 * per_store.len() + 10);
    for (row, (store, counts)) in per_store.iter().enumerate() {
        let y = 5 + row * 30;
        let _ = write!(svg, "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text>", y + 15, esc(store));
        let mut x = 180.0;
        for (c, n) in Category::ALL.iter().zip(counts) {
            let w = *n as f64 / max as f64 * 560.0;
            if w > 0.0 {
                let _ = write!(
                    svg,
                    "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"20\" fill=\"{}\"><title>{c}: {n}</title></rect>",
                    c.chart_colour()
                );
                x += w;
            }
        }
    }
    svg.push_str("</svg><div class=\"legend\">");
    for c in Category::ALL {
        let _ = write!(svg, "<span><i class=\"sw\" style=\"background:{}\"></i>{c}</span>", c.chart_colour());
    }
    svg.push_str("</div>");
    svg
}

/// Rows in the page's table: a browser still filters this many as one types; the CSV and XLSX
/// exports hold the rest.
const PAGE_ROWS: usize = 20_000;

pub fn write(inv: Prepared<'_>, out: &mut impl std::io::Write) -> std::io::Result<()> {
    out.write_all(page_of_rows(inv, PAGE_ROWS)?.as_bytes())
}

fn page_of_rows(prepared: Prepared<'_>, page_rows: usize) -> std::io::Result<String> {
    let inv = prepared.inv;
    let s = &inv.summary;
    let census = Census::of(prepared)?;
    let with_data = census.with_personal_data;
    // Exposed locations with personal data first, then by risk: what a responder acts on. The
    // order is kept as in the inventory when every row fits.
    let mut rows = Vec::new();
    let mut all = Vec::new();
    if census.rows <= page_rows as u64 {
        prepared.each(|loc| {
            all.extend(location_rows(loc));
            Ok(())
        })?;
        most_urgent_first(&mut all);
        rows = all;
    } else {
        most_urgent_rows(prepared, &census, page_rows as u64, |r| {
            rows.push(r.clone());
            Ok(())
        })?;
    }
    let left_out = census.rows.saturating_sub(rows.len() as u64);
    let mut html = String::new();
    let _ = write!(html, "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>piimap inventory</title><style>{STYLE}</style></head><body>");
    let _ = write!(
        html,
        "<h1>piimap inventory</h1><div class=\"meta\">{} {} · run {} → {}</div>",
        esc(&inv.tool.name),
        esc(&inv.tool.version),
        esc(&inv.run.started),
        esc(&inv.run.finished)
    );
    if prepared.samples_shown() {
        html.push_str("<p class=\"warn\" id=\"samples\">Raw samples shown (--show-samples): this report holds personal data.</p>");
    } else {
        html.push_str("<p class=\"meta\" id=\"samples\">Samples are masked.</p>");
    }
    html.push_str("<div class=\"cards\">");
    for (label, value) in [
        ("locations", s.locations),
        ("with personal data", with_data),
        ("exposed with personal data", s.exposed_with_personal_data),
        ("failed", s.failed),
        ("estimated people", s.people_estimate),
    ] {
        let _ = write!(html, "<div class=\"card\"><b>{value}</b>{label}</div>");
    }
    html.push_str("</div><h2>Categories by store</h2>");
    html.push_str(&chart(&census));
    html.push_str("<h2>Locations</h2><input id=\"filter\" placeholder=\"filter: path, category, exposure…\" aria-label=\"filter\"> <span id=\"shown\"></span><table id=\"locations\"><thead><tr>");
    for c in LOCATION_COLUMNS {
        let _ = write!(html, "<th>{}</th>", esc(c));
    }
    html.push_str("</tr></thead><tbody>");
    for r in &rows {
        let class = if r.exposed_with_personal_data { " class=\"exposed\"" } else { "" };
        let _ = write!(html, "<tr{class}>");
        for c in &r.cells {
            let text = esc(&c.as_text());
            let _ = write!(html, "<td title=\"{text}\">{text}</td>");
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
    if left_out > 0 {
        let _ = write!(
            html,
            "<p class=\"warn\" id=\"left-out\">{left_out} more rows are not shown: the {page_rows} most urgent are (exposed with personal data, then by risk). The CSV and XLSX exports hold every row.</p>"
        );
    }
    html.push_str(
        "<script>(function(){var input=document.getElementById('filter');var rows=document.querySelectorAll('#locations tbody tr');\
function apply(){var q=input.value.toLowerCase();var n=0;rows.forEach(function(r){var show=!q||r.textContent.toLowerCase().indexOf(q)>=0;\
r.style.display=show?'':'none';if(show){n++;}});document.getElementById('shown').textContent=n+' of '+rows.length+' rows';}\
input.addEventListener('input',apply);var m=location.hash.match(/^#q=(.*)$/);if(m){input.value=decodeURIComponent(m[1]);}apply();})();</script>",
    );
    html.push_str("</body></html>\n");
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_shows_the_most_urgent_rows_and_counts_the_rest() {
        let inv = crate::tests::many_locations(10);
        let page = page_of_rows(Prepared::as_is(&inv), 3).expect("page");
        assert_eq!(page.matches("<tr").count(), 4, "header and three rows");
        let first = page.find("<tbody><tr").expect("rows");
        assert!(page[first..].find("part-0009.csv").is_some_and(|i| i < 200), "the exposed location first");
        assert!(page.contains("7 more rows are not shown"), "{page}");
        let inv = crate::tests::many_locations(3);
        assert!(!page_of_rows(Prepared::as_is(&inv), 3).expect("page").contains("more rows are not shown"));
    }
}
