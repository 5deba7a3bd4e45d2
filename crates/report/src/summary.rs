//! The readable summary a newcomer sees first: each location with personal data (categories,
//! counts, confidence, exposure), every skipped or failed location with its reason, then totals.
//! Samples never appear here.

use crate::Prepared;
use piimap_model::{ExposureLevel, Finding, LocationKind, LocationReport, Outcome};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// Exposure levels, most exposed first (their order as values).
const LEVELS: [ExposureLevel; 4] = [ExposureLevel::Public, ExposureLevel::Authenticated, ExposureLevel::Restricted, ExposureLevel::Unknown];

/// Skipped locations listed per distinct reason before the rest are counted.
const SKIPS_SHOWN_PER_REASON: usize = 5;

/// Shortens `file://` URIs to paths relative to the working directory when below it.
fn display_uri(uri: &str, cwd: Option<&str>) -> String {
    let Some(path) = uri.strip_prefix("file://") else {
        return uri.to_string();
    };
    match cwd.and_then(|c| path.strip_prefix(c)).and_then(|r| r.strip_prefix('/')) {
        Some(rel) => rel.to_string(),
        None => path.to_string(),
    }
}

pub(crate) fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Findings of one location folded per category: total count, best confidence, fields.
fn by_category(findings: &[Finding]) -> BTreeMap<piimap_model::Category, (u64, u64, f32, Vec<&str>)> {
    let mut m: BTreeMap<_, (u64, u64, f32, Vec<&str>)> = BTreeMap::new();
    for f in findings {
        let e = m.entry(f.category).or_default();
        e.0 += f.count;
        e.1 += f.distinct_estimate;
        e.2 = e.2.max(f.confidence);
        if let Some(field) = &f.field {
            e.3.push(field);
        }
    }
    m
}

fn write_location(out: &mut impl Write, loc: &LocationReport, cwd: Option<&str>) -> io::Result<()> {
    let exposure = loc.exposure.level.as_str();
    let why = loc.exposure.evidence.first().map(|e| format!(" ({})", e.rule)).unwrap_or_default();
    writeln!(out, "{}", display_uri(&loc.uri, cwd))?;
    writeln!(out, "    exposure: {exposure}{why}")?;
    if let Some(s) = &loc.sampling {
        let total = s.rows_total.map(|t| format!(" of {}", thousands(t))).unwrap_or_default();
        if s.counted_in_full.is_empty() {
            writeln!(out, "    sampled: {}{total} rows read; counts are counts in the sample (--full reads all)", thousands(s.rows_read))?;
        } else {
            writeln!(out, "    sampled: {}{total} rows read; {} counted in every row", thousands(s.rows_read), s.counted_in_full.join(", "))?;
        }
    }
    for (cat, (count, distinct, conf, fields)) in by_category(&loc.findings) {
        let fields = if fields.is_empty() { String::new() } else { format!("  in {}", fields.join(", ")) };
        writeln!(
            out,
            "    {:<9} {:>9} found, ~{} distinct, confidence {:.2}{fields}",
            cat.as_str(),
            thousands(count),
            thousands(distinct),
            conf
        )?;
    }
    if let Some(trace) = loc.findings.iter().find_map(|f| f.trace.as_deref()) {
        writeln!(out, "    trace: {trace}")?;
    }
    Ok(())
}

/// A bucket or database: who can read it (with each rule that fired) and its exposure window.
fn write_store(out: &mut impl Write, loc: &LocationReport) -> io::Result<()> {
    let info = loc.dataset.as_ref();
    let members = info.map_or(0, |d| d.files);
    let unit = if loc.kind == LocationKind::Bucket { "objects" } else { "tables" };
    writeln!(out, "{} [{}]  exposure: {}", loc.uri, loc.kind.as_str(), loc.exposure.level.as_str().to_uppercase())?;
    for e in &loc.exposure.evidence {
        writeln!(out, "    - {}: {}", e.rule, e.detail)?;
    }
    let cats: Vec<&str> = by_category(&loc.findings).keys().map(|c| c.as_str()).collect();
    if let Some(d) = info.filter(|d| d.with_personal_data > 0) {
        writeln!(
            out,
            "    {} of {} {unit} hold personal data ({}; {} bytes), modified {} .. {}",
            thousands(d.with_personal_data),
            thousands(members),
            cats.join(", "),
            thousands(d.personal_data_bytes),
            d.personal_data_oldest.as_deref().unwrap_or("?"),
            d.personal_data_newest.as_deref().unwrap_or("?"),
        )?;
    } else {
        writeln!(out, "    {} {unit}, no personal data found", thousands(members))?;
    }
    Ok(())
}

/// A dataset: its files, how many hold personal data and what, its exposure and the window a
/// breach responder needs.
fn write_dataset(out: &mut impl Write, loc: &LocationReport, cwd: Option<&str>) -> io::Result<()> {
    let info = loc.dataset.clone().unwrap_or_default();
    let why = loc.exposure.evidence.first().map(|e| format!(" ({})", e.rule)).unwrap_or_default();
    writeln!(out, "{}  ({} files)", display_uri(&loc.uri, cwd), thousands(info.files))?;
    writeln!(out, "    exposure: {}{why}", loc.exposure.level.as_str())?;
    writeln!(
        out,
        "    {} of {} files hold personal data ({} bytes), modified {} .. {}",
        thousands(info.with_personal_data),
        thousands(info.files),
        thousands(info.personal_data_bytes),
        info.personal_data_oldest.as_deref().unwrap_or("?"),
        info.personal_data_newest.as_deref().unwrap_or("?"),
    )?;
    if let Some(s) = loc.sampling.as_ref().filter(|s| !s.method.is_empty()) {
        writeln!(out, "    sampled: {}", s.method)?;
    }
    for (cat, (count, _, conf, fields)) in by_category(&loc.findings) {
        let mut fields = fields;
        fields.sort_unstable();
        fields.dedup();
        const SHOWN: usize = 6;
        let more = fields.len().saturating_sub(SHOWN);
        fields.truncate(SHOWN);
        let more = if more > 0 { format!(" and {more} more") } else { String::new() };
        let fields = if fields.is_empty() { String::new() } else { format!("  in {}{more}", fields.join(", ")) };
        writeln!(out, "    {:<9} {:>9} found, confidence {:.2}{fields}", cat.as_str(), thousands(count), conf)?;
    }
    if let Some(trace) = loc.findings.iter().find_map(|f| f.trace.as_deref()) {
        writeln!(out, "    trace: {trace}")?;
    }
    Ok(())
}

/// Datasets lead (a bucket of ten million look-alike objects is a few lines), then the
/// locations with personal data that belong to no dataset, then stores, then what was not
/// fully scanned, then totals. Every member stays in the inventory JSON and CSV. Locations are
/// streamed: each list is one pass per exposure level that has entries, most exposed first.
pub fn write_summary(prepared: Prepared<'_>, mut out: impl Write) -> io::Result<()> {
    let inv = prepared.inv;
    let cwd = std::env::current_dir().ok().map(|p| p.display().to_string());
    let cwd = cwd.as_deref();
    let is_dataset = |l: &LocationReport| l.kind.is_group();
    let dataset_with_data = |l: &LocationReport| l.kind == LocationKind::Dataset && l.has_personal_data();
    let alone_with_data = |l: &LocationReport| l.has_personal_data() && !is_dataset(l) && l.member_of.is_none();
    let (mut datasets, mut alone) = ([0u64; LEVELS.len()], [0u64; LEVELS.len()]);
    let (mut with_data, mut stores, mut problems) = (0u64, 0u64, 0u64);
    prepared.each(|l| {
        let level = LEVELS.iter().position(|x| *x == l.exposure.level).unwrap_or(0);
        datasets[level] += u64::from(dataset_with_data(l));
        alone[level] += u64::from(alone_with_data(l));
        with_data += u64::from(l.has_personal_data() && !is_dataset(l));
        stores += u64::from(matches!(l.kind, LocationKind::Bucket | LocationKind::Database));
        problems += u64::from(l.outcome != Outcome::Scanned && !is_dataset(l));
        Ok(())
    })?;
    // Exposed ones first: they are what a responder acts on.
    let by_level = |counts: &[u64; LEVELS.len()], wanted: &dyn Fn(&LocationReport) -> bool, write: &mut dyn FnMut(&LocationReport) -> io::Result<()>| {
        for (level, n) in LEVELS.iter().zip(counts) {
            if *n > 0 {
                prepared.each(|l| if l.exposure.level == *level && wanted(l) { write(l) } else { Ok(()) })?;
            }
        }
        io::Result::Ok(())
    };
    let dataset_count: u64 = datasets.iter().sum();
    if dataset_count > 0 {
        writeln!(out, "Datasets with personal data ({dataset_count}; files read as one table or look-alike objects):\n")?;
        by_level(&datasets, &dataset_with_data, &mut |l| write_dataset(&mut out, l, cwd))?;
        writeln!(out)?;
    }
    let alone_count: u64 = alone.iter().sum();
    if with_data == 0 {
        writeln!(out, "No personal data found.")?;
    } else if alone_count > 0 {
        let other = if dataset_count == 0 { "" } else { "other " };
        writeln!(out, "Personal data found in {alone_count} {other}location(s):\n")?;
        by_level(&alone, &alone_with_data, &mut |l| write_location(&mut out, l, cwd))?;
    }
    if stores > 0 {
        writeln!(out, "\nStores:\n")?;
        prepared.each(|l| if matches!(l.kind, LocationKind::Bucket | LocationKind::Database) { write_store(&mut out, l) } else { Ok(()) })?;
    }
    if problems > 0 {
        writeln!(out, "\nNot fully scanned:")?;
        // Failures are all listed; a skip reason shared by many locations (files left out of a
        // dataset's sample) is shown a few times and then counted.
        let mut shown: BTreeMap<String, usize> = BTreeMap::new();
        prepared.each(|loc| {
            if loc.outcome == Outcome::Scanned || is_dataset(loc) {
                return Ok(());
            }
            let what = match &loc.outcome {
                Outcome::Skipped { reason } => {
                    let n = shown.entry(reason.clone()).or_default();
                    *n += 1;
                    if *n > SKIPS_SHOWN_PER_REASON {
                        return Ok(());
                    }
                    format!("skipped: {reason}")
                }
                Outcome::Failed { error } => format!("FAILED: {error}"),
                Outcome::Scanned => unreachable!("filtered above"),
            };
            writeln!(out, "    {}  {what}", display_uri(&loc.uri, cwd))
        })?;
        for (reason, n) in shown.iter().filter(|(_, n)| **n > SKIPS_SHOWN_PER_REASON) {
            writeln!(out, "    ... and {} more skipped: {reason}", thousands((n - SKIPS_SHOWN_PER_REASON) as u64))?;
        }
    }
    let s = &inv.summary;
    writeln!(out)?;
    writeln!(
        out,
        "{} location(s): {} scanned, {} skipped, {} failed; {} hold personal data, {} of them readable beyond their owner",
        thousands(s.locations),
        thousands(s.scanned),
        thousands(s.skipped),
        thousands(s.failed),
        with_data,
        s.exposed_with_personal_data
    )?;
    if !s.by_category.is_empty() {
        let cats: Vec<String> = s.by_category.iter().map(|(c, n)| format!("{c} in {n}")).collect();
        writeln!(out, "by category: {}", cats.join(", "))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_lists_findings_failures_and_totals_without_values() {
        let inv = crate::tests::sample_inventory();
        let mut out = Vec::new();
        crate::write_summary(&inv, &mut out).expect("write");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(text.contains("/data/crm.csv"), "{text}");
        assert!(text.contains("email"), "{text}");
        assert!(text.contains("FAILED: invalid Parquet: bad magic"), "{text}");
        assert!(text.contains("2 location(s): 1 scanned, 0 skipped, 1 failed"), "{text}");
        assert!(!text.contains("jane.doe"), "{text}");
    }

    #[test]
    fn datasets_lead_and_their_members_are_folded_into_them() {
        let mut inv = crate::tests::sample_inventory();
        let crm = inv.locations.to_memory().expect("in memory")[0].clone();
        let template = "file:///data/trips/{id}.json";
        for i in 0..3 {
            let mut member = crm.clone();
            member.uri = format!("file:///data/trips/{}.json", 4711 + i);
            member.member_of = Some(template.into());
            inv.locations.to_memory().expect("in memory").push(member);
        }
        let mut dataset = crm.clone();
        dataset.uri = template.into();
        dataset.kind = LocationKind::Dataset;
        dataset.dataset = Some(piimap_model::DatasetInfo { files: 3, scanned: 3, with_personal_data: 3, ..Default::default() });
        inv.locations.to_memory().expect("in memory").push(dataset);
        let mut out = Vec::new();
        crate::write_summary(&inv, &mut out).expect("write");
        let text = String::from_utf8(out).expect("utf-8");
        let dataset_at = text.find("/data/trips/{id}.json  (3 files)").expect("the dataset is listed");
        let alone_at = text.find("/data/crm.csv").expect("a location of no dataset is listed");
        assert!(dataset_at < alone_at, "datasets lead: {text}");
        assert!(text.contains("3 of 3 files hold personal data"), "{text}");
        assert!(text.contains("Personal data found in 1 other location(s)"), "{text}");
        assert!(!text.contains("/data/trips/4711.json"), "members are folded: {text}");
        assert!(text.contains("4 hold personal data"), "totals still count every member: {text}");
    }

    #[test]
    fn thousands_separator() {
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(12), "12");
    }
}
