//! A sample of files per dataset (`--sample-files N`): a partitioned table of 4,312 part files
//! holds the same columns in every part, so N parts spread over it tell what it holds.
//!
//! Enumeration streams and the size of a dataset is only known at its end, so the sample is
//! systematic with a stride that doubles: every `stride`-th member is kept, and when more than N
//! are kept the stride doubles and every other kept member is released as skipped. Memory is
//! bounded by N per dataset, the kept files are spread evenly over the whole listing (partitions
//! in order, so over time), and the last member is always kept as well (the newest partition).
//! Members not in the sample are listed and end `skipped` with the reason.

use crate::datasets::dataset_root;
use piimap_connect::Unit;
use std::collections::HashMap;

/// How the reason of a file left out of its dataset's sample starts.
pub(crate) const NOT_IN_SAMPLE: &str = "not in the dataset's file sample";

/// A unit to scan (with its connector index), possibly marked as left out of the sample.
pub(crate) type Pick = (usize, Unit);

#[derive(Default)]
struct Root {
    seen: u64,
    stride: u64,
    kept: Vec<(u64, usize, Unit)>,
    /// The latest member not kept, held in case it is the last one.
    last: Option<(usize, Unit)>,
}

pub(crate) struct FileSampler {
    per_dataset: Option<u64>,
    roots: HashMap<String, Root>,
}

fn left_out(ci: usize, mut unit: Unit, n: u64) -> Pick {
    unit.skip = Some(format!("{NOT_IN_SAMPLE} (at most {n} files spread over the dataset; --full reads all)"));
    (ci, unit)
}

impl FileSampler {
    /// `None` keeps every file.
    pub(crate) fn new(per_dataset: Option<u64>) -> FileSampler {
        FileSampler { per_dataset: per_dataset.map(|n| n.max(1)), roots: HashMap::new() }
    }

    /// Takes one enumerated unit; returns the units that can go now (itself when it belongs to no
    /// dataset, members that fell out of a sample as skipped).
    pub(crate) fn offer(&mut self, ci: usize, unit: Unit) -> Vec<Pick> {
        let Some(n) = self.per_dataset else { return vec![(ci, unit)] };
        if unit.skip.is_some() {
            return vec![(ci, unit)];
        }
        let Some((root, _)) = dataset_root(&unit.uri) else { return vec![(ci, unit)] };
        let r = self.roots.entry(root).or_insert_with(|| Root { stride: 1, ..Root::default() });
        let index = r.seen;
        r.seen += 1;
        let mut out = Vec::new();
        if index.is_multiple_of(r.stride) {
            r.kept.push((index, ci, unit));
            while r.kept.len() as u64 > n {
                r.stride *= 2;
                let stride = r.stride;
                let (keep, drop): (Vec<_>, Vec<_>) = std::mem::take(&mut r.kept).into_iter().partition(|(i, _, _)| i.is_multiple_of(stride));
                r.kept = keep;
                out.extend(drop.into_iter().map(|(_, c, u)| left_out(c, u, n)));
            }
        } else if let Some((c, u)) = r.last.replace((ci, unit)) {
            out.push(left_out(c, u, n));
        }
        out
    }

    /// At the end of enumeration: the kept members of every dataset, and each dataset's last member.
    pub(crate) fn finish(&mut self) -> Vec<Pick> {
        let mut out = Vec::new();
        for (_, r) in self.roots.drain() {
            out.extend(r.kept.into_iter().map(|(_, c, u)| (c, u)));
            out.extend(r.last);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use piimap_model::{Exposure, LocationKind};

    fn unit(uri: &str) -> Unit {
        Unit {
            uri: uri.into(),
            name: uri.into(),
            kind: LocationKind::File,
            size: None,
            modified: None,
            exposure: Exposure::unknown("t", "t"),
            skip: None,
            handle: piimap_connect::Handle::Path(uri.into()),
        }
    }

    #[test]
    fn spread_sample_with_first_and_last_and_every_member_accounted() {
        let mut s = FileSampler::new(Some(8));
        let mut all = Vec::new();
        for day in 0..1000 {
            all.extend(s.offer(0, unit(&format!("file:///t/date={day:04}/part-0.parquet"))));
        }
        all.extend(s.offer(0, unit("file:///t/readme.txt")));
        all.extend(s.finish());
        assert_eq!(all.len(), 1001, "every unit comes out once");
        let read: Vec<&str> = all.iter().filter(|(_, u)| u.skip.is_none()).map(|(_, u)| u.uri.as_str()).collect();
        assert_eq!(read.iter().filter(|u| u.contains("date=")).count(), 9, "8 spread over the dataset and the last: {read:?}");
        assert!(read.contains(&"file:///t/date=0000/part-0.parquet"));
        assert!(read.contains(&"file:///t/date=0999/part-0.parquet"), "the last partition");
        assert!(read.contains(&"file:///t/date=0512/part-0.parquet"), "the middle");
        assert!(read.contains(&"file:///t/readme.txt"), "files outside datasets are never sampled");
    }

    #[test]
    fn without_a_limit_everything_is_read() {
        let mut s = FileSampler::new(None);
        let out = s.offer(0, unit("file:///t/date=1/part-0.parquet"));
        assert_eq!(out.len(), 1);
        assert!(out[0].1.skip.is_none());
    }
}
