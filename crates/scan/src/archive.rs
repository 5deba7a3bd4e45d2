//! Archives as locations: the archive itself (format, number of entries, and how the walk
//! ended) and each entry as its own location, `archive.zip!/inner/file.csv`, decoded like any
//! file and exposed like the archive. Archives inside archives are walked to the depth limit
//! under the top archive's budget. The archive's own entry holds no findings: its entries do, so
//! nothing is counted twice.

use crate::{classify_into, Ctx, UnitDistinct};
use piimap_classify::Scratch;
use piimap_connect::{Body, RangeRead};
use piimap_formats::archive::{self, ArchiveKind, Budget, Entry, EntryReader, EntryVisitor, Spooled};
use piimap_formats::Source;
use piimap_model::{LocationReport, Occurrence, Outcome};
use std::io::{BufReader, Read, Seek};
use std::sync::Arc;

/// The bytes of an archive, however they arrived.
pub(crate) enum Input<'r> {
    File(std::fs::File),
    Ranged(Arc<dyn RangeRead>),
    Stream(Box<dyn Read + Send>),
    Reader(&'r mut dyn Read),
    Spooled(Spooled),
}

impl From<Body> for Input<'_> {
    fn from(body: Body) -> Self {
        match body {
            Body::File(f) => Input::File(f),
            Body::Ranged(o) => Input::Ranged(o),
            Body::Stream(r) => Input::Stream(r),
            // Connectors never give a table as an archive (see `kind_of`).
            Body::Table(_) => Input::Stream(Box::new(std::io::empty())),
        }
    }
}

/// The archive kind of a unit: by name, and for local files whose name says nothing, by magic.
pub(crate) fn kind_of(name: &str, body: &mut Body) -> Option<ArchiveKind> {
    if let Some(kind) = archive::archive_kind(name, b"") {
        return Some(kind);
    }
    let Body::File(file) = body else { return None };
    let mut head = [0u8; 512];
    let n = read_up_to(file, &mut head);
    file.rewind().ok()?;
    archive::archive_kind(name, &head[..n])
}

fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> usize {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) | Err(_) => break,
            Ok(k) => n += k,
        }
    }
    n
}

/// Walks one archive: returns its own report first, then one per entry (nested archives
/// contribute theirs in place).
#[allow(clippy::too_many_arguments)]
pub(crate) fn scan_archive(
    ctx: &Ctx<'_>,
    scratch: &mut Scratch,
    emit: &mut dyn FnMut(Occurrence),
    mut report: LocationReport,
    input: Input<'_>,
    kind: ArchiveKind,
    depth: u32,
    budget: &Budget,
) -> Vec<(LocationReport, UnitDistinct)> {
    let limits = ctx.plan.decode.archives;
    let mut visitor = Visitor { ctx, scratch, emit, archive: &report, depth, results: Vec::new() };
    let walked = match kind {
        ArchiveKind::Zip => match input {
            Input::File(f) => archive::walk_zip(BufReader::new(f), &limits, budget, &mut visitor),
            Input::Ranged(o) => archive::walk_zip(piimap_formats::ranged_reader(o), &limits, budget, &mut visitor),
            Input::Spooled(Spooled::Memory(b)) => archive::walk_zip(std::io::Cursor::new(b), &limits, budget, &mut visitor),
            Input::Spooled(Spooled::File(f)) => archive::walk_zip(BufReader::new(f), &limits, budget, &mut visitor),
            // The central directory is at the end: a streamed zip is held first.
            Input::Stream(mut r) => spool_then_zip(&mut r, &limits, budget, &mut visitor),
            Input::Reader(r) => spool_then_zip(r, &limits, budget, &mut visitor),
        },
        ArchiveKind::Tar(compression) => match input {
            Input::File(f) => archive::walk_tar(BufReader::new(f), compression, &limits, budget, &mut visitor),
            Input::Ranged(o) => match o.stream_from(0) {
                Ok(r) => archive::walk_tar(r, compression, &limits, budget, &mut visitor),
                Err(e) => Err(archive::ArchiveError::Tar(e.to_string())),
            },
            Input::Spooled(Spooled::Memory(b)) => archive::walk_tar(std::io::Cursor::new(b), compression, &limits, budget, &mut visitor),
            Input::Spooled(Spooled::File(f)) => archive::walk_tar(BufReader::new(f), compression, &limits, budget, &mut visitor),
            Input::Stream(r) => archive::walk_tar(r, compression, &limits, budget, &mut visitor),
            Input::Reader(r) => archive::walk_tar(r, compression, &limits, budget, &mut visitor),
        },
    };
    let mut results = std::mem::take(&mut visitor.results);
    let entries = results.len();
    report.format = Some(format!("{} ({entries} entries)", kind.label()));
    report.outcome = match walked {
        Ok(w) => match w.stopped {
            None => Outcome::Scanned,
            Some(reason) => Outcome::Skipped { reason: format!("archive read in part, {} entries listed: {reason}", w.entries) },
        },
        Err(e) => Outcome::Failed { error: format!("{e} (after {entries} entries)") },
    };
    results.insert(0, (report, UnitDistinct::default()));
    results
}

fn spool_then_zip(r: &mut dyn Read, limits: &archive::ArchiveLimits, budget: &Budget, visitor: &mut Visitor<'_, '_>) -> Result<archive::Walked, archive::ArchiveError> {
    match archive::spool(r) {
        Ok(Spooled::Memory(b)) => archive::walk_zip(std::io::Cursor::new(b), limits, budget, visitor),
        Ok(Spooled::File(f)) => archive::walk_zip(BufReader::new(f), limits, budget, visitor),
        Err(e) => Err(archive::ArchiveError::Zip(e.to_string())),
    }
}

struct Visitor<'a, 'c> {
    ctx: &'a Ctx<'c>,
    scratch: &'a mut Scratch,
    emit: &'a mut dyn FnMut(Occurrence),
    archive: &'a LocationReport,
    depth: u32,
    results: Vec<(LocationReport, UnitDistinct)>,
}

impl EntryVisitor for Visitor<'_, '_> {
    fn entry(&mut self, entry: &Entry, body: Result<&mut EntryReader<'_>, String>) {
        let uri = format!("{}!/{}", self.archive.uri, entry.path.trim_start_matches("./"));
        let mut report = LocationReport::new(uri, self.archive.kind, self.archive.exposure.clone())
            .with_size(entry.size)
            .with_modified(entry.modified.clone().or_else(|| self.archive.modified.clone()));
        let reader = match body {
            Ok(r) => r,
            Err(reason) => {
                report.outcome = Outcome::Skipped { reason };
                self.results.push((report, UnitDistinct::default()));
                return;
            }
        };
        if let Some(kind) = archive::archive_kind(&entry.path, b"") {
            if self.depth >= reader.limits().max_depth {
                report.outcome = Outcome::Skipped { reason: format!("limit: archive nested deeper than {} levels: not read", reader.limits().max_depth) };
                self.results.push((report, UnitDistinct::default()));
                return;
            }
            let budget = reader.budget();
            let nested = if kind.needs_seek() {
                match archive::spool(&mut *reader) {
                    Ok(s) => Input::Spooled(s),
                    Err(e) => {
                        report.outcome = match reader.limit_hit() {
                            Some(hit) => Outcome::Skipped { reason: hit.to_string() },
                            None => Outcome::Failed { error: format!("reading the archive entry: {e}") },
                        };
                        self.results.push((report, UnitDistinct::default()));
                        return;
                    }
                }
            } else {
                Input::Reader(&mut *reader)
            };
            let mut nested_results = scan_archive(self.ctx, self.scratch, self.emit, report, nested, kind, self.depth + 1, budget);
            if let (Some(hit), Some((nested_report, _))) = (reader.limit_hit(), nested_results.first_mut()) {
                nested_report.outcome = Outcome::Skipped { reason: format!("archive read in part: {hit}") };
            }
            self.results.extend(nested_results);
            return;
        }
        let distinct = if piimap_formats::needs_seek(&entry.path) {
            match archive::spool(&mut *reader) {
                Ok(Spooled::Memory(b)) => classify_into(self.ctx, self.scratch, self.emit, &mut report, Source::Bytes(b), &entry.path),
                Ok(Spooled::File(f)) => classify_into(self.ctx, self.scratch, self.emit, &mut report, Source::File(f), &entry.path),
                Err(e) => {
                    report.outcome = Outcome::Failed { error: format!("reading the archive entry: {e}") };
                    UnitDistinct::default()
                }
            }
        } else {
            classify_into(self.ctx, self.scratch, self.emit, &mut report, Source::Reader(&mut *reader), &entry.path)
        };
        // A limit stops the entry, whatever the decoder made of the interrupted read; what was
        // found before it stands.
        if let Some(hit) = reader.limit_hit() {
            report.outcome = Outcome::Skipped { reason: hit.to_string() };
        }
        self.results.push((report, distinct));
    }
}
