//! The pipeline: plan → enumerate → decode → classify → aggregate.
//!
//! One thread enumerates units into a bounded channel; a fixed pool of workers (one per core)
//! opens, decodes and classifies them; the caller's thread receives occurrences and location
//! reports in batches. One slow or failing unit never stalls or aborts the run: every error (and
//! even a panic) becomes that unit's `failed` outcome.

mod archive;
pub mod datasets;
mod distinct;
mod file_sample;
pub mod inventory;
pub mod merge;
mod spill;
pub mod state;
mod text_pool;
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
    /// Resume file (`--state`): finished locations are recorded and not read again.
    pub state: Option<std::path::PathBuf>,
    /// Build one occurrence per detected value (`--occurrences`); when nobody reads them only
    /// the per-location findings are kept, which is much cheaper on large tables.
    pub occurrences: bool,
    /// Files read per dataset (`--sample-files`), spread over it; `None` reads every file.
    pub sample_files: Option<u64>,
    /// Only this part of the units (`--shard K/N`), for scans spread over machines.
    pub shard: Option<Shard>,
    /// Bytes of location reports held in memory per inventory stage before they are spilled to
    /// temporary files (`--inventory-memory`).
    pub inventory_memory: usize,
    /// Read the content of units (`false`: `--exposure-only`, a watch's exposure pass). Without
    /// content, a unit keeps its last known findings from the state file with its exposure
    /// assessed now, or is skipped with the reason when it was never read.
    pub read_content: bool,
}

/// Why a unit is listed but not read in an exposure-only pass.
pub const NOT_READ_EXPOSURE_ONLY: &str = "exposure only: content not read (no earlier findings in the state)";

/// One of `count` disjoint parts of a scan (`--shard K/N`, `K` from 0 as Kubernetes'
/// `JOB_COMPLETION_INDEX` and AWS Batch's array index): a unit belongs to the part its URI hashes
/// to, so every part lists the same targets and reads a different share, with no coordinator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// `K/N` with `0 <= K < N`.
    pub fn parse(text: &str) -> Result<Shard, String> {
        let (k, n) = text.split_once('/').ok_or_else(|| format!("{text:?}: expected K/N, as 3/16"))?;
        let index: u32 = k.trim().parse().map_err(|_| format!("{text:?}: K is not a number"))?;
        let count: u32 = n.trim().parse().map_err(|_| format!("{text:?}: N is not a number"))?;
        if count == 0 || index >= count {
            return Err(format!("{text:?}: K counts from 0 and must be below N"));
        }
        Ok(Shard { index, count })
    }

    /// Whether the unit (or listing failure) with this URI is this part's. The hash is fixed
    /// (not keyed per run), so every part agrees.
    pub fn takes(&self, uri: &str) -> bool {
        use std::hash::Hasher;
        let mut h = siphasher::sip::SipHasher13::new_with_keys(0, 0);
        h.write(uri.as_bytes());
        h.finish() % u64::from(self.count) == u64::from(self.index)
    }
}

/// What a scan produced.
#[derive(Debug)]
pub struct ScanOutput {
    /// One report per location (units, datasets, stores), in URI order.
    pub locations: piimap_model::Locations,
    /// Counts, distinct identifiers across the run and the people estimate.
    pub summary: piimap_model::Summary,
    /// Locations reused from the state file.
    pub resumed: u64,
    /// The distinct-value counters behind the distinct counts, for a partial inventory.
    pub sketches: BTreeMap<Category, piimap_model::DistinctSketch>,
}

impl Default for ScanPlan {
    fn default() -> Self {
        ScanPlan { targets: Vec::new(), select: SelectOptions::default(), decode: DecodeOptions::default(), threads: 0, max_samples: 3, hash_key: None, state: None, occurrences: true, sample_files: None, shard: None, inventory_memory: inventory::DEFAULT_MEMORY, read_content: true }
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
    #[error("state file {path}: {source}")]
    State { path: String, source: std::io::Error },
    #[error("temporary inventory files (in {dir}): {source}")]
    Spill { dir: String, source: std::io::Error },
}

enum Job {
    Unit(usize, Unit),
    ListFailure(ListFailure),
}

enum Message {
    Occurrences(Vec<Occurrence>),
    /// A finished location; `true` when taken from the state file.
    Done(Box<LocationReport>, Box<UnitDistinct>, bool),
}

const OCCURRENCE_BATCH: usize = 1024;

/// Runs a scan. Occurrences go to `on_occurrence` as they are found (raw previews: the caller's
/// reporter masks them); `finalize` is applied to every location report once datasets and stores
/// have read it (the caller assesses risk and masks samples there).
pub fn scan(
    plan: &ScanPlan,
    engine: &Engine,
    on_occurrence: &mut dyn FnMut(Occurrence),
    observer: &dyn Observer,
    finalize: &dyn Fn(&mut LocationReport),
) -> Result<ScanOutput, ScanError> {
    let connectors: Vec<Box<dyn Connector>> = plan
        .targets
        .iter()
        .map(|t| piimap_connect::connector_for(t, &plan.select))
        .collect::<Result<_, _>>()?;
    let cpu_threads = if plan.threads == 0 {
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)
    } else {
        plan.threads
    };
    // Remote stores are bound by latency: more units in flight than cores.
    let threads = connectors.iter().map(|c| c.io_parallelism()).fold(cpu_threads, usize::max);
    let hasher = plan.hash_key.as_deref().map_or_else(ValueHasher::default, ValueHasher::from_key);
    let state_error = |source| ScanError::State { path: plan.state.as_ref().map(|p| p.display().to_string()).unwrap_or_default(), source };
    let state = plan.state.as_deref().map(state::ScanState::open).transpose().map_err(state_error)?;
    let state = Mutex::new(state);
    let mut state_write_error = None;
    let resumed = std::sync::atomic::AtomicU64::new(0);
    let mut builder = inventory::InventoryBuilder::new(plan.inventory_memory);
    let mut spill_failure = None;
    let (job_tx, job_rx) = mpsc::sync_channel::<Job>(256);
    let job_rx = Mutex::new(job_rx);
    let (msg_tx, msg_rx) = mpsc::sync_channel::<Message>(64);

    std::thread::scope(|s| {
        let connectors = &connectors;
        s.spawn(move || {
            let mut sampler = file_sample::FileSampler::new(plan.sample_files);
            // The receiver only disappears if every worker died; nothing to do then.
            let send = |(ci, u): file_sample::Pick| {
                let _ = job_tx.send(Job::Unit(ci, u));
            };
            for (i, c) in connectors.iter().enumerate() {
                let ours = |uri: &str| plan.shard.is_none_or(|s| s.takes(uri));
                c.enumerate(&mut |item| match item {
                    Ok(u) if ours(&u.uri) => {
                        observer.listed(&u.uri);
                        sampler.offer(i, u).into_iter().for_each(send);
                    }
                    Err(f) if ours(&f.uri) => {
                        let _ = job_tx.send(Job::ListFailure(f));
                    }
                    _ => {}
                });
            }
            sampler.finish().into_iter().for_each(send);
        });
        // Large text files are scanned on every core through the pool.
        let shared_pool = (cpu_threads > 1).then(|| text_pool::start(s, engine, cpu_threads));
        for _ in 0..threads {
            let pool = shared_pool.clone();
            let msg_tx = msg_tx.clone();
            let job_rx = &job_rx;
            let hasher = &hasher;
            let state = &state;
            let resumed = &resumed;
            s.spawn(move || {
                // Made on the first unit this worker reads: each holds megabytes of caches.
                let mut scratch: Option<piimap_classify::Scratch> = None;
                loop {
                let job = match job_rx.lock().expect("job queue lock is never poisoned").recv() {
                    Ok(j) => j,
                    Err(_) => return,
                };
                let done: Vec<(LocationReport, Box<UnitDistinct>, bool)> = match job {
                    Job::ListFailure(f) => vec![(failed_listing(f), Box::default(), false)],
                    Job::Unit(_, unit) if !plan.read_content => match last_known(state, &unit) {
                        Some(reports) => {
                            resumed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            reports.into_iter().map(|r| (r, Box::default(), true)).collect()
                        }
                        None => {
                            let report = LocationReport::new(unit.uri, unit.kind, unit.exposure)
                                .with_size(unit.size)
                                .with_modified(unit.modified)
                                .with_outcome(Outcome::Skipped { reason: NOT_READ_EXPOSURE_ONLY.into() });
                            vec![(report, Box::default(), false)]
                        }
                    },
                    Job::Unit(ci, unit) => match resumable(state, &unit) {
                        Some(reports) => {
                            resumed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            reports.into_iter().map(|r| (r, Box::default(), true)).collect()
                        }
                        None => {
                            let mut batch = Vec::new();
                            let mut emit = |o: Occurrence| {
                                batch.push(o);
                                if batch.len() >= OCCURRENCE_BATCH {
                                    let _ = msg_tx.send(Message::Occurrences(std::mem::take(&mut batch)));
                                }
                            };
                            let ctx = Ctx { engine, plan, hasher, pool: pool.as_ref() };
                            let results =
                                scan_unit(connectors[ci].as_ref(), unit, &ctx, scratch.get_or_insert_with(|| engine.scratch()), &mut emit);
                            if !batch.is_empty() {
                                let _ = msg_tx.send(Message::Occurrences(batch));
                            }
                            results.into_iter().map(|(r, d)| (r, Box::new(d), false)).collect()
                        }
                    },
                };
                for (report, distinct, from_state) in done {
                    let _ = msg_tx.send(Message::Done(Box::new(report), distinct, from_state));
                }
                }
            });
        }
        // The pool threads end once the workers' handles and this one are gone.
        drop(shared_pool);
        drop(msg_tx);
        for msg in msg_rx {
            match msg {
                Message::Occurrences(batch) => batch.into_iter().for_each(&mut *on_occurrence),
                Message::Done(report, distinct, from_state) => {
                    observer.finished(&report);
                    // An exposure pass reads nothing: the state keeps what the last read found.
                    let mut st = state.lock().expect("state lock is never poisoned");
                    if let Some(st) = st.as_mut().filter(|_| plan.read_content) {
                        if let Err(e) = st.record(&report) {
                            state_write_error.get_or_insert(e);
                        }
                    }
                    let added = if from_state { builder.add_resumed(*report) } else { builder.add(*report, &distinct) };
                    if let Err(e) = added {
                        spill_failure.get_or_insert(e);
                    }
                }
            }
        }
    });
    if let Some(e) = state_write_error {
        return Err(state_error(e));
    }
    let spill_error = |source| ScanError::Spill { dir: std::env::temp_dir().display().to_string(), source };
    if let Some(e) = spill_failure {
        return Err(spill_error(e));
    }
    let stores: Vec<piimap_connect::Store> = connectors.iter().flat_map(|c| c.stores()).collect();
    let built = builder.finish(&stores, finalize).map_err(spill_error)?;
    Ok(ScanOutput { locations: built.locations, summary: built.summary, resumed: resumed.into_inner(), sketches: built.sketches })
}

fn resumable(state: &Mutex<Option<state::ScanState>>, unit: &Unit) -> Option<Vec<LocationReport>> {
    state.lock().expect("state lock is never poisoned").as_ref()?.done(unit)
}

fn last_known(state: &Mutex<Option<state::ScanState>>, unit: &Unit) -> Option<Vec<LocationReport>> {
    state.lock().expect("state lock is never poisoned").as_ref()?.last_known(unit)
}

fn failed_listing(f: ListFailure) -> LocationReport {
    LocationReport::new(f.uri, LocationKind::File, Exposure::unknown("not-listed", "the location could not be listed"))
        .with_outcome(Outcome::Failed { error: format!("cannot list: {}", f.error) })
}

/// Everything the scan of one location needs besides its bytes.
pub(crate) struct Ctx<'a> {
    pub engine: &'a Engine,
    pub plan: &'a ScanPlan,
    pub hasher: &'a ValueHasher,
    /// Threads that scan the text blocks of large files.
    pub pool: Option<&'a text_pool::TextPool>,
}

/// Scans one unit; never panics and never returns an error: the outcome says what happened.
/// Most units are one location; an archive is itself and each of its entries.
fn scan_unit(
    connector: &dyn Connector,
    unit: Unit,
    ctx: &Ctx<'_>,
    scratch: &mut piimap_classify::Scratch,
    emit: &mut dyn FnMut(Occurrence),
) -> Vec<(LocationReport, UnitDistinct)> {
    let plan = ctx.plan;
    let mut report = LocationReport::new(unit.uri.clone(), unit.kind, unit.exposure.clone())
        .with_size(unit.size)
        .with_modified(unit.modified.clone());
    let too_large = match (unit.size, plan.select.max_object_size) {
        (Some(size), Some(max)) if size > max => Some(format!("larger than --max-object-size ({size} > {max} bytes)")),
        _ => None,
    };
    if let Some(reason) = unit.skip.as_ref().or(too_large.as_ref()) {
        report.outcome = Outcome::Skipped { reason: reason.clone() };
        return vec![(report, Default::default())];
    }
    let body = match connector.open(&unit) {
        Ok(b) => b,
        Err(e) => {
            report.outcome = Outcome::Failed { error: e.source.to_string() };
            return vec![(report, Default::default())];
        }
    };
    let mut body = body;
    if let Some(kind) = archive::kind_of(&unit.name, &mut body) {
        return archive::scan_archive(ctx, scratch, emit, report, archive::Input::from(body), kind, 1, &Default::default());
    }
    let source = match body {
        Body::File(f) => Source::File(f),
        Body::Stream(r) => Source::Stream(r),
        Body::Ranged(o) => Source::Ranged(o),
        Body::Table(t) => Source::Cells(t),
    };
    let distinct = classify_into(ctx, scratch, emit, &mut report, source, &unit.name);
    vec![(report, distinct)]
}

/// Decodes and classifies the bytes of one location into its report (format, outcome,
/// sampling, findings). A panic in a decoder or detector becomes that location's failure.
pub(crate) fn classify_into(
    ctx: &Ctx<'_>,
    scratch: &mut piimap_classify::Scratch,
    emit: &mut dyn FnMut(Occurrence),
    report: &mut LocationReport,
    source: Source<'_>,
    name: &str,
) -> UnitDistinct {
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        let mut sink = unit::UnitSink::new(ctx.engine, ctx.hasher, &report.uri, ctx.plan.max_samples, ctx.plan.occurrences, &mut *scratch, emit);
        sink.use_pool(ctx.pool);
        let decoded = piimap_formats::decode(source, name, &ctx.plan.decode, &mut sink);
        (decoded, sink.finish())
    }));
    let mut distinct = UnitDistinct::default();
    match result {
        Ok((decoded, (findings, unit_distinct))) => {
            report.findings = findings;
            distinct = unit_distinct;
            match decoded {
                Ok(Decoded::Complete { format, sampling }) => {
                    report.format = Some(format);
                    report.sampling = sampling;
                }
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
            // The caches may be half-updated: start the next unit with fresh ones.
            *scratch = ctx.engine.scratch();
        }
    }
    distinct
}

/// Classifies the bytes of one location held in memory (named `name`, for format detection): its
/// findings and, when only a sample was read, how. For embedding piimap and for benchmarks.
pub fn classify_bytes(engine: &Engine, plan: &ScanPlan, name: &str, bytes: bytes::Bytes) -> (Vec<piimap_model::Finding>, Option<piimap_model::Sampling>) {
    let hasher = plan.hash_key.as_deref().map_or_else(ValueHasher::default, ValueHasher::from_key);
    let ctx = Ctx { engine, plan, hasher: &hasher, pool: None };
    let mut report = LocationReport::new(name, LocationKind::File, Exposure::unknown("in-memory", "classified from memory"))
        .with_size(Some(bytes.len() as u64));
    let mut scratch = engine.scratch();
    classify_into(&ctx, &mut scratch, &mut |_| {}, &mut report, Source::Bytes(bytes), name);
    (report.findings, report.sampling)
}
