//! The pipeline: plan → enumerate → decode → classify → aggregate.
//!
//! One thread enumerates units into a bounded channel; a fixed pool of workers (one per core)
//! opens, decodes and classifies them; the caller's thread receives occurrences and location
//! reports in batches. One slow or failing unit never stalls or aborts the run: every error (and
//! even a panic) becomes that unit's `failed` outcome.

pub mod datasets;
mod distinct;
mod unit;

pub use distinct::{DistinctCounter, ValueHasher};
pub use unit::UnitDistinct;

use piimap_classify::Engine;
use piimap_connect::{Body, ConnectError, Connector, ListFailure, SelectOptions, Unit};
use piimap_formats::{DecodeOptions, Decoded, Source};
use piimap_model::{Category, Exposure, LocationKind, LocationReport, Occurrence, Outcome};
use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::sync::mpsc;
use std::sync::Mutex;

/// What to scan and how.
#[derive(Debug, Clone)]
pub struct ScanPlan {
    /// Paths or URIs.
    pub targets: Vec<String>,
    pub select: SelectOptions,
    pub decode: DecodeOptions,
    /// Worker threads; 0 = one per core.
    pub threads: usize,
    /// Raw sample values kept per finding (reporters mask them).
    pub max_samples: usize,
    /// Key for hashing values (`--hash-key-file`); random per run when absent.
    pub hash_key: Option<Vec<u8>>,
}

/// What a scan produced.
#[derive(Debug)]
pub struct ScanOutput {
    /// One report per location, sorted by URI.
    pub reports: Vec<LocationReport>,
    /// Distinct identifiers across the run, per category.
    pub distinct_by_category: BTreeMap<Category, u64>,
}

impl Default for ScanPlan {
    fn default() -> Self {
        ScanPlan { targets: Vec::new(), select: SelectOptions::default(), decode: DecodeOptions::default(), threads: 0, max_samples: 3, hash_key: None }
    }
}

/// Progress events. Implementations must never print matched values.
pub trait Observer: Sync {
    fn listed(&self, _uri: &str) {}
    fn finished(&self, _report: &LocationReport) {}
}

/// An observer that ignores everything.
#[derive(Debug, Default)]
pub struct Quiet;
impl Observer for Quiet {}

#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error(transparent)]
    Connect(#[from] ConnectError),
}

enum Job {
    Unit(usize, Unit),
    ListFailure(ListFailure),
}

enum Message {
    Occurrences(Vec<Occurrence>),
    Done(Box<LocationReport>, Box<UnitDistinct>),
}

const OCCURRENCE_BATCH: usize = 1024;

/// Runs a scan. Occurrences go to `on_occurrence` as they are found (raw previews: the caller's
/// reporter masks them).
pub fn scan(
    plan: &ScanPlan,
    engine: &Engine,
    on_occurrence: &mut dyn FnMut(Occurrence),
    observer: &dyn Observer,
) -> Result<ScanOutput, ScanError> {
    let connectors: Vec<Box<dyn Connector>> = plan
        .targets
        .iter()
        .map(|t| piimap_connect::connector_for(t, &plan.select))
        .collect::<Result<_, _>>()?;
    let threads = if plan.threads == 0 {
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)
    } else {
        plan.threads
    };
    let hasher = plan.hash_key.as_deref().map_or_else(ValueHasher::default, ValueHasher::from_key);
    let mut run_distinct: UnitDistinct = Default::default();
    let (job_tx, job_rx) = mpsc::sync_channel::<Job>(256);
    let job_rx = Mutex::new(job_rx);
    let (msg_tx, msg_rx) = mpsc::sync_channel::<Message>(64);
    let mut reports = Vec::new();

    std::thread::scope(|s| {
        let connectors = &connectors;
        s.spawn(move || {
            for (i, c) in connectors.iter().enumerate() {
                c.enumerate(&mut |item| {
                    let job = match item {
                        Ok(u) => {
                            observer.listed(&u.uri);
                            Job::Unit(i, u)
                        }
                        Err(f) => Job::ListFailure(f),
                    };
                    // The receiver only disappears if every worker died; nothing to do then.
                    let _ = job_tx.send(job);
                });
            }
        });
        for _ in 0..threads {
            let msg_tx = msg_tx.clone();
            let job_rx = &job_rx;
            let hasher = &hasher;
            s.spawn(move || loop {
                let job = match job_rx.lock().expect("job queue lock is never poisoned").recv() {
                    Ok(j) => j,
                    Err(_) => return,
                };
                let (report, distinct) = match job {
                    Job::ListFailure(f) => (failed_listing(f), Box::default()),
                    Job::Unit(ci, unit) => {
                        let mut batch = Vec::new();
                        let mut emit = |o: Occurrence| {
                            batch.push(o);
                            if batch.len() >= OCCURRENCE_BATCH {
                                let _ = msg_tx.send(Message::Occurrences(std::mem::take(&mut batch)));
                            }
                        };
                        let (report, distinct) =
                            scan_unit(connectors[ci].as_ref(), unit, engine, &plan.decode, hasher, plan.max_samples, &mut emit);
                        if !batch.is_empty() {
                            let _ = msg_tx.send(Message::Occurrences(batch));
                        }
                        (report, Box::new(distinct))
                    }
                };
                let _ = msg_tx.send(Message::Done(Box::new(report), distinct));
            });
        }
        drop(msg_tx);
        for msg in msg_rx {
            match msg {
                Message::Occurrences(batch) => batch.into_iter().for_each(&mut *on_occurrence),
                Message::Done(report, distinct) => {
                    observer.finished(&report);
                    reports.push(*report);
                    for (run, unit) in run_distinct.iter_mut().zip(distinct.iter()) {
                        run.merge(unit);
                    }
                }
            }
        }
    });
    let datasets = datasets::group(&reports);
    reports.extend(datasets);
    reports.sort_by(|a, b| a.uri.cmp(&b.uri));
    let distinct_by_category = Category::ALL
        .iter()
        .zip(&run_distinct)
        .filter(|(_, d)| d.estimate() > 0)
        .map(|(c, d)| (*c, d.estimate()))
        .collect();
    Ok(ScanOutput { reports, distinct_by_category })
}

fn failed_listing(f: ListFailure) -> LocationReport {
    LocationReport {
        uri: f.uri,
        kind: LocationKind::File,
        format: None,
        size: None,
        modified: None,
        outcome: Outcome::Failed { error: format!("cannot list: {}", f.error) },
        exposure: Exposure::unknown("not-listed", "the location could not be listed"),
        findings: Vec::new(),
        risk: None,
        dataset: None,
    }
}

/// Scans one unit; never panics and never returns an error: the outcome says what happened.
pub fn scan_unit(
    connector: &dyn Connector,
    unit: Unit,
    engine: &Engine,
    decode: &DecodeOptions,
    hasher: &ValueHasher,
    max_samples: usize,
    emit: &mut dyn FnMut(Occurrence),
) -> (LocationReport, UnitDistinct) {
    let mut report = LocationReport {
        uri: unit.uri.clone(),
        kind: unit.kind,
        format: None,
        size: unit.size,
        modified: unit.modified.clone(),
        outcome: Outcome::Scanned,
        exposure: unit.exposure.clone(),
        findings: Vec::new(),
        risk: None,
        dataset: None,
    };
    if let Some(reason) = &unit.skip {
        report.outcome = Outcome::Skipped { reason: reason.clone() };
        return (report, Default::default());
    }
    let body = match connector.open(&unit) {
        Ok(b) => b,
        Err(e) => {
            report.outcome = Outcome::Failed { error: e.source.to_string() };
            return (report, Default::default());
        }
    };
    let source = match body {
        Body::File(f) => Source::File(f),
        Body::Stream(r) => Source::Stream(r),
    };
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        let mut sink = unit::UnitSink::new(engine, hasher, &unit.uri, max_samples, emit);
        let decoded = piimap_formats::decode(source, &unit.name, decode, &mut sink);
        (decoded, sink.finish())
    }));
    let mut distinct = UnitDistinct::default();
    match result {
        Ok((decoded, (findings, unit_distinct))) => {
            report.findings = findings;
            distinct = unit_distinct;
            match decoded {
                Ok(Decoded::Complete { format }) => report.format = Some(format),
                Ok(Decoded::Skipped { format, reason }) => {
                    report.format = format;
                    report.outcome = Outcome::Skipped { reason };
                }
                Err(e) => report.outcome = Outcome::Failed { error: e.to_string() },
            }
        }
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".into());
            report.outcome = Outcome::Failed { error: format!("internal error while decoding: {what}") };
        }
    }
    (report, distinct)
}
