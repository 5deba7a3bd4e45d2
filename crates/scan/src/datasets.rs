//! Datasets: partitioned layouts (`.../date=2024-01-01/part-0001.parquet`) and numbered part
//! files of one table are grouped into one `dataset` location, so a privacy officer reads
//! "`telematics/` holds VINs and location traces in 4,312 files", not 4,312 rows. The files stay
//! in the inventory with their own outcomes.

use piimap_model::{Category, DatasetInfo, Finding, LocationKind, LocationReport, Outcome, Sampling};
use std::collections::BTreeMap;

/// `key=value` path segments (Hive-style partitions).
fn partition_key(segment: &str) -> Option<&str> {
    let (key, value) = segment.split_once('=')?;
    let ok = !key.is_empty() && !value.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    ok.then_some(key)
}

/// `part-0001.parquet`, `chunk_17.csv.gz`, `000123.json`: a numbered part of a larger table.
fn numbered_part(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).to_ascii_lowercase();
    let stem = stem.trim_start_matches("part").trim_start_matches("chunk").trim_start_matches("data").trim_start_matches(['-', '_']);
    !stem.is_empty() && stem.len() >= 3 && stem.chars().take_while(char::is_ascii_digit).count() >= 3
}

/// The dataset root a file belongs to, with its partition keys.
pub(crate) fn dataset_root(uri: &str) -> Option<(String, Vec<String>)> {
    let (dir, name) = uri.rsplit_once('/')?;
    let segments: Vec<&str> = dir.split('/').collect();
    if let Some(first) = segments.iter().position(|s| partition_key(s).is_some()) {
        let keys = segments[first..].iter().filter_map(|s| partition_key(s)).map(str::to_string).collect();
        return Some((format!("{}/", segments[..first].join("/")), keys));
    }
    numbered_part(name).then(|| (format!("{dir}/"), Vec::new()))
}

/// Dataset locations for every root with at least two files.
pub fn group(reports: &[LocationReport]) -> Vec<LocationReport> {
    let mut groups: BTreeMap<String, (Vec<&LocationReport>, Vec<String>)> = BTreeMap::new();
    for r in reports.iter().filter(|r| r.kind != LocationKind::Dataset) {
        if let Some((root, keys)) = dataset_root(&r.uri) {
            let g = groups.entry(root).or_default();
            g.0.push(r);
            for k in keys {
                if !g.1.contains(&k) {
                    g.1.push(k);
                }
            }
        }
    }
    groups
        .into_iter()
        .filter(|(_, (members, _))| members.len() >= 2)
        .map(|(root, (members, keys))| merge(root, LocationKind::Dataset, &members, keys))
        .collect()
}

/// A store (bucket, database) as one location: its own exposure, and over the member locations
/// below its URI, the findings and the exposure window.
pub fn store(store: &piimap_connect::Store, reports: &[LocationReport]) -> LocationReport {
    let members: Vec<&LocationReport> =
        reports.iter().filter(|r| !r.kind.is_group() && r.uri.starts_with(&store.uri) && r.uri != store.uri).collect();
    let mut report = if members.is_empty() {
        LocationReport {
            uri: store.uri.clone(),
            kind: store.kind,
            format: None,
            size: Some(0),
            modified: None,
            outcome: Outcome::Scanned,
            exposure: store.exposure.clone(),
            findings: Vec::new(),
            risk: None,
            dataset: Some(DatasetInfo { files: 0, scanned: 0, skipped: 0, failed: 0, ..DatasetInfo::default() }),
            sampling: None,
        }
    } else {
        merge(store.uri.clone(), store.kind, &members, Vec::new())
    };
    report.exposure = store.exposure.clone();
    if let Some(error) = &store.error {
        report.outcome = Outcome::Failed { error: error.clone() };
    }
    report
}

fn merge(uri: String, kind: LocationKind, members: &[&LocationReport], partition_keys: Vec<String>) -> LocationReport {
    let count = |status: &str| members.iter().filter(|m| m.outcome.status() == status).count() as u64;
    let (scanned, skipped, failed) = (count("scanned"), count("skipped"), count("failed"));
    let mut formats: Vec<&str> = members.iter().filter_map(|m| m.format.as_deref()).collect();
    formats.sort();
    formats.dedup();
    let modified: Vec<&String> = members.iter().filter_map(|m| m.modified.as_ref()).collect();
    // The most exposed member decides, and its evidence says which file.
    let exposed = members.iter().min_by_key(|m| m.exposure.level).expect("a dataset has members");
    let mut exposure = exposed.exposure.clone();
    for e in &mut exposure.evidence {
        e.detail = format!("{} (e.g. {})", e.detail, exposed.uri.rsplit('/').next().unwrap_or(""));
    }
    let mut merged: BTreeMap<(Option<String>, Category), Finding> = BTreeMap::new();
    for f in members.iter().flat_map(|m| &m.findings) {
        let e = merged.entry((f.field.clone(), f.category)).or_insert_with(|| Finding {
            count: 0,
            distinct_estimate: 0,
            confidence: 0.0,
            classifiers: Vec::new(),
            samples: Vec::new(),
            column_evidence: None,
            trace: None,
            ..f.clone()
        });
        e.count += f.count;
        // An upper bound: the same value may sit in several files.
        e.distinct_estimate += f.distinct_estimate;
        e.confidence = e.confidence.max(f.confidence);
        for c in &f.classifiers {
            if !e.classifiers.contains(c) {
                e.classifiers.push(c.clone());
            }
        }
        for s in &f.samples {
            if e.samples.len() < 3 && !e.samples.contains(s) {
                e.samples.push(s.clone());
            }
        }
        if e.trace.is_none() {
            e.trace = f.trace.as_ref().map(|_| format!("location trace in {} file(s) of the dataset", members.len()));
        }
    }
    let mut fields: Vec<String> = merged.keys().filter_map(|(f, _)| f.clone()).collect();
    fields.dedup();
    let holding: Vec<&&LocationReport> = members.iter().filter(|m| m.has_personal_data()).collect();
    let holding_modified: Vec<&String> = holding.iter().filter_map(|m| m.modified.as_ref()).collect();
    LocationReport {
        uri,
        kind,
        format: Some(formats.join(",")),
        size: Some(members.iter().filter_map(|m| m.size).sum()),
        modified: modified.iter().max().map(|s| s.to_string()),
        outcome: if failed > 0 {
            Outcome::Failed { error: format!("{failed} of {} members failed (see their own entries)", members.len()) }
        } else {
            Outcome::Scanned
        },
        exposure,
        findings: merged.into_values().collect(),
        risk: None,
        dataset: Some(DatasetInfo {
            files: members.len() as u64,
            scanned,
            skipped,
            failed,
            modified_oldest: modified.iter().min().map(|s| s.to_string()),
            modified_newest: modified.iter().max().map(|s| s.to_string()),
            fields,
            partition_keys,
            bytes: members.iter().filter_map(|m| m.size).sum(),
            with_personal_data: holding.len() as u64,
            personal_data_bytes: holding.iter().filter_map(|m| m.size).sum(),
            personal_data_oldest: holding_modified.iter().min().map(|s| s.to_string()),
            personal_data_newest: holding_modified.iter().max().map(|s| s.to_string()),
        }),
        sampling: merged_sampling(members),
    }
}

/// A group is sampled when any member was: rows read over all members, out of the members'
/// rows when every sampled member knows its total.
fn merged_sampling(members: &[&LocationReport]) -> Option<Sampling> {
    let sampled: Vec<&Sampling> = members.iter().filter_map(|m| m.sampling.as_ref()).collect();
    let left_out = members
        .iter()
        .filter(|m| matches!(&m.outcome, Outcome::Skipped { reason } if reason.starts_with(crate::file_sample::NOT_IN_SAMPLE)))
        .count();
    if sampled.is_empty() && left_out == 0 {
        return None;
    }
    let mut method = Vec::new();
    if left_out > 0 {
        method.push(format!("{} of {} files read", members.len() - left_out, members.len()));
    }
    if !sampled.is_empty() {
        method.push(format!("rows sampled in {} of {} files", sampled.len(), members.len()));
    }
    // Rows of files read in full are not counted here: only what sampling left out is said.
    let rows_read = sampled.iter().map(|s| s.rows_read).sum();
    let rows_total = if left_out == 0 { sampled.iter().map(|s| s.rows_total).sum::<Option<u64>>() } else { None };
    Some(Sampling { rows_read, rows_total, method: method.join("; "), counted_in_full: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use piimap_model::{Exposure, ExposureLevel};

    fn file(uri: &str, level: ExposureLevel, finding: Option<(&str, Category, u64)>) -> LocationReport {
        LocationReport {
            uri: uri.into(),
            kind: LocationKind::File,
            format: Some("parquet".into()),
            size: Some(100),
            modified: Some(format!("2024-0{}-01T00:00:00Z", uri.len() % 9 + 1)),
            outcome: Outcome::Scanned,
            exposure: Exposure { level, evidence: vec![] },
            findings: finding
                .map(|(field, category, n)| Finding {
                    category,
                    field: Some(field.into()),
                    count: n,
                    distinct_estimate: n,
                    confidence: 0.9,
                    classifiers: vec!["x".into()],
                    samples: vec![],
                    column_evidence: None,
                    trace: None,
                })
                .into_iter()
                .collect(),
            risk: None,
            dataset: None,
            sampling: None,
        }
    }

    #[test]
    fn partitions_and_numbered_parts_group() {
        let reports = vec![
            file("file:///d/telematics/date=2024-01-01/part-0000.parquet", ExposureLevel::Restricted, Some(("vin", Category::Vin, 10))),
            file("file:///d/telematics/date=2024-02-01/part-0001.parquet", ExposureLevel::Public, Some(("vin", Category::Vin, 5))),
            file("file:///d/exports/part-00001.csv", ExposureLevel::Restricted, None),
            file("file:///d/exports/part-00002.csv", ExposureLevel::Restricted, None),
            file("file:///d/notes/readme.txt", ExposureLevel::Restricted, None),
        ];
        let ds = group(&reports);
        assert_eq!(ds.len(), 2);
        let t = ds.iter().find(|d| d.uri == "file:///d/telematics/").expect("telematics dataset");
        assert_eq!(t.kind, LocationKind::Dataset);
        assert_eq!(t.dataset.as_ref().map(|d| (d.files, d.partition_keys.clone())), Some((2, vec!["date".to_string()])));
        assert_eq!(t.findings[0].count, 15);
        assert_eq!(t.exposure.level, ExposureLevel::Public, "the most exposed file decides");
        assert!(ds.iter().any(|d| d.uri == "file:///d/exports/"));
    }

    #[test]
    fn single_files_are_not_datasets() {
        assert!(group(&[file("file:///d/x/date=2024-01-01/a.parquet", ExposureLevel::Restricted, None)]).is_empty());
        assert!(!numbered_part("report.txt"));
        assert!(numbered_part("part-0001.parquet"));
        assert!(numbered_part("000123.json"));
    }
}
