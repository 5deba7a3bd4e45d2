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
                    if let Ok(report) = serde_json::from_slice::<LocationReport>(&line) {
                        finished.insert(report.uri.clone(), report);
                    }
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
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
        let entries = format!("{}!/", unit.uri);
        let reports = std::iter::once(r)
            .chain(self.finished.range(entries.clone()..).take_while(|(uri, _)| uri.starts_with(&entries)).map(|(_, r)| r))
            .map(|r| {
                let mut r = r.clone();
                // Exposure is assessed again by this run: it may have changed.
                r.exposure = unit.exposure.clone();
                r
            })
            .collect();
        Some(reports)
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
