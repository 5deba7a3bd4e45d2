//! Connectors: enumerate the units of a data store (files, objects, tables), open them for
//! reading and say who can read them (exposure). Connectors never classify.
//!
//! Adding a connector: one module here and one arm in [`connector_for`].

pub mod db;
pub mod fs;
pub mod s3;

use piimap_model::{Exposure, LocationKind};
pub use piimap_formats::RangeRead;
use std::io::Read;

/// One thing to scan, as enumerated by a connector.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Location URI, never with credentials.
    pub uri: String,
    /// Path or key used for format detection (extension, compression suffix).
    pub name: String,
    pub kind: LocationKind,
    pub size: Option<u64>,
    /// RFC 3339, UTC.
    pub modified: Option<String>,
    pub exposure: Exposure,
    /// Enumerated but not to be read, with the reason (a FIFO, a symlink not followed...).
    pub skip: Option<String>,
    /// How the connector that listed the unit finds it again.
    pub handle: Handle,
}

/// How a connector finds a unit again to read it. Typed rather than a string: a local file name
/// need not be UTF-8 (Shift_JIS names on Japanese shares) and an object key may hold any
/// character, a newline included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handle {
    /// A local file, by the bytes of its path.
    Path(std::path::PathBuf),
    /// An object of a bucket, read at the version listed when its ETag is known.
    Object { bucket: String, key: String, etag: Option<String> },
    /// A database table, by its URI (the key of the connector's table map).
    Table(String),
}

/// A location the connector could not enumerate fully (a directory it may not list).
#[derive(Debug, Clone)]
pub struct ListFailure {
    pub uri: String,
    pub error: String,
}

/// The bytes of a unit: a local file (seekable), a stream, or a remote object that can also be
/// read by byte ranges (so that Parquet is read footer first, only the column chunks needed).
pub enum Body {
    File(std::fs::File),
    Stream(Box<dyn Read + Send>),
    Ranged(std::sync::Arc<dyn RangeRead>),
    /// A table whose rows the connector reads and pushes as cells.
    Table(Box<dyn piimap_formats::CellSource>),
}

/// A store that holds the units (a bucket, a database), reported as its own location with the
/// store's exposure; its members are the units whose URI starts with `uri`.
#[derive(Debug, Clone)]
pub struct Store {
    pub uri: String,
    pub kind: LocationKind,
    pub exposure: Exposure,
    /// The store could not be listed or assessed completely.
    pub error: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("{target}: no such file or directory")]
    NotFound { target: String },
    #[error("{target}: {source}")]
    Io { target: String, source: std::io::Error },
    #[error("unsupported location scheme {scheme:?} in {target} (this build reads local paths, file://, s3://, postgres://, mysql:// and sqlite:// URIs)")]
    UnsupportedScheme { scheme: String, target: String },
    #[error("{target}: {message}")]
    Config { target: String, message: String },
    #[error("invalid pattern {pattern:?}: {message}")]
    Pattern { pattern: String, message: String },
}

#[derive(Debug, thiserror::Error)]
#[error("{uri}: {source}")]
pub struct OpenError {
    pub uri: String,
    pub source: std::io::Error,
}

/// A data store that can be enumerated and read.
pub trait Connector: Send + Sync {
    /// Pushes every unit (or listing failure) to `out`, in a stable order.
    fn enumerate(&self, out: &mut dyn FnMut(Result<Unit, ListFailure>));
    fn open(&self, unit: &Unit) -> Result<Body, OpenError>;
    /// The stores seen while enumerating (after `enumerate` returned).
    fn stores(&self) -> Vec<Store> {
        Vec::new()
    }
    /// Units worth reading at once: remote stores are bound by latency, not by cores.
    fn io_parallelism(&self) -> usize {
        1
    }
}

/// Options that apply to every connector that walks a tree, and the options of each connector.
#[derive(Debug, Clone, Default)]
pub struct SelectOptions {
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    pub follow_symlinks: bool,
    /// Larger units are listed and skipped with the reason.
    pub max_object_size: Option<u64>,
    pub s3: s3::S3Options,
    pub db: db::DbOptions,
}

/// The URI scheme of a target; plain paths are `file`.
/// The path part of a location URI from the raw bytes of a file path or object key. Names that
/// are UTF-8 without control characters are kept as they are (the common case, readable in a
/// report). Otherwise `%`, control characters (a newline in an S3 key, which would split a
/// text report's line) and, when the name is not UTF-8 (a Shift_JIS file name), its non-ASCII
/// bytes are percent-encoded: decoding them as far as they happen to be valid UTF-8 would show
/// Arabic letters for half a Japanese name, and replacing them would make two names one URI.
pub fn uri_path(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    let utf8 = std::str::from_utf8(bytes).ok();
    if let Some(s) = utf8 {
        if !s.chars().any(char::is_control) {
            return std::borrow::Cow::Borrowed(s);
        }
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    let encode = |b: u8, out: &mut String| out.push_str(&format!("%{b:02X}"));
    match utf8 {
        Some(s) => {
            for c in s.chars() {
                if c == '%' || c.is_control() {
                    let mut buf = [0u8; 4];
                    for &b in c.encode_utf8(&mut buf).as_bytes() {
                        encode(b, &mut out);
                    }
                } else {
                    out.push(c);
                }
            }
        }
        None => {
            for &b in bytes {
                if b.is_ascii() && b != b'%' && !b.is_ascii_control() {
                    out.push(char::from(b));
                } else {
                    encode(b, &mut out);
                }
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

pub fn scheme_of(target: &str) -> &str {
    match target.split_once("://") {
        Some((scheme, _)) if !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || c == '+') => scheme,
        _ => "file",
    }
}

/// Maps a target (path or URI) to its connector. An unknown scheme is an error, never a fallback.
pub fn connector_for(target: &str, select: &SelectOptions) -> Result<Box<dyn Connector>, ConnectError> {
    match scheme_of(target) {
        "file" => Ok(Box::new(fs::FsConnector::new(target, select)?)),
        "s3" => Ok(Box::new(s3::S3Connector::new(target, select)?)),
        "postgres" | "postgresql" | "mysql" | "mariadb" | "sqlite" => Ok(Box::new(db::DbConnector::new(target, select)?)),
        other => Err(ConnectError::UnsupportedScheme { scheme: other.to_string(), target: target.to_string() }),
    }
}

pub(crate) fn rfc3339(t: std::time::SystemTime) -> Option<String> {
    time::OffsetDateTime::from(t).format(&time::format_description::well_known::Rfc3339).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes() {
        assert_eq!(scheme_of("/data/x"), "file");
        assert_eq!(scheme_of("file:///data/x"), "file");
        assert_eq!(scheme_of("s3://bucket/key"), "s3");
        assert_eq!(scheme_of("C:/x"), "file");
    }

    #[test]
    fn uri_paths_encode_only_what_is_not_plain_text() {
        // An S3 key may hold any UTF-8, newlines included; the URI stays on one line and the
        // reader keeps the raw key in its typed handle.
        assert_eq!(uri_path(b"exports/line1\nline2.csv"), "exports/line1%0Aline2.csv");
        assert_eq!(uri_path("顧客/tab\there 50%.csv".as_bytes()), "顧客/tab%09here 50%25.csv");
        assert!(matches!(uri_path(b"plain/100%/key.csv"), std::borrow::Cow::Borrowed("plain/100%/key.csv")));
        assert_eq!(uri_path(b"sjis/\x8c\xda\x8bq\r.txt"), "sjis/%8C%DA%8Bq%0D.txt");
    }

    #[test]
    fn unknown_scheme_is_an_error() {
        let err = connector_for("ftp://host/x", &SelectOptions::default()).err().expect("error");
        assert!(matches!(err, ConnectError::UnsupportedScheme { .. }));
    }
}
