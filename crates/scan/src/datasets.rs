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
/// to its dataset's URI. `reports` in URI order. (The scan groups the same way from disk, in
/// `inventory`; this is the in-memory form.)
#[cfg(test)]
pub fn group(reports: &mut [LocationReport]) -> Vec<LocationReport> {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in reports.iter().enumerate().filter(|(_, r)| r.kind != LocationKind::Dataset) {
        if let Some((root, _)) = dataset_root(&r.uri) {
            groups.entry(root).or_default().push(i);
        }
    }
    groups.retain(|_, members| members.len() >= 2);
    let datasets = groups
        .iter()
        .map(|(root, members)| {
            let mut acc = Group::default();
            members.iter().for_each(|&i| acc.add(&reports[i], keys_of(&reports[i].uri)));
            acc.finish(root.clone(), LocationKind::Dataset)
        })
        .collect();
    for (root, members) in groups {
        for i in members {
            reports[i].member_of = Some(root.clone());
        }
    }
    datasets
}

/// The partition keys of a file's path.
pub(crate) fn keys_of(uri: &str) -> Vec<String> {
    dataset_root(uri).map(|(_, keys)| keys).unwrap_or_default()
}

/// Whether a location counts towards a store: a unit below the store's URI (`s3://logs/a`, not
/// `s3://logs-archive/a`; `sqlite:///app.db#users`).
pub(crate) fn in_store(store: &piimap_connect::Store, r: &LocationReport) -> bool {
    let below = r.uri.strip_prefix(&store.uri).is_some_and(|rest| !rest.is_empty() && (store.uri.ends_with('/') || rest.starts_with(['/', '#'])));
    !r.kind.is_group() && below
}

/// A store (bucket, database) as one location: its own exposure, and over the member locations
/// below its URI (added to `members` in URI order), the findings and the exposure window.
pub(crate) fn store(store: &piimap_connect::Store, members: Group) -> LocationReport {
    let mut report = if members.files == 0 {
        LocationReport {
            dataset: Some(DatasetInfo { files: 0, scanned: 0, skipped: 0, failed: 0, ..DatasetInfo::default() }),
            ..LocationReport::new(store.uri.clone(), store.kind, store.exposure.clone()).with_size(Some(0))
        }
    } else {
        members.finish(store.uri.clone(), store.kind)
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

/// A dataset or store being summed up as its members go by (in URI order): memory grows with
/// its fields and categories, never with its members.
#[derive(Debug, Default)]
pub(crate) struct Group {
    files: u64,
    scanned: u64,
    skipped: u64,
    failed: u64,
    formats: std::collections::BTreeSet<String>,
    modified: Option<(String, String)>,
    bytes: u64,
    /// The most exposed member (the first of them): its exposure and file name.
    exposed: Option<(piimap_model::Exposure, String)>,
    merged: BTreeMap<(Option<String>, Category), Finding>,
    with_personal_data: u64,
    personal_data_bytes: u64,
    personal_data_modified: Option<(String, String)>,
    partition_keys: Vec<String>,
    sampled_files: u64,
    rows_read: u64,
    rows_total: Option<u64>,
    left_out: u64,
}

fn widen(range: &mut Option<(String, String)>, value: &str) {
    match range {
        None => *range = Some((value.to_string(), value.to_string())),
        Some((oldest, newest)) => {
            if value < oldest.as_str() {
                *oldest = value.to_string();
            }
            if value > newest.as_str() {
                *newest = value.to_string();
            }
        }
    }
}

impl Group {
    pub(crate) fn add(&mut self, m: &LocationReport, partition_keys: Vec<String>) {
        self.files += 1;
        match m.outcome.status() {
            "scanned" => self.scanned += 1,
            "skipped" => self.skipped += 1,
            _ => self.failed += 1,
        }
        if let Some(f) = &m.format {
            if !self.formats.contains(f) {
                self.formats.insert(f.clone());
            }
        }
        if let Some(t) = &m.modified {
            widen(&mut self.modified, t);
        }
        self.bytes += m.size.unwrap_or(0);
        // The most exposed member decides, and its evidence says which file.
        if self.exposed.as_ref().is_none_or(|(e, _)| m.exposure.level < e.level) {
            self.exposed = Some((m.exposure.clone(), m.uri.rsplit('/').next().unwrap_or("").to_string()));
        }
        for f in &m.findings {
            let e = self.merged.entry((f.field.clone(), f.category)).or_insert_with(|| Finding {
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
            // One sample from each of the first members (in URI order), not compared with each
            // other: two values that differ raw may mask alike, and a merge of shards sees only
            // masked samples, so comparing them would pick other samples than one whole run does.
            if e.samples.len() < 3 {
                e.samples.extend(f.samples.first().cloned());
            }
            if e.trace.is_none() && f.trace.is_some() {
                // Worded in `finish`, when the number of files is known.
                e.trace = Some(String::new());
            }
        }
        if m.has_personal_data() {
            self.with_personal_data += 1;
            self.personal_data_bytes += m.size.unwrap_or(0);
            if let Some(t) = &m.modified {
                widen(&mut self.personal_data_modified, t);
            }
        }
        for k in partition_keys {
            if !self.partition_keys.contains(&k) {
                self.partition_keys.push(k);
            }
        }
        // A group is sampled when any member was: rows read over all members, out of the
        // members' rows when every sampled member knows its total.
        if let Some(s) = &m.sampling {
            self.rows_total = if self.sampled_files == 0 { s.rows_total } else { self.rows_total.zip(s.rows_total).map(|(a, b)| a + b) };
            self.sampled_files += 1;
            self.rows_read += s.rows_read;
        }
        if matches!(&m.outcome, Outcome::Skipped { reason } if reason.starts_with(crate::file_sample::NOT_IN_SAMPLE)) {
            self.left_out += 1;
        }
    }

    pub(crate) fn files(&self) -> u64 {
        self.files
    }

    /// The group as one location.
    pub(crate) fn finish(self, uri: String, kind: LocationKind) -> LocationReport {
        let mut exposure = self.exposed.as_ref().map(|(e, _)| e.clone()).unwrap_or_else(|| piimap_model::Exposure::unknown("empty", "no members"));
        if let Some((_, name)) = &self.exposed {
            for e in &mut exposure.evidence {
                e.detail = format!("{} (e.g. {name})", e.detail);
            }
        }
        let files = self.files;
        let mut findings: Vec<Finding> = self.merged.into_values().collect();
        for f in &mut findings {
            if f.trace.is_some() {
                f.trace = Some(format!("location trace in {files} file(s) of the dataset"));
            }
        }
        let mut fields: Vec<String> = findings.iter().filter_map(|f| f.field.clone()).collect();
        fields.dedup();
        let sampling = (self.sampled_files > 0 || self.left_out > 0).then(|| {
            let mut method = Vec::new();
            if self.left_out > 0 {
                method.push(format!("{} of {files} files read", files - self.left_out));
            }
            if self.sampled_files > 0 {
                method.push(format!("rows sampled in {} of {files} files", self.sampled_files));
            }
            // Rows of files read in full are not counted here: only what sampling left out is said.
            Sampling {
                rows_read: self.rows_read,
                rows_total: if self.left_out == 0 && self.sampled_files > 0 { self.rows_total } else { None },
                method: method.join("; "),
                counted_in_full: Vec::new(),
            }
        });
        let formats: Vec<String> = self.formats.into_iter().collect();
        let outcome = if self.failed > 0 { Outcome::Failed { error: members_failed(self.failed, files) } } else { Outcome::Scanned };
        let modified = self.modified.as_ref().map(|(_, newest)| newest.clone());
        LocationReport {
            format: Some(formats.join(",")),
            findings,
            dataset: Some(DatasetInfo {
                files,
                scanned: self.scanned,
                skipped: self.skipped,
                failed: self.failed,
                modified_oldest: self.modified.as_ref().map(|(oldest, _)| oldest.clone()),
                modified_newest: self.modified.map(|(_, newest)| newest),
                fields,
                partition_keys: self.partition_keys,
                bytes: self.bytes,
                with_personal_data: self.with_personal_data,
                personal_data_bytes: self.personal_data_bytes,
                personal_data_oldest: self.personal_data_modified.as_ref().map(|(oldest, _)| oldest.clone()),
                personal_data_newest: self.personal_data_modified.map(|(_, newest)| newest),
            }),
            sampling,
            ..LocationReport::new(uri, kind, exposure).with_size(Some(self.bytes)).with_modified(modified).with_outcome(outcome)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use piimap_model::{Exposure, ExposureLevel};

    fn file(uri: &str, level: ExposureLevel, finding: Option<(&str, Category, u64)>) -> LocationReport {
        LocationReport {
            format: Some("parquet".into()),
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
            ..LocationReport::new(uri, LocationKind::File, Exposure { level, evidence: vec![] })
                .with_size(Some(100))
                .with_modified(Some(format!("2024-0{}-01T00:00:00Z", uri.len() % 9 + 1)))
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
