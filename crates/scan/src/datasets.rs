//! Datasets: partitioned layouts (`.../date=2024-01-01/part-0001.parquet`), numbered part
//! files of one table and look-alike objects whose keys differ only in ids, numbers, dates,
//! UUIDs or hashes (`vehicles/4711/trips/2023-05-01.json` → `vehicles/{id}/trips/{date}.json`)
//! are grouped into one `dataset` location, so a privacy officer reads "`telematics/` holds VINs
//! and location traces in 4,312 files", not 4,312 rows. The files stay in the inventory with
//! their own outcomes.

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

/// What a variable token of an object key stands for in a path template.
fn variable_token(token: &str) -> Option<&'static str> {
    let digits = token.bytes().filter(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    if digits == token.len() {
        return Some(if compact_date(token) { "{date}" } else { "{id}" });
    }
    // Hashes and opaque ids: hexadecimal, or letters and digits mixed, long enough not to be a
    // word with a number (`utf8`, `mp4`, `x86`, `v2`).
    let hex = token.bytes().all(|b| b.is_ascii_hexdigit());
    let alnum = token.bytes().all(|b| b.is_ascii_alphanumeric());
    ((hex && token.len() >= 8) || (alnum && token.len() >= 10 && digits >= 3)).then_some("{id}")
}

/// `20230501`: eight digits that read as a date of this or the last century.
fn compact_date(token: &str) -> bool {
    let b = token.as_bytes();
    let num = |r: std::ops::Range<usize>| token[r].parse::<u32>().unwrap_or(0);
    b.len() == 8 && matches!(&token[..2], "19" | "20") && (1..=12).contains(&num(4..6)) && (1..=31).contains(&num(6..8))
}

/// Dates and date-times written with separators (`2023-05-01`, `2023-05-01T12-00-00Z`) and
/// UUIDs: one variable, though their parts are separated like tokens.
fn compound_variable(rest: &str) -> Option<(&'static str, usize)> {
    let shape = |pattern: &[u8]| {
        rest.len() >= pattern.len()
            && rest.bytes().zip(pattern).all(|(b, &p)| match p {
                b'9' => b.is_ascii_digit(),
                b'x' => b.is_ascii_hexdigit(),
                b'T' => matches!(b, b'T' | b'_' | b' '),
                b':' => matches!(b, b':' | b'-' | b'.'),
                _ => b == p,
            })
    };
    let ends_token = |len: usize| !rest.as_bytes().get(len).is_some_and(u8::is_ascii_alphanumeric);
    const UUID: &[u8] = b"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
    if shape(UUID) && ends_token(UUID.len()) {
        return Some(("{id}", UUID.len()));
    }
    for pattern in [&b"9999-99-99T99:99:99"[..], b"9999-99-99"] {
        if shape(pattern) {
            let len = pattern.len() + usize::from(rest.as_bytes().get(pattern.len()) == Some(&b'Z'));
            if ends_token(len) {
                return Some(("{date}", len));
            }
        }
    }
    None
}

/// One path segment with its variable tokens replaced; `None` when it has none.
fn segment_template(segment: &str) -> Option<String> {
    let mut out = String::with_capacity(segment.len());
    let mut changed = false;
    let mut rest = segment;
    while !rest.is_empty() {
        if let Some((placeholder, len)) = compound_variable(rest) {
            out.push_str(placeholder);
            changed = true;
            rest = &rest[len..];
            continue;
        }
        let end = rest.find(['-', '_', '.', ' ', '+', ',']).unwrap_or(rest.len());
        let (token, after) = rest.split_at(end);
        match variable_token(token) {
            Some(placeholder) => {
                out.push_str(placeholder);
                changed = true;
            }
            None => out.push_str(token),
        }
        let sep = after.chars().next().map_or(0, char::len_utf8);
        out.push_str(&after[..sep]);
        rest = &after[sep..];
    }
    changed.then_some(out)
}

/// The path template of a file or object key, when some of its segments hold ids, numbers,
/// dates, UUIDs or hashes: `s3://b/vehicles/4711/trips/2023-05-01.json` →
/// `s3://b/vehicles/{id}/trips/{date}.json`. Only the path is read (not the bucket, host or
/// port), and only for files and objects: tables keep their own names.
pub(crate) fn path_template(uri: &str) -> Option<String> {
    let path_start = if let Some(rest) = uri.strip_prefix("file://") {
        uri.len() - rest.len()
    } else if let Some(rest) = uri.strip_prefix("s3://") {
        uri.len() - rest.len() + rest.find('/')? + 1
    } else {
        return None;
    };
    let (head, path) = uri.split_at(path_start);
    let mut changed = false;
    let segments: Vec<String> = path
        .split('/')
        .map(|segment| match segment_template(segment) {
            Some(t) => {
                changed = true;
                t
            }
            None => segment.to_string(),
        })
        .collect();
    changed.then(|| format!("{head}{}", segments.join("/")))
}

/// The dataset root a file belongs to, with its partition keys.
pub(crate) fn dataset_root(uri: &str) -> Option<(String, Vec<String>)> {
    let (dir, name) = uri.rsplit_once('/')?;
    let segments: Vec<&str> = dir.split('/').collect();
    if let Some(first) = segments.iter().position(|s| partition_key(s).is_some()) {
        let keys = segments[first..].iter().filter_map(|s| partition_key(s)).map(str::to_string).collect();
        return Some((format!("{}/", segments[..first].join("/")), keys));
    }
    if let Some(template) = path_template(uri) {
        // Numbered parts of one folder stay that folder's table; parts spread over folders of
        // ids or dates (`vehicles/4711/part-0001.parquet`) are one dataset by their template.
        let same_folder = template.rsplit_once('/').is_some_and(|(template_dir, _)| template_dir == dir);
        if !(same_folder && numbered_part(name)) {
            return Some((template, Vec::new()));
        }
    }
    numbered_part(name).then(|| (format!("{dir}/"), Vec::new()))
}

/// Dataset locations for every root with at least two files; each member's `member_of` is set
/// to its dataset's URI.
pub fn group(reports: &mut [LocationReport]) -> Vec<LocationReport> {
    let mut groups: BTreeMap<String, (Vec<usize>, Vec<String>)> = BTreeMap::new();
    for (i, r) in reports.iter().enumerate().filter(|(_, r)| r.kind != LocationKind::Dataset) {
        if let Some((root, keys)) = dataset_root(&r.uri) {
            let g = groups.entry(root).or_default();
            g.0.push(i);
            for k in keys {
                if !g.1.contains(&k) {
                    g.1.push(k);
                }
            }
        }
    }
    groups.retain(|_, (members, _)| members.len() >= 2);
    let datasets = groups
        .iter()
        .map(|(root, (members, keys))| {
            let members: Vec<&LocationReport> = members.iter().map(|&i| &reports[i]).collect();
            merge(root.clone(), LocationKind::Dataset, &members, keys.clone())
        })
        .collect();
    for (root, (members, _)) in groups {
        for i in members {
            reports[i].member_of = Some(root.clone());
        }
    }
    datasets
}

/// A store (bucket, database) as one location: its own exposure, and over the member locations
/// below its URI, the findings and the exposure window.
pub fn store(store: &piimap_connect::Store, reports: &[LocationReport]) -> LocationReport {
    let members: Vec<&LocationReport> =
        reports.iter().filter(|r| !r.kind.is_group() && r.uri.starts_with(&store.uri) && r.uri != store.uri).collect();
    let mut report = if members.is_empty() {
        LocationReport {
            member_of: None,
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

/// The failure of a group some of whose members failed.
pub(crate) fn members_failed(failed: u64, members: u64) -> String {
    format!("{failed} of {members} members failed (see their own entries)")
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
        // One sample from each of the first members (in URI order), not compared with each other:
        // two values that differ raw may mask alike, and a merge of shards sees only masked
        // samples, so comparing them would pick other samples than one whole run does.
        if e.samples.len() < 3 {
            e.samples.extend(f.samples.first().cloned());
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
        member_of: None,
        uri,
        kind,
        format: Some(formats.join(",")),
        size: Some(members.iter().filter_map(|m| m.size).sum()),
        modified: modified.iter().max().map(|s| s.to_string()),
        outcome: if failed > 0 {
            Outcome::Failed { error: members_failed(failed, members.len() as u64) }
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
            member_of: None,
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
        let mut reports = vec![
            file("file:///d/telematics/date=2024-01-01/part-0000.parquet", ExposureLevel::Restricted, Some(("vin", Category::Vin, 10))),
            file("file:///d/telematics/date=2024-02-01/part-0001.parquet", ExposureLevel::Public, Some(("vin", Category::Vin, 5))),
            file("file:///d/exports/part-00001.csv", ExposureLevel::Restricted, None),
            file("file:///d/exports/part-00002.csv", ExposureLevel::Restricted, None),
            file("file:///d/notes/readme.txt", ExposureLevel::Restricted, None),
        ];
        let ds = group(&mut reports);
        assert_eq!(ds.len(), 2);
        let t = ds.iter().find(|d| d.uri == "file:///d/telematics/").expect("telematics dataset");
        assert_eq!(t.kind, LocationKind::Dataset);
        assert_eq!(t.dataset.as_ref().map(|d| (d.files, d.partition_keys.clone())), Some((2, vec!["date".to_string()])));
        assert_eq!(t.findings[0].count, 15);
        assert_eq!(t.exposure.level, ExposureLevel::Public, "the most exposed file decides");
        assert!(ds.iter().any(|d| d.uri == "file:///d/exports/"));
    }

    #[test]
    fn path_templates() {
        for (uri, template) in [
            ("s3://fleet-7/vehicles/4711/trips/2023-05-01.json", Some("s3://fleet-7/vehicles/{id}/trips/{date}.json")),
            ("s3://b/users/8f3a9c2e41d07b5a/profile.json", Some("s3://b/users/{id}/profile.json")),
            ("s3://b/users/123e4567-e89b-12d3-a456-426614174000/avatar.png", Some("s3://b/users/{id}/avatar.png")),
            ("file:///d/exports/orders_20230501.csv", Some("file:///d/exports/orders_{date}.csv")),
            ("file:///d/exports/orders_99999999.csv", Some("file:///d/exports/orders_{id}.csv")),
            ("file:///d/dashcam/2023-05-01T12-30-00Z.mp4", Some("file:///d/dashcam/{date}.mp4")),
            ("file:///d/support/ticket-1042.txt", Some("file:///d/support/ticket-{id}.txt")),
            ("file:///d/logs/app.log.1", Some("file:///d/logs/app.log.{id}")),
            ("file:///d/crm/customers.csv", None),
            ("file:///d/media/clip.mp4", None),
            ("file:///d/build/x86_utf8/v2.txt", None),
            ("s3://bucket-2023/readme.txt", None),
            ("postgres://127.0.0.1:5432/app/public.orders_2023", None),
        ] {
            assert_eq!(path_template(uri).as_deref(), template, "{uri}");
        }
    }

    #[test]
    fn look_alike_objects_group_by_template() {
        let mut reports: Vec<LocationReport> = (0..50)
            .map(|i| {
                let uri = format!("s3://fleet/vehicles/{}/trips/2023-05-{:02}.json", 4700 + i, i % 28 + 1);
                file(&uri, if i == 7 { ExposureLevel::Public } else { ExposureLevel::Restricted }, Some(("position", Category::Location, 2)))
            })
            .collect();
        reports.push(file("s3://fleet/vehicles/part-0001.parquet", ExposureLevel::Restricted, None));
        reports.push(file("s3://fleet/vehicles/part-0002.parquet", ExposureLevel::Restricted, None));
        reports.push(file("s3://fleet/vehicles/4701/part-0001.parquet", ExposureLevel::Restricted, None));
        reports.push(file("s3://fleet/vehicles/4702/part-0001.parquet", ExposureLevel::Restricted, None));
        let ds = group(&mut reports);
        let uris: Vec<&str> = ds.iter().map(|d| d.uri.as_str()).collect();
        assert_eq!(uris, ["s3://fleet/vehicles/", "s3://fleet/vehicles/{id}/part-{id}.parquet", "s3://fleet/vehicles/{id}/trips/{date}.json"]);
        let trips = &ds[2];
        let info = trips.dataset.as_ref().expect("dataset facts");
        assert_eq!((info.files, info.with_personal_data), (50, 50));
        assert_eq!(trips.findings[0].count, 100);
        assert_eq!(trips.exposure.level, ExposureLevel::Public, "the most exposed member decides");
        assert_eq!(reports[0].member_of.as_deref(), Some("s3://fleet/vehicles/{id}/trips/{date}.json"));
        assert_eq!(reports[50].member_of.as_deref(), Some("s3://fleet/vehicles/"));
    }

    #[test]
    fn single_files_are_not_datasets() {
        assert!(group(&mut [file("file:///d/x/date=2024-01-01/a.parquet", ExposureLevel::Restricted, None)]).is_empty());
        assert!(!numbered_part("report.txt"));
        assert!(numbered_part("part-0001.parquet"));
        assert!(numbered_part("000123.json"));
    }
}
