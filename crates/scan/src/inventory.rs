//! The inventory stage. Location reports arrive as units finish, in any order; what leaves is
//! every location in URI order with the datasets and stores that group them, the summary and the
//! distinct counts. Past a memory budget the reports are spilled to temporary files and every
//! later step streams them (sorted by URI, then by dataset), so a scan of millions of objects
//! keeps aggregates in memory, never its locations.

use crate::datasets::{self, Group};
use crate::distinct::DistinctCounter;
use crate::spill::{Sorted, SortedRuns, Sorter};
use crate::UnitDistinct;
use piimap_model::{Category, DistinctSketch, LocationKind, LocationReport, LocationSpill, Locations, Summary, SummaryBuilder};
use std::collections::BTreeMap;
use std::io;
use std::sync::Arc;

/// Memory for location reports in each stage before they are spilled (`--inventory-memory`).
pub const DEFAULT_MEMORY: usize = 16 << 20;

/// Collects the reports of a run (or of the parts of a merge).
#[derive(Debug)]
pub struct InventoryBuilder {
    by_uri: Sorter<LocationReport>,
    memory: usize,
    run_distinct: UnitDistinct,
    /// Locations resumed from a state file keep no hashes of their values (the key is per run):
    /// their own distinct estimates are added, an upper bound.
    resumed_distinct: BTreeMap<Category, u64>,
}

/// What the inventory stage produced.
#[derive(Debug)]
pub struct Built {
    /// Every location in URI order: units, datasets and stores.
    pub locations: Locations,
    pub summary: Summary,
    /// The distinct-value counters behind the summary's distinct counts, for a partial inventory.
    pub sketches: BTreeMap<Category, DistinctSketch>,
    /// A URI given twice (parts of a merge that overlap).
    pub duplicate: Option<String>,
}

/// About how much memory a report holds, to weigh the spill budget.
fn weight(r: &LocationReport) -> usize {
    let findings: usize = r
        .findings
        .iter()
        .map(|f| {
            256 + f.field.as_ref().map_or(0, String::len)
                + f.samples.iter().map(|s| s.len() + 24).sum::<usize>()
                + f.classifiers.iter().map(|c| c.len() + 24).sum::<usize>()
                + if f.column_evidence.is_some() { 512 } else { 0 }
        })
        .sum();
    let evidence: usize = r.exposure.evidence.iter().map(|e| 48 + e.rule.len() + e.detail.len()).sum();
    400 + r.uri.len() + findings + evidence
}

impl Default for InventoryBuilder {
    fn default() -> Self {
        InventoryBuilder::new(DEFAULT_MEMORY)
    }
}

impl InventoryBuilder {
    /// `memory`: bytes of reports held before spilling, per stage.
    pub fn new(memory: usize) -> Self {
        InventoryBuilder { by_uri: Sorter::new(memory), memory, run_distinct: Default::default(), resumed_distinct: BTreeMap::new() }
    }

    /// A finished location and the distinct-value counters of what it holds.
    pub fn add(&mut self, report: LocationReport, distinct: &UnitDistinct) -> io::Result<()> {
        for (run, unit) in self.run_distinct.iter_mut().zip(distinct.iter()) {
            run.merge(unit);
        }
        self.push(report)
    }

    /// A location taken from the state file of an earlier run.
    pub fn add_resumed(&mut self, report: LocationReport) -> io::Result<()> {
        for f in &report.findings {
            *self.resumed_distinct.entry(f.category).or_insert(0) += f.distinct_estimate;
        }
        self.push(report)
    }

    /// A location of a partial inventory (its distinct values come with [`Self::add_distinct`]).
    pub fn add_part(&mut self, report: LocationReport) -> io::Result<()> {
        self.push(report)
    }

    /// A partial inventory's distinct-value counter.
    pub fn add_distinct(&mut self, category: Category, counter: &DistinctCounter) {
        self.run_distinct[category.index()].merge(counter);
    }

    fn push(&mut self, report: LocationReport) -> io::Result<()> {
        let w = weight(&report);
        self.by_uri.push(report.uri.clone(), report, w)
    }

    /// Groups datasets and stores, counts the summary and applies `finalize` (risk, masking) to
    /// every location once its group has read it raw.
    pub fn finish(self, stores: &[piimap_connect::Store], finalize: &dyn Fn(&mut LocationReport)) -> io::Result<Built> {
        let memory = self.memory;
        let distinct_by_category: BTreeMap<Category, u64> = Category::ALL
            .iter()
            .zip(&self.run_distinct)
            .map(|(c, d)| (*c, d.estimate() + self.resumed_distinct.get(c).copied().unwrap_or(0)))
            .filter(|(_, n)| *n > 0)
            .collect();
        let sketches = Category::ALL.iter().zip(&self.run_distinct).filter(|(_, d)| d.estimate() > 0).map(|(c, d)| (*c, d.to_sketch())).collect();

        // In URI order: the summary, the stores (their members in URI order, so that what a
        // store says does not depend on thread timing), and the split into dataset candidates
        // and the rest.
        let mut by_dataset: Sorter<LocationReport> = Sorter::new(memory);
        let mut out: Sorter<LocationReport> = Sorter::new(memory);
        let mut store_groups: Vec<Group> = stores.iter().map(|_| Group::default()).collect();
        let mut summary = SummaryBuilder::default();
        let mut previous: Option<String> = None;
        let mut duplicate = None;
        for item in self.by_uri.finish()?.into_items() {
            let (uri, mut r) = item?;
            if previous.as_deref() == Some(uri.as_str()) {
                duplicate.get_or_insert_with(|| uri.clone());
            }
            summary.add(&r);
            for (store, group) in stores.iter().zip(&mut store_groups) {
                if datasets::in_store(store, &r) {
                    group.add(&r, Vec::new());
                }
            }
            r.member_of = None;
            let root = if r.kind == LocationKind::Dataset { None } else { datasets::dataset_root(&uri) };
            let w = weight(&r);
            match root {
                // `\0` sorts first: members of one root stay together, in URI order.
                Some((root, _)) => by_dataset.push(format!("{root}\0{uri}"), r, w)?,
                None => {
                    finalize(&mut r);
                    out.push(uri.clone(), r, w)?;
                }
            }
            previous = Some(uri);
        }

        // Each root's members in a row: a root with two or more is a dataset. The first member
        // waits for the second to know whether it belongs to one.
        struct Open {
            root: String,
            group: Group,
            first: Option<LocationReport>,
        }
        let emit = |out: &mut Sorter<LocationReport>, mut r: LocationReport, member_of: Option<&str>| -> io::Result<()> {
            r.member_of = member_of.map(str::to_string);
            finalize(&mut r);
            let w = weight(&r);
            out.push(r.uri.clone(), r, w)
        };
        let close = |out: &mut Sorter<LocationReport>, open: Open| -> io::Result<()> {
            if open.group.files() >= 2 {
                let mut dataset = open.group.finish(open.root.clone(), LocationKind::Dataset);
                finalize(&mut dataset);
                let w = weight(&dataset);
                out.push(open.root, dataset, w)
            } else {
                open.first.map_or(Ok(()), |first| {
                    let mut first = first;
                    finalize(&mut first);
                    let w = weight(&first);
                    out.push(first.uri.clone(), first, w)
                })
            }
        };
        let mut open: Option<Open> = None;
        for item in by_dataset.finish()?.into_items() {
            let (key, r) = item?;
            let root = key.split_once('\0').map_or(key.as_str(), |(root, _)| root);
            match open.as_mut() {
                Some(o) if o.root == root => {
                    if let Some(first) = o.first.take() {
                        emit(&mut out, first, Some(root))?;
                    }
                    o.group.add(&r, datasets::keys_of(&r.uri));
                    emit(&mut out, r, Some(root))?;
                }
                _ => {
                    if let Some(o) = open.take() {
                        close(&mut out, o)?;
                    }
                    let mut group = Group::default();
                    group.add(&r, datasets::keys_of(&r.uri));
                    open = Some(Open { root: root.to_string(), group, first: Some(r) });
                }
            }
        }
        if let Some(o) = open.take() {
            close(&mut out, o)?;
        }
        for (store, group) in stores.iter().zip(store_groups) {
            let mut r = datasets::store(store, group);
            finalize(&mut r);
            let w = weight(&r);
            out.push(r.uri.clone(), r, w)?;
        }
        let locations = match out.finish()? {
            Sorted::Memory(v) => Locations::Memory(v.into_iter().map(|(_, r)| r).collect()),
            Sorted::Runs(runs) => Locations::Spilled(Arc::new(Spilled(runs))),
        };
        Ok(Built { locations, summary: summary.finish(distinct_by_category), sketches, duplicate })
    }
}

/// The locations of a large inventory, on disk in URI order.
#[derive(Debug)]
struct Spilled(SortedRuns);

impl LocationSpill for Spilled {
    fn len(&self) -> u64 {
        self.0.len()
    }

    fn read(&self) -> io::Result<Box<dyn Iterator<Item = io::Result<LocationReport>> + '_>> {
        Ok(Box::new(self.0.read::<LocationReport>().map(|item| item.map(|(_, r)| r))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use piimap_model::{Exposure, ExposureLevel, Finding};

    fn file(uri: &str, level: ExposureLevel, email: bool) -> LocationReport {
        LocationReport {
            format: Some("json".into()),
            findings: if email {
                vec![Finding {
                    category: Category::Email,
                    field: Some("$.email".into()),
                    count: 2,
                    distinct_estimate: 2,
                    confidence: 0.9,
                    classifiers: vec!["email-rfc5322".into()],
                    samples: vec![format!("x@{uri}")],
                    column_evidence: None,
                    trace: None,
                }]
            } else {
                vec![]
            },
            ..LocationReport::new(uri, LocationKind::Object, Exposure { level, evidence: vec![] })
                .with_size(Some(100))
                .with_modified(Some(format!("2024-01-{:02}T00:00:00Z", uri.len() % 28 + 1)))
        }
    }

    fn build(memory: usize, reports: &[LocationReport]) -> Vec<LocationReport> {
        let mut b = InventoryBuilder::new(memory);
        // Arrival order is not URI order.
        for r in reports.iter().rev() {
            b.add(r.clone(), &Default::default()).expect("add");
        }
        let store = piimap_connect::Store {
            uri: "s3://b".into(),
            kind: LocationKind::Bucket,
            exposure: Exposure { level: ExposureLevel::Restricted, evidence: vec![] },
            error: None,
        };
        let built = b.finish(&[store], &|r| r.risk = None).expect("finish");
        assert_eq!(built.summary.locations, reports.len() as u64);
        let mut locations = built.locations;
        locations.to_memory().expect("read").clone()
    }

    #[test]
    fn a_spilled_inventory_equals_one_held_in_memory() {
        let mut reports = Vec::new();
        for i in 0..300 {
            reports.push(file(&format!("s3://b/vehicles/{i}/trips/2024-01-0{}.json", i % 9 + 1), ExposureLevel::Restricted, i % 3 == 0));
            reports.push(file(&format!("s3://b/docs/readme-{}.txt", ["a", "b", "c"][i % 3]), ExposureLevel::Public, false));
        }
        reports.push(file("s3://b/vehicles/7/profile.json", ExposureLevel::Public, true));
        reports.push(file("s3://b2/other.json", ExposureLevel::Public, true));
        reports.sort_by(|a, b| a.uri.cmp(&b.uri));
        reports.dedup_by(|a, b| a.uri == b.uri);
        let in_memory = build(DEFAULT_MEMORY, &reports);
        let spilled = build(4096, &reports);
        assert_eq!(in_memory, spilled);
        // The same as grouping in memory.
        let mut expected = reports.clone();
        let groups = datasets::group(&mut expected);
        expected.extend(groups);
        let mut store = Group::default();
        expected.iter().filter(|r| r.uri.starts_with("s3://b/") && !r.kind.is_group()).for_each(|r| store.add(r, Vec::new()));
        let mut bucket = store.finish("s3://b".into(), LocationKind::Bucket);
        bucket.exposure = Exposure { level: ExposureLevel::Restricted, evidence: vec![] };
        expected.push(bucket);
        expected.sort_by(|a, b| a.uri.cmp(&b.uri));
        assert_eq!(in_memory, expected);
        let trips = in_memory.iter().find(|r| r.uri == "s3://b/vehicles/{id}/trips/{date}.json").expect("dataset");
        assert_eq!(trips.dataset.as_ref().map(|d| d.files), Some(300));
        let profile = in_memory.iter().find(|r| r.uri == "s3://b/vehicles/7/profile.json").expect("alone");
        assert_eq!(profile.member_of, None, "one file of its template is no dataset");
        assert!(in_memory.iter().all(|r| r.uri != "s3://b2" ), "s3://b2 is not inside the store s3://b");
        let b2 = in_memory.iter().find(|r| r.uri == "s3://b").expect("store");
        assert_eq!(b2.dataset.as_ref().map(|d| d.files), Some(reports.len() as u64 - 1), "s3://b2/… is not a member of s3://b");
    }
}
