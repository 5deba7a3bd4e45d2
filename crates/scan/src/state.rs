//! Resumable runs (`--state FILE`): every finished location is appended to the state file as one
//! JSON line; a run given the same file reuses the reports of units that are unchanged (same
//! URI, size and modification time) and finished (scanned or skipped), and reads the rest. A
//! line cut short by an interruption is ignored.
//!
//! The state file never holds raw values: samples are dropped before a report is written.

use piimap_connect::Unit;
use piimap_model::{LocationReport, Outcome};
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

pub struct ScanState {
    finished: BTreeMap<String, LocationReport>,
    out: BufWriter<File>,
}

impl ScanState {
    pub fn open(path: &Path) -> io::Result<ScanState> {
        let mut finished = BTreeMap::new();
        let mut ends_cut = false;
        let mut lines = 0usize;
        match File::open(path) {
            Ok(mut f) => {
                let len = f.metadata()?.len();
                if len > 0 {
                    let mut last = [0u8];
                    f.seek(SeekFrom::Start(len - 1))?;
                    f.read_exact(&mut last)?;
                    ends_cut = last[0] != b'\n';
                    f.seek(SeekFrom::Start(0))?;
                }
                for line in BufReader::new(f).split(b'\n') {
                    let line = line?;
                    lines += 1;
                    if let Ok(report) = serde_json::from_slice::<LocationReport>(&line) {
                        finished.insert(report.uri.clone(), report);
                    }
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        if lines > 2 * finished.len() + 64 {
            // Each run appends every location again (a watch runs often): keep the newest only.
            compact(path, &finished)?;
            ends_cut = false;
        }
        let mut out = BufWriter::new(OpenOptions::new().create(true).append(true).open(path)?);
        if ends_cut {
            // The last line was cut by the interruption: start the next one on its own line.
            out.write_all(b"\n")?;
        }
        Ok(ScanState { finished, out })
    }

    /// Units already done in an earlier run, if unchanged since: the unit's report, and for an
    /// archive the reports of its entries (`archive!/...`).
    pub fn done(&self, unit: &Unit) -> Option<Vec<LocationReport>> {
        let r = self.finished.get(&unit.uri)?;
        let unchanged = r.size == unit.size && r.modified == unit.modified;
        let finished = !matches!(r.outcome, Outcome::Failed { .. });
        if !(unchanged && finished) {
            return None;
        }
        Some(self.with_entries(r, unit))
    }

    /// The last reports of a unit whatever changed since, with its exposure assessed now: what
    /// an exposure pass that reads no content knows of it.
    pub fn last_known(&self, unit: &Unit) -> Option<Vec<LocationReport>> {
        let r = self.finished.get(&unit.uri)?;
        if matches!(r.outcome, Outcome::Failed { .. }) {
            return None;
        }
        Some(self.with_entries(r, unit))
    }

    fn with_entries(&self, r: &LocationReport, unit: &Unit) -> Vec<LocationReport> {
        let entries = format!("{}!/", unit.uri);
        std::iter::once(r)
            .chain(self.finished.range(entries.clone()..).take_while(|(uri, _)| uri.starts_with(&entries)).map(|(_, r)| r))
            .map(|r| {
                let mut r = r.clone();
                // Exposure is assessed again by this run: it may have changed.
                r.exposure = unit.exposure.clone();
                r
            })
            .collect()
    }

    pub fn record(&mut self, report: &LocationReport) -> io::Result<()> {
        if report.kind.is_group() {
            return Ok(());
        }
        let mut stored = report.clone();
        for f in &mut stored.findings {
            f.samples.clear();
        }
        serde_json::to_writer(&mut self.out, &stored)?;
        self.out.write_all(b"\n")?;
        // Flushed per location, so that an interruption loses at most the line being written.
        self.out.flush()
    }

    pub fn resumed(&self) -> usize {
        self.finished.len()
    }
}

/// Rewrites the state file with one line per location, through a temporary file renamed over it
/// so that an interruption leaves the old file whole.
fn compact(path: &Path, finished: &BTreeMap<String, LocationReport>) -> io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    {
        let mut w = BufWriter::new(tmp.as_file_mut());
        for report in finished.values() {
            serde_json::to_writer(&mut w, report)?;
            w.write_all(b"\n")?;
        }
        w.flush()?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use piimap_model::{Exposure, ExposureLevel, LocationKind};

    fn unit(uri: &str, size: u64, level: ExposureLevel) -> Unit {
        Unit {
            uri: uri.into(),
            name: uri.into(),
            kind: LocationKind::Object,
            size: Some(size),
            modified: None,
            exposure: Exposure { level, evidence: vec![] },
            skip: None,
            handle: piimap_connect::Handle::Path(uri.into()),
        }
    }

    #[test]
    fn a_changed_unit_is_read_again_but_its_last_findings_stay_known() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("state.jsonl");
        let mut st = ScanState::open(&path).expect("open");
        let before = unit("s3://b/a.csv", 10, ExposureLevel::Restricted);
        st.record(&LocationReport::new(&before.uri, before.kind, before.exposure.clone()).with_size(before.size)).expect("record");
        drop(st);
        let st = ScanState::open(&path).expect("reopen");
        let changed = unit("s3://b/a.csv", 11, ExposureLevel::Public);
        assert!(st.done(&changed).is_none(), "changed: read again");
        let known = st.last_known(&changed).expect("last known");
        assert_eq!(known[0].size, Some(10));
        assert_eq!(known[0].exposure.level, ExposureLevel::Public, "exposure is today's");
        assert!(st.last_known(&unit("s3://b/new.csv", 1, ExposureLevel::Public)).is_none());
    }

    #[test]
    fn a_state_file_rewritten_by_many_runs_is_compacted() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("state.jsonl");
        let u = unit("file:///x", 1, ExposureLevel::Restricted);
        for _ in 0..100 {
            let mut st = ScanState::open(&path).expect("open");
            st.record(&LocationReport::new(&u.uri, u.kind, u.exposure.clone()).with_size(u.size)).expect("record");
        }
        let lines = std::fs::read_to_string(&path).expect("read").lines().count();
        assert!(lines <= 2 + 64 + 1, "compacted to the newest line per location, got {lines}");
        assert!(ScanState::open(&path).expect("open").done(&u).is_some());
    }
}
