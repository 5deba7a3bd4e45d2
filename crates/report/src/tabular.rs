//! One row per location × field × category, shared by the CSV export and the spreadsheet's
//! *Locations* sheet. Rows never contain values, only where they are and how many.

use crate::Prepared;
use piimap_model::{LocationKind, LocationReport, Outcome, Sampling};
use std::io::{self, Write};

pub const LOCATION_COLUMNS: [&str; 16] = [
    "store",
    "location",
    "field",
    "category",
    "count",
    "distinct_estimate",
    "confidence",
    "exposure",
    "evidence",
    "modified",
    "outcome",
    "risk",
    "risk_reason",
    "trace",
    "sampled",
    // The dataset a file or object belongs to (its URI or path template): a filter or pivot
    // folds ten thousand look-alike objects into one.
    "dataset",
];

/// A cell: text or a number (spreadsheets keep numbers sortable).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
}

impl Cell {
    pub fn as_text(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Number(n) if n.fract() == 0.0 => format!("{n:.0}"),
            Cell::Number(n) => format!("{n}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// Readable beyond its owner and holds personal data: highlighted in the spreadsheet.
    pub exposed_with_personal_data: bool,
    /// The location's risk, 0 (high) to 3 (none or not assessed): what to show first when a
    /// page or a sheet cannot hold every row.
    pub risk_rank: u8,
}

/// Rows a person acts on first: exposed with personal data, then by risk; otherwise in the
/// inventory's order (stable).
pub fn most_urgent_first(rows: &mut [Row]) {
    rows.sort_by_key(|r| (!r.exposed_with_personal_data, r.risk_rank));
}

/// The store a location belongs to: `file`, `s3://bucket`, `postgres://host:5432/db`...
pub fn store_of(uri: &str) -> String {
    match uri.split_once("://") {
        Some(("file", _)) | None => "file".into(),
        Some((scheme, rest)) => {
            let authority = rest.split('/').next().unwrap_or("");
            format!("{scheme}://{authority}")
        }
    }
}

pub fn outcome_text(o: &Outcome) -> String {
    match o {
        Outcome::Scanned => "scanned".into(),
        Outcome::Skipped { reason } => format!("skipped: {reason}"),
        Outcome::Failed { error } => format!("failed: {error}"),
    }
}

/// `10000 of 1000000 rows (16 windows spread over the file, in 8 of 8 row groups)`.
pub fn sampling_text(s: &Sampling) -> String {
    let total = s.rows_total.map(|t| format!(" of {t}")).unwrap_or_default();
    format!("{}{total} rows ({})", s.rows_read, s.method)
}

pub fn evidence_text(loc: &LocationReport) -> String {
    loc.exposure.evidence.iter().map(|e| format!("{}: {}", e.rule, e.detail)).collect::<Vec<_>>().join("; ")
}

/// The rows of one location: one per field and category, or one when it holds nothing.
pub fn location_rows(loc: &LocationReport) -> Vec<Row> {
    let mut rows = Vec::new();
    {
        let exposed = loc.exposure.level.is_exposed() && loc.has_personal_data();
        let risk_rank = loc.risk.as_ref().map_or(3, |r| r.level as u8);
        let base = |field: &str, category: &str, count: Option<u64>, distinct: Option<u64>, confidence: Option<f64>, trace: &str| {
            let num = |n: Option<f64>| n.map_or(Cell::Text(String::new()), Cell::Number);
            vec![
                Cell::Text(store_of(&loc.uri)),
                Cell::Text(loc.uri.clone()),
                Cell::Text(field.into()),
                Cell::Text(category.into()),
                num(count.map(|c| c as f64)),
                num(distinct.map(|c| c as f64)),
                num(confidence),
                Cell::Text(loc.exposure.level.as_str().into()),
                Cell::Text(evidence_text(loc)),
                Cell::Text(loc.modified.clone().unwrap_or_default()),
                Cell::Text(outcome_text(&loc.outcome)),
                Cell::Text(loc.risk.as_ref().map(|r| r.level.as_str().to_string()).unwrap_or_default()),
                Cell::Text(loc.risk.as_ref().map(|r| r.reason.clone()).unwrap_or_default()),
                Cell::Text(trace.into()),
                Cell::Text(loc.sampling.as_ref().map(sampling_text).unwrap_or_default()),
                Cell::Text(loc.member_of.clone().unwrap_or_default()),
            ]
        };
        if loc.findings.is_empty() {
            rows.push(Row { cells: base("", "", None, None, None, ""), exposed_with_personal_data: false, risk_rank });
        }
        for f in &loc.findings {
            let confidence = (f64::from(f.confidence) * 100.0).round() / 100.0;
            rows.push(Row {
                cells: base(
                    f.field.as_deref().unwrap_or(""),
                    f.category.as_str(),
                    Some(f.count),
                    Some(f.distinct_estimate),
                    Some(confidence),
                    f.trace.as_deref().unwrap_or(""),
                ),
                exposed_with_personal_data: exposed,
                risk_rank,
            });
        }
    }
    rows
}

/// RFC 4180 CSV, UTF-8, with a header row, streamed.
pub fn write_csv(inv: Prepared<'_>, out: impl Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(LOCATION_COLUMNS)?;
    inv.each(|loc| {
        for row in location_rows(loc) {
            w.write_record(row.cells.iter().map(Cell::as_text))?;
        }
        Ok(())
    })?;
    w.flush()
}

/// Urgency classes of rows, most urgent first: exposed with personal data, then by risk.
pub const URGENCY_CLASSES: usize = 8;

/// The place of a location's rows in [`most_urgent_first`]'s order, `0..URGENCY_CLASSES`: every
/// row of one location shares it, so passes over the locations skip others before making rows.
pub fn urgency(loc: &LocationReport) -> usize {
    let exposed = loc.exposure.level.is_exposed() && loc.has_personal_data();
    let risk_rank = loc.risk.as_ref().map_or(3, |r| r.level as u8);
    usize::from(!exposed) * 4 + usize::from(risk_rank.min(3))
}

/// Counts over every location that the summary-like parts of a report need, in one pass.
#[derive(Debug, Default)]
pub struct Census {
    pub with_personal_data: u64,
    pub datasets: u64,
    pub stores: u64,
    /// Per store: locations, with personal data, exposed with personal data.
    pub per_store: std::collections::BTreeMap<String, [u64; 3]>,
    /// Per store: locations holding each category.
    pub categories_per_store: std::collections::BTreeMap<String, [u64; piimap_model::Category::COUNT]>,
    pub rows: u64,
    pub rows_by_urgency: [u64; URGENCY_CLASSES],
    pub exposure_evidence: u64,
    pub not_scanned: u64,
}

impl Census {
    pub fn of(inv: Prepared<'_>) -> io::Result<Census> {
        let mut c = Census::default();
        Prepared::as_is(inv.inv).each(|l| {
            let rows = l.findings.len().max(1) as u64;
            c.rows += rows;
            c.rows_by_urgency[urgency(l)] += rows;
            c.exposure_evidence += l.exposure.evidence.len() as u64;
            c.not_scanned += u64::from(l.outcome != Outcome::Scanned);
            match l.kind {
                LocationKind::Dataset => c.datasets += 1,
                LocationKind::Bucket | LocationKind::Database => c.stores += 1,
                _ => {}
            }
            if !l.kind.is_group() {
                c.with_personal_data += u64::from(l.has_personal_data());
                let e = c.per_store.entry(store_of(&l.uri)).or_default();
                e[0] += 1;
                e[1] += u64::from(l.has_personal_data());
                e[2] += u64::from(l.has_personal_data() && l.exposure.level.is_exposed());
                let cats = c.categories_per_store.entry(store_of(&l.uri)).or_default();
                for cat in piimap_model::Category::ALL {
                    cats[cat.index()] += u64::from(l.findings.iter().any(|f| f.category == cat));
                }
            }
            Ok(())
        })?;
        Ok(c)
    }
}

/// Calls `f` on at most `limit` rows, the most urgent first (in inventory order within a class),
/// reading the locations once per class that has rows; `census` counted them.
pub fn most_urgent_rows(inv: Prepared<'_>, census: &Census, limit: u64, mut f: impl FnMut(&Row) -> io::Result<()>) -> io::Result<u64> {
    let mut written = 0;
    if census.rows <= limit {
        inv.each(|loc| location_rows(loc).iter().try_for_each(|r| {
            written += 1;
            f(r)
        }))?;
        return Ok(written);
    }
    for class in 0..URGENCY_CLASSES {
        if written >= limit {
            break;
        }
        if census.rows_by_urgency[class] == 0 {
            continue;
        }
        let mut full = false;
        let result = inv.each(|loc| {
            if urgency(loc) != class {
                return Ok(());
            }
            for r in &location_rows(loc) {
                if written >= limit {
                    full = true;
                    return Err(io::Error::other("enough rows"));
                }
                written += 1;
                f(r)?;
            }
            Ok(())
        });
        if !full {
            result?;
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores() {
        assert_eq!(store_of("file:///data/a.csv"), "file");
        assert_eq!(store_of("s3://bucket/key/x"), "s3://bucket");
        assert_eq!(store_of("postgres://db:5432/app/public.users"), "postgres://db:5432");
    }

    #[test]
    fn csv_has_one_row_per_field_and_category_and_no_values() {
        let inv = crate::tests::sample_inventory();
        let mut out = Vec::new();
        write_csv(Prepared { inv: &inv, mask: true }, &mut out).expect("csv");
        let text = String::from_utf8(out).expect("utf-8");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], LOCATION_COLUMNS.join(","));
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[1].starts_with("file,file:///data/crm.csv,email,email,2,2,0.93,authenticated,fs-world-readable: mode 0644,"), "{}", lines[1]);
        assert!(lines[2].contains("failed: invalid Parquet: bad magic"));
        assert!(!text.contains("jane.doe"));
    }
}
