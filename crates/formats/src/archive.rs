//! Archives: zip (read through its central directory) and tar (a stream, bare or inside gzip or
//! zstd). Each entry is handed to an [`EntryVisitor`] with its decompressed bytes, so the caller
//! can decode it as its own location (`archive.zip!/inner/file.csv`); nothing is extracted to
//! disk under the entry's name.
//!
//! Limits protect the scanner from archives built to exhaust it: decompressed bytes per entry and
//! per archive (nested archives included), a compression-ratio cap (zip bombs), entries listed per
//! archive, and the nesting depth. Each limit hit is reported in words so that it can become a
//! `skipped` outcome; entries with unsafe names (absolute paths, `..`), links, devices and
//! encrypted entries are listed and skipped with the reason.

use crate::{split_compression, Compression};
use std::cell::{Cell, RefCell};
use std::io::{self, Read, Seek};

/// Limits for one archive and everything nested in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveLimits {
    /// Archives inside archives read this deep (1 = entries of the top archive only).
    pub max_depth: u32,
    /// Entries listed per archive; the rest are counted in the archive's outcome.
    pub max_entries: u64,
    /// Decompressed bytes read from one entry.
    pub max_entry_size: u64,
    /// Decompressed bytes read from one top-level archive, nested archives included.
    pub max_total_size: u64,
    /// Largest decompressed / compressed ratio (checked past the first MiB).
    pub max_ratio: u64,
}

impl Default for ArchiveLimits {
    fn default() -> Self {
        ArchiveLimits { max_depth: 3, max_entries: 100_000, max_entry_size: 1 << 30, max_total_size: 8 << 30, max_ratio: 100 }
    }
}

/// Decompressed bytes read before the ratio is checked: tiny files compress arbitrarily well.
const RATIO_GRACE: u64 = 1 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveKind {
    Zip,
    Tar(Compression),
}

impl ArchiveKind {
    pub fn label(self) -> &'static str {
        match self {
            ArchiveKind::Zip => "zip",
            ArchiveKind::Tar(Compression::None) => "tar",
            ArchiveKind::Tar(Compression::Gzip) => "tar+gzip",
            ArchiveKind::Tar(Compression::Zstd) => "tar+zstd",
        }
    }

    /// Zip archives are read by their central directory, at the end: they need seeking.
    pub fn needs_seek(self) -> bool {
        self == ArchiveKind::Zip
    }
}

/// Zip-based document formats read by their own decoder (or not at all), never as archives.
const ZIP_DOCUMENTS: &[&str] = &["xlsx", "xlsm", "xlsb", "ods", "docx", "pptx", "odt", "odp", "jar", "war", "apk", "epub"];

/// The archive kind of a unit, from its name (`.zip`, `.tar`, `.tgz`, `.tar.gz`, `.tar.zst`)
/// or, for names that say nothing, its first bytes (`head` may be empty when unknown).
pub fn archive_kind(name: &str, head: &[u8]) -> Option<ArchiveKind> {
    let lower = name.to_ascii_lowercase();
    let (inner, compression) = split_compression(&lower);
    let ext = inner.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if compression == Compression::None {
        if ext == "zip" {
            return Some(ArchiveKind::Zip);
        }
        if lower.ends_with(".tgz") {
            return Some(ArchiveKind::Tar(Compression::Gzip));
        }
        if lower.ends_with(".tzst") {
            return Some(ArchiveKind::Tar(Compression::Zstd));
        }
    }
    if ext == "tar" {
        return Some(ArchiveKind::Tar(compression));
    }
    if compression == Compression::None && !ZIP_DOCUMENTS.contains(&ext) && crate::detect_format(name, b"") == crate::Format::Text {
        if head.starts_with(b"PK\x03\x04") {
            return Some(ArchiveKind::Zip);
        }
        if head.len() >= 262 && &head[257..262] == b"ustar" {
            return Some(ArchiveKind::Tar(Compression::None));
        }
    }
    None
}

/// One listed entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The path inside the archive, as written there.
    pub path: String,
    /// Uncompressed size the archive declares (it may lie; reads are limited anyway).
    pub size: Option<u64>,
    /// RFC 3339, UTC, when the archive records it.
    pub modified: Option<String>,
}

/// The decompressed bytes of an entry, with the limits applied. A read past a limit fails, and
/// [`EntryReader::limit_hit`] says which limit, in words.
pub struct EntryReader<'a> {
    inner: &'a mut dyn Read,
    read: u64,
    compressed: Option<u64>,
    limits: &'a ArchiveLimits,
    budget: &'a Budget,
    hit: Option<String>,
}

impl<'a> EntryReader<'a> {
    pub fn limit_hit(&self) -> Option<&str> {
        self.hit.as_deref()
    }

    /// The archive's limits and budget, to walk a nested archive under the same ones.
    pub fn limits(&self) -> &'a ArchiveLimits {
        self.limits
    }

    pub fn budget(&self) -> &'a Budget {
        self.budget
    }

    fn limit(&mut self, reason: String) -> io::Error {
        let e = io::Error::other(reason.clone());
        self.hit = Some(reason);
        e
    }
}

impl Read for EntryReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.hit.is_some() {
            return Err(io::Error::other(self.hit.clone().unwrap_or_default()));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        self.budget.used.set(self.budget.used.get() + n as u64);
        if self.read > self.limits.max_entry_size {
            return Err(self.limit(format!("limit: more than {} decompressed bytes in this entry", size_text(self.limits.max_entry_size))));
        }
        if let Some(reason) = self.budget.over(self.limits) {
            return Err(self.limit(reason));
        }
        if let Some(c) = self.compressed {
            if self.read > RATIO_GRACE && self.read > c.max(1).saturating_mul(self.limits.max_ratio) {
                return Err(self.limit(format!(
                    "limit: compression ratio over {}:1 ({} compressed bytes gave more than {}; a zip bomb?)",
                    self.limits.max_ratio,
                    c,
                    size_text(self.read)
                )));
            }
        }
        Ok(n)
    }
}

/// Decompressed bytes read from one top-level archive, shared with the archives nested in it.
#[derive(Debug, Default)]
pub struct Budget {
    used: Cell<u64>,
    hit: RefCell<Option<String>>,
}

impl Budget {
    fn over(&self, limits: &ArchiveLimits) -> Option<String> {
        (self.used.get() > limits.max_total_size).then(|| {
            let reason = format!("limit: more than {} decompressed bytes in this archive", size_text(limits.max_total_size));
            *self.hit.borrow_mut() = Some(reason.clone());
            reason
        })
    }

    pub fn exhausted(&self) -> Option<String> {
        self.hit.borrow().clone()
    }
}

pub(crate) fn size_text(n: u64) -> String {
    const UNITS: [(u64, &str); 4] = [(1 << 40, "TiB"), (1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    for (unit, name) in UNITS {
        if n >= unit {
            let v = n as f64 / unit as f64;
            return if v.fract() == 0.0 { format!("{v:.0} {name}") } else { format!("{v:.1} {name}") };
        }
    }
    format!("{n} bytes")
}

/// Receives the entries of an archive in order.
pub trait EntryVisitor {
    /// `body` is the entry's bytes, or the reason it is listed but not read.
    fn entry(&mut self, entry: &Entry, body: Result<&mut EntryReader<'_>, String>);
}

/// How a walk ended (errors reading the archive itself are `Err`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walked {
    pub entries: u64,
    /// The walk stopped early (a limit), with the reason; the entries listed so far stand.
    pub stopped: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("invalid zip archive: {0}")]
    Zip(String),
    #[error("invalid tar archive: {0}")]
    Tar(String),
    #[error("{format} decompression failed: {source}")]
    Decompress { format: &'static str, source: io::Error },
}

/// `..` or an absolute path: never a faithful location inside the archive.
fn unsafe_path(path: &str) -> bool {
    let p = path.replace('\\', "/");
    p.starts_with('/') || p.split('/').any(|s| s == "..") || (p.len() > 1 && p.as_bytes()[1] == b':') || p.contains('\0')
}

fn zip_time(t: zip::DateTime) -> Option<String> {
    let month = time::Month::try_from(t.month()).ok()?;
    let date = time::Date::from_calendar_date(i32::from(t.year()), month, t.day()).ok()?;
    let dt = date.with_hms(t.hour(), t.minute(), t.second()).ok()?.assume_utc();
    dt.format(&time::format_description::well_known::Rfc3339).ok()
}

fn unix_time(secs: u64) -> Option<String> {
    let dt = time::OffsetDateTime::from_unix_timestamp(i64::try_from(secs).ok()?).ok()?;
    dt.format(&time::format_description::well_known::Rfc3339).ok()
}

fn zip_name<R: Read>(f: &zip::read::ZipFile<'_, R>) -> String {
    match f.name() {
        Ok(name) => name.into_owned(),
        Err(_) => String::from_utf8_lossy(f.name_raw()).into_owned(),
    }
}

/// Walks a zip archive through its central directory.
pub fn walk_zip<R: Read + Seek>(r: R, limits: &ArchiveLimits, budget: &Budget, visitor: &mut dyn EntryVisitor) -> Result<Walked, ArchiveError> {
    let mut zip = zip::ZipArchive::new(r).map_err(|e| ArchiveError::Zip(e.to_string()))?;
    let total = zip.len() as u64;
    let mut listed = 0u64;
    for i in 0..zip.len() {
        // Metadata first, without decompressing: what to list and whether to read it.
        let (entry, reason, compressed) = {
            let raw = zip.by_index_raw(i).map_err(|e| ArchiveError::Zip(e.to_string()))?;
            if raw.is_dir() {
                continue;
            }
            let entry = Entry { path: zip_name(&raw), size: Some(raw.size()), modified: raw.last_modified().and_then(zip_time) };
            let reason = if unsafe_path(&entry.path) {
                Some("unsafe entry path (absolute or `..`): not read".to_string())
            } else if raw.is_symlink() {
                Some("symbolic link".to_string())
            } else if raw.encrypted() {
                Some("encrypted entry".to_string())
            } else if raw.size() > limits.max_entry_size {
                Some(format!("limit: declared size {} is over the per-entry limit of {}", size_text(raw.size()), size_text(limits.max_entry_size)))
            } else {
                budget.exhausted().map(|reason| format!("not read: {reason}"))
            };
            (entry, reason, raw.compressed_size())
        };
        if listed >= limits.max_entries {
            return Ok(Walked {
                entries: listed,
                stopped: Some(format!("limit: {} entries listed, {} more not listed", limits.max_entries, total - i as u64)),
            });
        }
        listed += 1;
        match reason {
            Some(r) => visitor.entry(&entry, Err(r)),
            None => match zip.by_index(i) {
                Ok(mut file) => {
                    let mut reader = EntryReader { inner: &mut file, read: 0, compressed: Some(compressed), limits, budget, hit: None };
                    visitor.entry(&entry, Ok(&mut reader));
                }
                // A compression method or encryption this build does not read.
                Err(e) => visitor.entry(&entry, Err(format!("not readable: {e}"))),
            },
        }
    }
    Ok(Walked { entries: listed, stopped: budget.exhausted() })
}

/// Counts the compressed bytes read from below a decompressor.
struct Counting<R> {
    inner: R,
    count: std::rc::Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// The decompressed tar stream, with the ratio cap applied to everything read through it, entry
/// data the walk skips included (a 10 GB entry of zeros is stopped here).
struct Guarded<'a, R> {
    inner: R,
    compressed: std::rc::Rc<Cell<u64>>,
    read: u64,
    limits: &'a ArchiveLimits,
    budget: &'a Budget,
    hit: &'a RefCell<Option<String>>,
}

impl<R: Read> Read for Guarded<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        let c = self.compressed.get();
        if c > 0 && self.read > RATIO_GRACE && self.read > c.saturating_mul(self.limits.max_ratio) {
            let reason = format!("limit: compression ratio over {}:1 ({c} compressed bytes gave more than {}; a bomb?)", self.limits.max_ratio, size_text(self.read));
            *self.hit.borrow_mut() = Some(reason.clone());
            return Err(io::Error::other(reason));
        }
        // Entry readers count the budget; data the walk skips is bounded by the ratio cap.
        if let Some(reason) = self.budget.over(self.limits) {
            *self.hit.borrow_mut() = Some(reason.clone());
            return Err(io::Error::other(reason));
        }
        Ok(n)
    }
}

/// Walks a tar stream (bare, gzip or zstd) in order.
pub fn walk_tar(r: impl Read, compression: Compression, limits: &ArchiveLimits, budget: &Budget, visitor: &mut dyn EntryVisitor) -> Result<Walked, ArchiveError> {
    let count = std::rc::Rc::new(Cell::new(0u64));
    let counted = Counting { inner: r, count: count.clone() };
    let (decompressed, compressed_count): (Box<dyn Read>, _) = match compression {
        Compression::None => (Box::new(counted), std::rc::Rc::new(Cell::new(0))),
        Compression::Gzip => (Box::new(flate2::read::MultiGzDecoder::new(counted)), count),
        Compression::Zstd => {
            let d = zstd::stream::read::Decoder::new(counted).map_err(|e| ArchiveError::Decompress { format: "zstd", source: e })?;
            (Box::new(d), count)
        }
    };
    let hit = RefCell::new(None);
    let guarded = Guarded { inner: decompressed, compressed: compressed_count, read: 0, limits, budget, hit: &hit };
    let mut archive = tar::Archive::new(guarded);
    let stopped = |hit: &RefCell<Option<String>>, listed: u64| hit.borrow().clone().map(|reason| Walked { entries: listed, stopped: Some(reason) });
    let mut listed = 0u64;
    let entries = archive.entries().map_err(|e| ArchiveError::Tar(e.to_string()))?;
    for item in entries {
        let mut file = match item {
            Ok(f) => f,
            Err(e) => {
                if let Some(w) = stopped(&hit, listed) {
                    return Ok(w);
                }
                return Err(tar_error(compression, e));
            }
        };
        let header = file.header();
        let kind = header.entry_type();
        if kind.is_dir() || kind.is_pax_global_extensions() || kind.is_pax_local_extensions() || kind.is_gnu_longname() || kind.is_gnu_longlink() {
            continue;
        }
        if listed >= limits.max_entries {
            return Ok(Walked { entries: listed, stopped: Some(format!("limit: {} entries listed, the rest not listed", limits.max_entries)) });
        }
        listed += 1;
        let path = String::from_utf8_lossy(&file.path_bytes()).into_owned();
        let size = header.size().ok();
        let entry = Entry { path, size, modified: header.mtime().ok().and_then(unix_time) };
        let reason = if unsafe_path(&entry.path) {
            Some("unsafe entry path (absolute or `..`): not read".to_string())
        } else if kind.is_symlink() || kind.is_hard_link() {
            Some("link".to_string())
        } else if kind.is_character_special() || kind.is_block_special() || kind.is_fifo() {
            Some("device or FIFO entry".to_string())
        } else if !kind.is_file() && !kind.is_contiguous() && !kind.is_gnu_sparse() {
            Some(format!("not a regular file (tar entry type {:?})", char::from(kind.as_byte())))
        } else if size.is_some_and(|s| s > limits.max_entry_size) {
            Some(format!("limit: declared size {} is over the per-entry limit of {}", size_text(size.unwrap_or(0)), size_text(limits.max_entry_size)))
        } else {
            None
        };
        match reason {
            Some(r) => visitor.entry(&entry, Err(r)),
            None => {
                let mut reader = EntryReader { inner: &mut file, read: 0, compressed: None, limits, budget, hit: None };
                visitor.entry(&entry, Ok(&mut reader));
            }
        }
        if let Some(w) = stopped(&hit, listed) {
            return Ok(w);
        }
        if let Some(reason) = budget.exhausted() {
            return Ok(Walked { entries: listed, stopped: Some(reason) });
        }
    }
    Ok(Walked { entries: listed, stopped: stopped(&hit, listed).and_then(|w| w.stopped) })
}

fn tar_error(compression: Compression, e: io::Error) -> ArchiveError {
    match compression {
        Compression::Gzip if e.kind() == io::ErrorKind::UnexpectedEof || e.kind() == io::ErrorKind::InvalidInput => {
            ArchiveError::Decompress { format: "gzip", source: e }
        }
        _ => ArchiveError::Tar(e.to_string()),
    }
}

/// An entry's bytes held so that they can be read by position (zip, Parquet and spreadsheets
/// need it): in memory up to [`SPOOL_IN_MEMORY`], in an anonymous temporary file beyond.
pub enum Spooled {
    Memory(bytes::Bytes),
    File(std::fs::File),
}

const SPOOL_IN_MEMORY: u64 = 32 << 20;

pub fn spool(r: &mut dyn Read) -> io::Result<Spooled> {
    let mut head = Vec::new();
    r.take(SPOOL_IN_MEMORY + 1).read_to_end(&mut head)?;
    if head.len() as u64 <= SPOOL_IN_MEMORY {
        return Ok(Spooled::Memory(bytes::Bytes::from(head)));
    }
    let mut file = tempfile::tempfile()?;
    io::Write::write_all(&mut file, &head)?;
    io::copy(r, &mut file)?;
    file.seek(io::SeekFrom::Start(0))?;
    Ok(Spooled::File(file))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn kinds_by_name_and_magic() {
        assert_eq!(archive_kind("a.zip", b""), Some(ArchiveKind::Zip));
        assert_eq!(archive_kind("a.tar.gz", b""), Some(ArchiveKind::Tar(Compression::Gzip)));
        assert_eq!(archive_kind("a.TGZ", b""), Some(ArchiveKind::Tar(Compression::Gzip)));
        assert_eq!(archive_kind("a.tar.zst", b""), Some(ArchiveKind::Tar(Compression::Zstd)));
        assert_eq!(archive_kind("a.tar", b""), Some(ArchiveKind::Tar(Compression::None)));
        assert_eq!(archive_kind("book.xlsx", b"PK\x03\x04"), None);
        assert_eq!(archive_kind("backup", b"PK\x03\x04...."), Some(ArchiveKind::Zip));
        assert_eq!(archive_kind("a.csv.gz", b""), None);
        assert_eq!(archive_kind("a.log", b"hello"), None);
    }

    #[test]
    fn unsafe_paths() {
        for p in ["../etc/passwd", "a/../../b", "/etc/shadow", "C:\\Windows\\x", "a\\..\\b"] {
            assert!(unsafe_path(p), "{p}");
        }
        for p in ["a/b.csv", "..a/b", "a/.hidden"] {
            assert!(!unsafe_path(p), "{p}");
        }
    }

    /// Per entry: its path, its bytes or why it was not read, and the limit hit while reading.
    type Collected = (String, Result<Vec<u8>, String>, Option<String>);
    struct Collect(Vec<Collected>);
    impl EntryVisitor for Collect {
        fn entry(&mut self, entry: &Entry, body: Result<&mut EntryReader<'_>, String>) {
            match body {
                Ok(r) => {
                    let mut data = Vec::new();
                    let res = r.read_to_end(&mut data);
                    let hit = r.limit_hit().map(str::to_string);
                    self.0.push((entry.path.clone(), res.map(|_| data).map_err(|e| e.to_string()), hit));
                }
                Err(reason) => self.0.push((entry.path.clone(), Err(reason), None)),
            }
        }
    }

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            w.start_file(*name, opts).expect("start");
            w.write_all(data).expect("write");
        }
        w.finish().expect("finish").into_inner()
    }

    #[test]
    fn zip_entries_and_unsafe_names() {
        let data = zip_of(&[("a/one.csv", b"email\nx@example.com\n"), ("../../evil.txt", b"nope")]);
        let mut c = Collect(Vec::new());
        let w = walk_zip(io::Cursor::new(data), &ArchiveLimits::default(), &Budget::default(), &mut c).expect("walk");
        assert_eq!(w, Walked { entries: 2, stopped: None });
        assert_eq!(c.0[0].1.as_deref().expect("read"), b"email\nx@example.com\n");
        assert!(c.0[1].1.as_ref().expect_err("skipped").contains("unsafe entry path"));
    }

    #[test]
    fn ratio_cap_stops_a_bomb() {
        let zeros = vec![0u8; 8 << 20];
        let data = zip_of(&[("zeros.bin", &zeros)]);
        let mut c = Collect(Vec::new());
        walk_zip(io::Cursor::new(data), &ArchiveLimits::default(), &Budget::default(), &mut c).expect("walk");
        assert!(c.0[0].2.as_deref().expect("limit hit").contains("compression ratio"), "{:?}", c.0[0].2);
    }

    #[test]
    fn tar_gz_stream_and_entry_limit() {
        let mut tar = tar::Builder::new(Vec::new());
        for (name, body) in [("x/a.txt", &b"hello"[..]), ("x/b.txt", &b"world!"[..])] {
            let mut h = tar::Header::new_gnu();
            h.set_size(body.len() as u64);
            h.set_mode(0o644);
            h.set_cksum();
            tar.append_data(&mut h, name, body).expect("append");
        }
        let tar = tar.into_inner().expect("tar");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&tar).expect("gz");
        let gz = gz.finish().expect("gz");
        let mut c = Collect(Vec::new());
        let limits = ArchiveLimits { max_entry_size: 5, ..ArchiveLimits::default() };
        let w = walk_tar(&gz[..], Compression::Gzip, &limits, &Budget::default(), &mut c).expect("walk");
        assert_eq!(w.entries, 2);
        assert_eq!(c.0[0].1.as_deref().expect("read"), b"hello");
        assert!(c.0[1].1.as_ref().expect_err("over the limit").contains("per-entry limit"));
    }

    #[test]
    fn truncated_tar_gz_is_an_error() {
        let mut tar = tar::Builder::new(Vec::new());
        let body = vec![b'a'; 100_000];
        let mut h = tar::Header::new_gnu();
        h.set_size(body.len() as u64);
        h.set_cksum();
        tar.append_data(&mut h, "a.txt", &body[..]).expect("append");
        let tar = tar.into_inner().expect("tar");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&tar).expect("gz");
        let gz = gz.finish().expect("gz");
        let mut c = Collect(Vec::new());
        let cut = &gz[..gz.len() / 2];
        let r = walk_tar(cut, Compression::Gzip, &ArchiveLimits::default(), &Budget::default(), &mut c);
        assert!(r.is_err() || c.0.iter().any(|e| e.1.is_err()), "a cut stream must not pass silently");
    }
}
