//! An external sort: items pushed in any order come back in key order, with at most a bounded
//! buffer in memory. Full buffers are sorted and written as runs (one JSON line per item) to
//! anonymous temporary files, which the system removes even if piimap is killed; runs are merged
//! in tiers of [`FAN_IN`], so a read never holds more than a few dozen files open. A sort that
//! never fills its buffer touches no file.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::os::unix::fs::FileExt;
use std::sync::Arc;

/// Runs merged at once, in the tiers and in the final read.
const FAN_IN: usize = 16;

/// One sorted run on disk.
#[derive(Debug)]
struct Run {
    file: Arc<File>,
    items: u64,
    /// How many merges made it: runs of one tier are merged together.
    tier: u32,
}

/// Reads a run from its start with positioned reads, so that any number of readers share one file.
struct RunReader {
    file: Arc<File>,
    pos: u64,
}

impl Read for RunReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.file.read_at(buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

/// Items of one run, in order.
struct RunItems<T> {
    lines: BufReader<RunReader>,
    line: String,
    _item: std::marker::PhantomData<T>,
}

impl<T: DeserializeOwned> Iterator for RunItems<T> {
    type Item = io::Result<(String, T)>;
    fn next(&mut self) -> Option<Self::Item> {
        self.line.clear();
        match self.lines.read_line(&mut self.line) {
            Ok(0) => None,
            Ok(_) => Some(serde_json::from_str(&self.line).map_err(|e| io::Error::other(format!("temporary inventory file: {e}")))),
            Err(e) => Some(Err(e)),
        }
    }
}

impl Run {
    fn items<T: DeserializeOwned>(&self) -> RunItems<T> {
        RunItems {
            lines: BufReader::with_capacity(64 * 1024, RunReader { file: self.file.clone(), pos: 0 }),
            line: String::new(),
            _item: std::marker::PhantomData,
        }
    }
}

/// Writes items (already in key order) as a new run.
fn write_run<T: Serialize>(items: impl Iterator<Item = io::Result<(String, T)>>, tier: u32) -> io::Result<Run> {
    let file = tempfile::tempfile()?;
    let mut out = BufWriter::with_capacity(64 * 1024, &file);
    let mut count = 0;
    for item in items {
        serde_json::to_writer(&mut out, &item?)?;
        out.write_all(b"\n")?;
        count += 1;
    }
    out.flush()?;
    drop(out);
    Ok(Run { file: Arc::new(file), items: count, tier })
}

/// A sort in progress.
#[derive(Debug)]
pub(crate) struct Sorter<T> {
    buffer: Vec<(String, T)>,
    buffered_bytes: usize,
    max_bytes: usize,
    runs: Vec<Run>,
}

impl<T: Serialize + DeserializeOwned> Sorter<T> {
    /// A sort that holds about `max_bytes` of items (as the caller weighs them) before spilling.
    pub(crate) fn new(max_bytes: usize) -> Self {
        Sorter { buffer: Vec::new(), buffered_bytes: 0, max_bytes, runs: Vec::new() }
    }

    /// Adds an item; `weight` is its approximate size in memory.
    pub(crate) fn push(&mut self, key: String, item: T, weight: usize) -> io::Result<()> {
        self.buffered_bytes += weight + key.len();
        self.buffer.push((key, item));
        if self.buffered_bytes >= self.max_bytes {
            self.spill()?;
        }
        Ok(())
    }

    fn spill(&mut self) -> io::Result<()> {
        let mut buffer = std::mem::take(&mut self.buffer);
        self.buffered_bytes = 0;
        // Stable: equal keys keep the order they were pushed in.
        buffer.sort_by(|a, b| a.0.cmp(&b.0));
        self.runs.push(write_run(buffer.into_iter().map(Ok), 0)?);
        // Tiers: FAN_IN runs of one tier become one of the next, so there are never more than
        // FAN_IN runs per tier and every item is rewritten once per tier (log of the count).
        loop {
            let tier = self.runs.last().map_or(0, |r| r.tier);
            let same: Vec<usize> = (0..self.runs.len()).filter(|&i| self.runs[i].tier == tier).collect();
            if same.len() < FAN_IN {
                return Ok(());
            }
            // Removed from the back, so that the indexes before stay valid; then oldest first.
            let mut merging: Vec<Run> = same.iter().rev().map(|&i| self.runs.remove(i)).collect();
            merging.reverse();
            let merged = write_run(merge_runs::<T>(&merging), tier + 1)?;
            self.runs.push(merged);
        }
    }

    /// Every item in key order: in memory when the buffer never filled, else on disk.
    pub(crate) fn finish(mut self) -> io::Result<Sorted<T>> {
        if self.runs.is_empty() {
            self.buffer.sort_by(|a, b| a.0.cmp(&b.0));
            return Ok(Sorted::Memory(self.buffer));
        }
        if !self.buffer.is_empty() {
            self.spill()?;
        }
        // Older (lower) tiers hold earlier items: merge in order of age for stable ties.
        self.runs.sort_by_key(|r| Reverse(r.tier));
        Ok(Sorted::Runs(SortedRuns { items: self.runs.iter().map(|r| r.items).sum(), runs: self.runs }))
    }
}

/// The result of a sort.
pub(crate) enum Sorted<T> {
    Memory(Vec<(String, T)>),
    Runs(SortedRuns),
}

/// Sorted runs on disk, readable any number of times.
#[derive(Debug)]
pub(crate) struct SortedRuns {
    runs: Vec<Run>,
    items: u64,
}

impl SortedRuns {
    pub(crate) fn len(&self) -> u64 {
        self.items
    }

    pub(crate) fn read<T: DeserializeOwned + 'static>(&self) -> impl Iterator<Item = io::Result<(String, T)>> + '_ {
        merge_runs(&self.runs)
    }
}

impl<T: DeserializeOwned> Sorted<T> {
    /// Consumes the result in key order.
    pub(crate) fn into_items(self) -> Box<dyn Iterator<Item = io::Result<(String, T)>>>
    where
        T: 'static,
    {
        match self {
            Sorted::Memory(v) => Box::new(v.into_iter().map(Ok)),
            Sorted::Runs(runs) => {
                let runs = Arc::new(runs);
                Box::new(OwnedMerge::new(runs))
            }
        }
    }
}

/// A merge that owns its runs (the files close when it ends).
struct OwnedMerge<T> {
    _runs: Arc<SortedRuns>,
    merge: Merge<T>,
}

impl<T: DeserializeOwned> OwnedMerge<T> {
    fn new(runs: Arc<SortedRuns>) -> Self {
        let merge = Merge::new(runs.runs.iter().map(Run::items).collect());
        OwnedMerge { _runs: runs, merge }
    }
}

impl<T: DeserializeOwned> Iterator for OwnedMerge<T> {
    type Item = io::Result<(String, T)>;
    fn next(&mut self) -> Option<Self::Item> {
        self.merge.next()
    }
}

fn merge_runs<T: DeserializeOwned>(runs: &[Run]) -> Merge<T> {
    Merge::new(runs.iter().map(Run::items).collect())
}

/// A k-way merge of sorted runs; ties go to the earlier run.
struct Merge<T> {
    sources: Vec<RunItems<T>>,
    heads: BinaryHeap<Reverse<(String, usize)>>,
    items: Vec<Option<T>>,
    error: Option<io::Error>,
}

impl<T: DeserializeOwned> Merge<T> {
    fn new(sources: Vec<RunItems<T>>) -> Self {
        let n = sources.len();
        let mut m = Merge { sources, heads: BinaryHeap::new(), items: (0..n).map(|_| None).collect(), error: None };
        for i in 0..n {
            m.advance(i);
        }
        m
    }

    fn advance(&mut self, i: usize) {
        match self.sources[i].next() {
            Some(Ok((key, item))) => {
                self.items[i] = Some(item);
                self.heads.push(Reverse((key, i)));
            }
            Some(Err(e)) => {
                self.error.get_or_insert(e);
            }
            None => {}
        }
    }
}

impl<T: DeserializeOwned> Iterator for Merge<T> {
    type Item = io::Result<(String, T)>;
    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.error.take() {
            return Some(Err(e));
        }
        let Reverse((key, i)) = self.heads.pop()?;
        let item = self.items[i].take().expect("a head has its item");
        self.advance(i);
        Some(Ok((key, item)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_keys(sorter: Sorter<u32>) -> Vec<(String, u32)> {
        sorter.finish().expect("finish").into_items().collect::<io::Result<Vec<_>>>().expect("read")
    }

    #[test]
    fn small_sorts_stay_in_memory_and_keep_ties_in_order() {
        let mut s = Sorter::new(1 << 20);
        for (i, k) in ["b", "a", "b", "c", "a"].iter().enumerate() {
            s.push(k.to_string(), i as u32, 10).expect("push");
        }
        assert!(s.runs.is_empty());
        let out = sorted_keys(s);
        assert_eq!(out, [("a", 1), ("a", 4), ("b", 0), ("b", 2), ("c", 3)].map(|(k, v)| (k.to_string(), v)));
    }

    #[test]
    fn spilled_sorts_merge_tiers_of_runs_in_order_with_stable_ties() {
        // A buffer of ~3 items: 2,000 items make hundreds of runs and two tiers of merges.
        let mut s = Sorter::new(30);
        let n = 2000u32;
        for i in 0..n {
            let key = format!("k{:05}", (i * 7919) % 500);
            s.push(key, i, 10).expect("push");
        }
        assert!(s.runs.len() < 3 * FAN_IN, "tiers keep the runs few: {}", s.runs.len());
        assert!(s.runs.iter().any(|r| r.tier >= 2));
        let out = sorted_keys(s);
        assert_eq!(out.len(), n as usize);
        for w in out.windows(2) {
            assert!(w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1), "{w:?}");
        }
    }
}
