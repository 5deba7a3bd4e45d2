//! Decoders: bytes → text blocks or (row, field, value) cells, pushed into a [`Sink`].
//!
//! Every decoder streams: memory is bounded by a block, a line cap or a Parquet batch, never by
//! the size of the input. Compression (gzip, zstd) wraps any format and keeps the line numbers of
//! the decompressed text.

pub mod archive;
mod columnar;
mod delimited;
mod encoding;
pub mod image;
pub mod json;
mod ranged;
mod spreadsheet;
mod text;

use std::io::{self, BufRead, BufReader, Read};

pub use json::json_cell;
pub use ranged::RangeRead;
pub use text::{TextBlock, DEFAULT_LINE_CAP};

/// Receives what a decoder finds. Text goes to [`Sink::text`]; structured data to
/// [`Sink::cell`], one call per non-null scalar value.
pub trait Sink {
    fn text(&mut self, block: &TextBlock<'_>);
    /// `row` is 0-based; `field` is a column name or a JSONPath (`$.a.b`, `[*]` for arrays).
    fn cell(&mut self, row: u64, field: &str, value: &str);
    /// Fields that hold personal data so far, for decoders that count them in full after a
    /// sample (`--full-count`).
    fn flagged_fields(&self) -> Vec<String> {
        Vec::new()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Delimited(u8),
    /// One JSON document (object or array), streamed.
    Json,
    /// One JSON value per line.
    Ndjson,
    Parquet,
    /// Arrow IPC file format (`ARROW1` magic; Feather v2).
    ArrowFile,
    /// Arrow IPC stream format.
    ArrowStream,
    /// Avro object container file.
    Avro,
    /// A workbook (XLSX, XLSM, XLSB, XLS, ODS).
    Spreadsheet,
    /// A photo, of which only the metadata is read.
    Image(image::ImageKind),
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Delimited(b'\t') => "tsv",
            Format::Delimited(_) => "csv",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Parquet => "parquet",
            Format::ArrowFile => "arrow",
            Format::ArrowStream => "arrow-stream",
            Format::Avro => "avro",
            Format::Spreadsheet => "spreadsheet",
            Format::Image(kind) => kind.name(),
        }
    }

    pub fn is_structured(self) -> bool {
        !matches!(self, Format::Text)
    }
}

#[derive(Debug, Clone)]
pub struct DecodeOptions {
    /// Longest line handled in one piece; longer lines are split into overlapping windows.
    pub line_cap: usize,
    /// Records per Parquet batch.
    pub batch_size: usize,
    /// Rows read from columnar files with more rows than this, spread over the file; `None`
    /// reads every row (`--full`).
    pub sample_rows: Option<u64>,
    /// After a sample, read every row of the fields flagged in it (`--full-count`).
    pub full_count: bool,
    pub archives: archive::ArchiveLimits,
}

/// Rows sampled from a large columnar file or table by default (`--sample-rows`).
pub const DEFAULT_SAMPLE_ROWS: u64 = 10_000;

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions { line_cap: DEFAULT_LINE_CAP, batch_size: 8192, sample_rows: Some(DEFAULT_SAMPLE_ROWS), full_count: false, archives: archive::ArchiveLimits::default() }
    }
}

/// What a decoder did with a unit that did not fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// Decoded; `format` names it, with its compression (`ndjson+gzip`); `sampling` says how
    /// much was read when not everything was.
    Complete { format: String, sampling: Option<piimap_model::Sampling> },
    /// Not decoded, for a reason a user can act on (`binary`, `empty`).
    Skipped { format: Option<String>, reason: String },
}

#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("read error: {0}")]
    Io(#[from] io::Error),
    #[error("{format} decompression failed: {source}")]
    Decompress { format: &'static str, source: io::Error },
    #[error("invalid CSV: {0}")]
    Csv(String),
    #[error("invalid JSON: {0}")]
    Json(String),
    #[error("invalid Parquet: {0}")]
    Parquet(String),
    #[error("invalid Arrow IPC: {0}")]
    Arrow(String),
    #[error("invalid Avro: {0}")]
    Avro(String),
    #[error("invalid spreadsheet: {0}")]
    Spreadsheet(String),
    #[error("{0}")]
    Unsupported(String),
    #[error("{0}")]
    Table(String),
}

/// The bytes of one unit: a local file (seekable, so Parquet can read its footer) or a stream.
pub enum Source<'a> {
    File(std::fs::File),
    Stream(Box<dyn Read + Send>),
    /// A borrowed stream (an archive entry).
    Reader(&'a mut dyn Read),
    /// Bytes held in memory (a spooled archive entry): seekable like a file.
    Bytes(bytes::Bytes),
    /// A remote object read by ranges where the format needs it (Parquet), as a stream otherwise.
    Ranged(std::sync::Arc<dyn RangeRead>),
    /// Rows of a database table, pushed as cells by the connector.
    Cells(Box<dyn CellSource>),
}

/// A table read by its connector: it pushes every cell it reads to the sink and says what it
/// read, or fails for that table.
pub trait CellSource: Send {
    fn pump(self: Box<Self>, sink: &mut dyn Sink) -> Result<TableRead, String>;
}

/// What a [`CellSource`] read.
#[derive(Debug, Clone)]
pub struct TableRead {
    /// `postgres table, sample of 10000 rows (TABLESAMPLE SYSTEM …)`.
    pub format: String,
    pub sampling: Option<piimap_model::Sampling>,
}

/// Largest workbook read from a stream (it must be held whole to be read).
const SPREADSHEET_STREAM_LIMIT: u64 = 256 << 20;

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];
const PARQUET_MAGIC: &[u8] = b"PAR1";
const ARROW_FILE_MAGIC: &[u8] = b"ARROW1";
/// Every message of an Arrow IPC stream starts with this continuation marker.
const ARROW_STREAM_MARKER: &[u8] = &[0xff, 0xff, 0xff, 0xff];
const AVRO_MAGIC: &[u8] = b"Obj\x01";

/// The name without a compression suffix, and the compression that suffix names.
pub fn split_compression(name: &str) -> (&str, Compression) {
    let lower = name.to_ascii_lowercase();
    for (suffix, c) in [(".gz", Compression::Gzip), (".gzip", Compression::Gzip), (".zst", Compression::Zstd), (".zstd", Compression::Zstd)] {
        if lower.ends_with(suffix) {
            return (&name[..name.len() - suffix.len()], c);
        }
    }
    (name, Compression::None)
}

/// Format from the file name (after any compression suffix), refined by the first bytes.
pub fn detect_format(name: &str, head: &[u8]) -> Format {
    if head.starts_with(PARQUET_MAGIC) {
        return Format::Parquet;
    }
    if head.starts_with(ARROW_FILE_MAGIC) {
        return Format::ArrowFile;
    }
    if head.starts_with(AVRO_MAGIC) {
        return Format::Avro;
    }
    if let Some(kind) = image::ImageKind::sniff(head) {
        return Format::Image(kind);
    }
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if let Some(kind) = image::ImageKind::by_extension(ext) {
        // A head that says something else (a text file named .jpg) wins.
        if head.is_empty() || text::looks_binary(head) {
            return Format::Image(kind);
        }
    }
    match ext {
        "arrow" | "feather" | "ipc" | "arrows" if head.starts_with(ARROW_STREAM_MARKER) => Format::ArrowStream,
        "arrow" | "feather" | "ipc" => Format::ArrowFile,
        "arrows" => Format::ArrowStream,
        "avro" => Format::Avro,
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Format::Spreadsheet,
        "csv" => Format::Delimited(delimited::sniff_delimiter(head).unwrap_or(b',')),
        "tsv" | "tab" => Format::Delimited(b'\t'),
        "json" | "geojson" => Format::Json,
        "jsonl" | "ndjson" | "ldjson" => Format::Ndjson,
        "parquet" | "pq" => Format::Parquet,
        _ => Format::Text,
    }
}

/// Decodes one unit named `name` (a path or key, used for format detection) into `sink`.
pub fn decode(source: Source<'_>, name: &str, opts: &DecodeOptions, sink: &mut dyn Sink) -> Result<Decoded, DecodeError> {
    let (inner_name, by_name) = split_compression(name);
    match source {
        Source::File(mut file) => {
            let mut head = [0u8; 12];
            let n = read_up_to(&mut file, &mut head)?;
            use std::io::Seek;
            file.seek(io::SeekFrom::Start(0))?;
            let compression = sniff_compression(&head[..n]).unwrap_or(by_name);
            if compression == Compression::None {
                match detect_format(name, &head[..n]) {
                    Format::Parquet => return columnar::decode_parquet(file, opts, sink),
                    Format::ArrowFile if head.starts_with(ARROW_FILE_MAGIC) => {
                        return columnar::decode_ipc_file(BufReader::new(file), opts, sink)
                    }
                    Format::Spreadsheet => return workbook(BufReader::new(file), name, sink),
                    Format::Image(kind) => return image::decode_image(BufReader::new(file), kind, sink),
                    _ => {}
                }
            }
            decode_stream(Box::new(file), inner_name, compression, opts, sink)
        }
        Source::Cells(table) => match table.pump(sink) {
            Ok(read) => Ok(Decoded::Complete { format: read.format, sampling: read.sampling }),
            Err(e) => Err(DecodeError::Table(e)),
        },
        Source::Ranged(object) => {
            if by_name == Compression::None {
                let cached = ranged::CachedRanges::new(object.clone());
                let mut head = [0u8; 12];
                let n = read_up_to(&mut cached.cursor(), &mut head)?;
                match detect_format(name, &head[..n]) {
                    Format::Parquet => return columnar::decode_parquet(cached, opts, sink),
                    Format::ArrowFile if head.starts_with(ARROW_FILE_MAGIC) => return columnar::decode_ipc_file(cached.cursor(), opts, sink),
                    Format::Spreadsheet => return workbook(cached.cursor(), name, sink),
                    // Only the metadata is fetched, by ranges: never the whole photo or video.
                    Format::Image(kind) => return image::decode_image(BufReader::new(cached.cursor()), kind, sink),
                    _ => {}
                }
            }
            decode(Source::Stream(object.stream_from(0)?), name, opts, sink)
        }
        Source::Stream(r) => decode_buffered(r, inner_name, by_name, opts, sink),
        Source::Reader(r) => decode_buffered(r, inner_name, by_name, opts, sink),
        Source::Bytes(b) => {
            let compression = sniff_compression(&b[..b.len().min(8)]).unwrap_or(by_name);
            if compression == Compression::None {
                match detect_format(name, &b[..b.len().min(12)]) {
                    Format::Parquet => return columnar::decode_parquet(b, opts, sink),
                    Format::ArrowFile if b.starts_with(ARROW_FILE_MAGIC) => return columnar::decode_ipc_file(io::Cursor::new(b), opts, sink),
                    Format::Spreadsheet => return workbook(io::Cursor::new(b), name, sink),
                    Format::Image(kind) => return image::decode_image(io::Cursor::new(b), kind, sink),
                    _ => {}
                }
            }
            decode_stream(Box::new(io::Cursor::new(b)), inner_name, compression, opts, sink)
        }
    }
}

fn decode_buffered<'a>(r: impl Read + 'a, inner_name: &str, by_name: Compression, opts: &DecodeOptions, sink: &mut dyn Sink) -> Result<Decoded, DecodeError> {
    let mut r = BufReader::with_capacity(64 * 1024, r);
    let head = r.fill_buf()?;
    let compression = sniff_compression(head).unwrap_or(by_name);
    decode_stream(Box::new(r), inner_name, compression, opts, sink)
}

/// Whether a unit named `name` must be read by position (footer or directory first): such
/// bytes are spooled when they arrive as a stream.
pub fn needs_seek(name: &str) -> bool {
    let (_, compression) = split_compression(name);
    compression == Compression::None && matches!(detect_format(name, b""), Format::Parquet | Format::ArrowFile | Format::Spreadsheet | Format::Image(_))
}

/// A seekable reader over a remote object, through a block cache.
pub fn ranged_reader(object: std::sync::Arc<dyn RangeRead>) -> impl Read + io::Seek {
    ranged::CachedRanges::new(object).cursor()
}

fn workbook(data: impl Read + io::Seek, name: &str, sink: &mut dyn Sink) -> Result<Decoded, DecodeError> {
    spreadsheet::decode_workbook(data, name, sink).map(|format| Decoded::Complete { format, sampling: None })
}

fn sniff_compression(head: &[u8]) -> Option<Compression> {
    if head.starts_with(GZIP_MAGIC) {
        Some(Compression::Gzip)
    } else if head.starts_with(ZSTD_MAGIC) {
        Some(Compression::Zstd)
    } else if head.len() >= 2 {
        Some(Compression::None)
    } else {
        None
    }
}

fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Wraps a decompressor so that its errors are reported as decompression errors.
struct Decompressing<R> {
    inner: R,
    format: &'static str,
}

impl<R: Read> Read for Decompressing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).map_err(|e| io::Error::other(CompressionFailure { format: self.format, source: e }))
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{format}: {source}")]
struct CompressionFailure {
    format: &'static str,
    source: io::Error,
}

/// Turns an I/O error raised inside a decompressor back into [`DecodeError::Decompress`].
pub(crate) fn classify_io(e: io::Error) -> DecodeError {
    if e.get_ref().is_some_and(|inner| inner.is::<CompressionFailure>()) {
        let kind = e.kind();
        let inner = e.into_inner().expect("checked above");
        let failure = inner.downcast::<CompressionFailure>().expect("checked above");
        let source = if failure.source.kind() == io::ErrorKind::UnexpectedEof || kind == io::ErrorKind::UnexpectedEof {
            io::Error::new(io::ErrorKind::UnexpectedEof, "truncated stream (unexpected end of compressed data)")
        } else {
            failure.source
        };
        return DecodeError::Decompress { format: failure.format, source };
    }
    DecodeError::Io(e)
}

/// Bytes at the start of a stream that format, encoding and dialect sniffing see.
const HEAD_BYTES: usize = 64 * 1024;

/// The same stream, with its first [`HEAD_BYTES`] (or all of it, when shorter) in the buffer of
/// the first `fill_buf`: decompressors and transcoders hand out their first bytes in small
/// pieces (encoding_rs_io gives the three bytes it peeked for a byte order mark first), and a
/// delimiter sniffed on three bytes is none.
fn with_full_head<'a>(mut reader: BufReader<Box<dyn Read + 'a>>) -> io::Result<BufReader<Box<dyn Read + 'a>>> {
    let have = reader.fill_buf()?.len();
    if have >= HEAD_BYTES || have == 0 {
        return Ok(reader);
    }
    let mut head = Vec::with_capacity(HEAD_BYTES);
    (&mut reader).take(HEAD_BYTES as u64).read_to_end(&mut head)?;
    Ok(BufReader::with_capacity(256 * 1024, Box::new(io::Cursor::new(head).chain(reader))))
}

fn decode_stream<'a>(
    raw: Box<dyn Read + 'a>,
    name: &str,
    compression: Compression,
    opts: &DecodeOptions,
    sink: &mut dyn Sink,
) -> Result<Decoded, DecodeError> {
    let (reader, suffix): (Box<dyn Read + 'a>, &str) = match compression {
        Compression::None => (raw, ""),
        Compression::Gzip => (
            Box::new(Decompressing { inner: flate2::read::MultiGzDecoder::new(raw), format: "gzip" }),
            "+gzip",
        ),
        Compression::Zstd => {
            let d = zstd::stream::read::Decoder::new(raw).map_err(|e| DecodeError::Decompress { format: "zstd", source: e })?;
            (Box::new(Decompressing { inner: d, format: "zstd" }), "+zstd")
        }
    };
    let mut reader = with_full_head(BufReader::with_capacity(256 * 1024, reader)).map_err(classify_io)?;
    let head = reader.fill_buf().map_err(classify_io)?;
    if head.is_empty() {
        return Ok(Decoded::Skipped { format: None, reason: "empty".into() });
    }
    let mut charset = String::new();
    // Binary columnar formats are never transcoded (their bytes could pass for UTF-16).
    let head_is_binary_format =
        [PARQUET_MAGIC, ARROW_FILE_MAGIC, AVRO_MAGIC, ARROW_STREAM_MARKER].iter().any(|m| head.starts_with(m)) || image::ImageKind::sniff(head).is_some();
    if !head_is_binary_format {
        if let Some(enc) = encoding::sniff(head) {
            charset = format!("+{}", encoding::label(enc));
            let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new().encoding(Some(enc)).build(reader);
            reader = with_full_head(BufReader::with_capacity(256 * 1024, Box::new(decoded))).map_err(classify_io)?;
        }
    }
    let head = reader.fill_buf().map_err(classify_io)?;
    let format = detect_format(name, head);
    let label = format!("{}{charset}{suffix}", format.name());
    let binary_format = matches!(format, Format::Parquet | Format::ArrowFile | Format::ArrowStream | Format::Avro | Format::Spreadsheet | Format::Image(_));
    if !binary_format && text::looks_binary(head) {
        return Ok(Decoded::Skipped { format: None, reason: "binary".into() });
    }
    match format {
        Format::Text => text::decode_text(reader, opts, sink)?,
        Format::Delimited(d) => delimited::decode_delimited(reader, d, sink)?,
        Format::Json => json::decode_document(reader, sink)?,
        Format::Ndjson => json::decode_lines(reader, opts, sink)?,
        Format::Parquet => {
            return Err(DecodeError::Unsupported(format!(
                "Parquet inside {} cannot be read as a stream (it needs its footer first)",
                suffix.trim_start_matches('+')
            )))
        }
        Format::ArrowFile => {
            // The file format holds the stream format after its 8-byte magic: read it in order.
            if reader.fill_buf().map_err(classify_io)?.starts_with(ARROW_FILE_MAGIC) {
                reader.consume(8);
            }
            columnar::decode_ipc_stream(reader, sink)?
        }
        Format::ArrowStream => columnar::decode_ipc_stream(reader, sink)?,
        Format::Avro => columnar::decode_avro(reader, opts, sink)?,
        Format::Spreadsheet => {
            // Workbooks are zip or compound files read by directory: held in memory when they
            // arrive as a stream (inside an archive or a compressed file), up to a limit.
            let mut data = Vec::new();
            reader.take(SPREADSHEET_STREAM_LIMIT + 1).read_to_end(&mut data).map_err(classify_io)?;
            if data.len() as u64 > SPREADSHEET_STREAM_LIMIT {
                return Ok(Decoded::Skipped {
                    format: Some(label),
                    reason: format!("spreadsheet inside a stream larger than {} MiB", SPREADSHEET_STREAM_LIMIT >> 20),
                });
            }
            let format = spreadsheet::decode_workbook(io::Cursor::new(data), name, sink)?;
            return Ok(Decoded::Complete { format: format!("{format}{suffix}"), sampling: None });
        }
        Format::Image(kind) => {
            // Metadata may sit anywhere in a HEIF or TIFF: held in memory when it arrives as a
            // stream, up to the same limit as a workbook.
            let mut data = Vec::new();
            reader.take(SPREADSHEET_STREAM_LIMIT + 1).read_to_end(&mut data).map_err(classify_io)?;
            if data.len() as u64 > SPREADSHEET_STREAM_LIMIT {
                return Ok(Decoded::Skipped { format: Some(label), reason: format!("image inside a stream larger than {} MiB", SPREADSHEET_STREAM_LIMIT >> 20) });
            }
            return image::decode_image(io::Cursor::new(data), kind, sink);
        }
    }
    Ok(Decoded::Complete { format: label, sampling: None })
}

/// A sink that keeps every cell, for decoder tests.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::{Sink, TextBlock};

    #[derive(Default)]
    pub(crate) struct Cells(pub Vec<(u64, String, String)>);

    impl Sink for Cells {
        fn text(&mut self, _: &TextBlock<'_>) {}
        fn cell(&mut self, row: u64, field: &str, value: &str) {
            self.0.push((row, field.into(), value.into()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compression_suffixes() {
        assert_eq!(split_compression("a.log.gz"), ("a.log", Compression::Gzip));
        assert_eq!(split_compression("a.csv.ZST"), ("a.csv", Compression::Zstd));
        assert_eq!(split_compression("a.csv"), ("a.csv", Compression::None));
    }

    #[test]
    fn formats_by_name_and_magic() {
        assert_eq!(detect_format("x.jsonl", b"{"), Format::Ndjson);
        assert_eq!(detect_format("x.bin", b"PAR1...."), Format::Parquet);
        assert_eq!(detect_format("x.tsv", b"a\tb"), Format::Delimited(b'\t'));
        assert_eq!(detect_format("x.csv", b"a;b;c\n1;2;3\n"), Format::Delimited(b';'));
        assert_eq!(detect_format("README", b"hello"), Format::Text);
    }

    /// A German CRM export as Excel writes it on Windows: Windows-1252, semicolons, CRLF. The
    /// transcoder hands out its first bytes in small pieces; the dialect must still be sniffed
    /// on a real head, so that the header row names every column.
    #[test]
    fn windows_1252_semicolon_csv_is_split_into_columns() {
        let text = "Kundennr;Nachname;Vorname;E-Mail;Telefon;Straße;Ort;PLZ\r\n\
            DE29213290;Niemeier;Wally;niemeier.wally@outlook.com;0221 5030689;Aufgang B, Schillerstraße 164;Leipzig;04677\r\n\
            DE69578464;Neuschäfer;Bernhard;;0049 89 363 932 79;Meryem-Atzler-Allee 34;Köln;50710\r\n";
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&bytes).is_err(), "really Windows-1252, not UTF-8");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gz, &bytes).expect("gzip");
        let gzipped = gz.finish().expect("gzip");
        for (name, data, format) in [("kunden.csv", bytes.to_vec(), "csv+windows_1252"), ("kunden.csv.gz", gzipped, "csv+windows_1252+gzip")] {
            let mut cells = test_support::Cells::default();
            let decoded = decode(Source::Bytes(data.into()), name, &DecodeOptions::default(), &mut cells).expect("decodes");
            assert_eq!(decoded, Decoded::Complete { format: format.into(), sampling: None });
            let fields: std::collections::BTreeSet<&str> = cells.0.iter().map(|(_, f, _)| f.as_str()).collect();
            assert_eq!(fields, ["E-Mail", "Kundennr", "Nachname", "Ort", "PLZ", "Straße", "Telefon", "Vorname"].into_iter().collect(), "{name}");
            assert!(cells.0.contains(&(1, "Nachname".into(), "Neuschäfer".into())));
            assert!(cells.0.contains(&(0, "Straße".into(), "Aufgang B, Schillerstraße 164".into())));
            assert!(cells.0.contains(&(0, "E-Mail".into(), "niemeier.wally@outlook.com".into())));
        }
    }
}
