//! Columnar formats (Parquet, Arrow IPC, Avro), read batch by batch as Arrow record batches so
//! memory is bounded by a batch, with columns as fields: `a.b` for struct children, `[*]` for
//! list elements, `m.key` for map entries with simple string keys (`m[*].key` holds the keys).
//!
//! Files with more rows than the sample size are sampled: windows of rows spread evenly over the
//! whole file (Parquet: only the row groups and pages holding them are read; Arrow IPC files:
//! batches spread over the file), never the first N rows. Binary columns are not fetched.

use crate::{DecodeError, DecodeOptions, Decoded, Sink};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_cast::display::{ArrayFormatter, FormatOptions};
use arrow_schema::{ArrowError, DataType};
use parquet::arrow::arrow_reader::{ArrowReaderOptions, ParquetRecordBatchReaderBuilder, RowSelection, RowSelector};
use parquet::arrow::ProjectionMask;
use parquet::basic::{ConvertedType, LogicalType, Type as PhysicalType};
use parquet::file::metadata::PageIndexPolicy;
use piimap_model::Sampling;
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// Windows of rows a sample is drawn from, spread evenly over a file.
const SAMPLE_WINDOWS: u64 = 16;
/// Distinct keys of one map column reported as their own fields; further keys go to
/// `m[*].value` so that a map keyed by user data cannot create unbounded fields.
const MAP_KEY_FIELDS: usize = 64;

/// The file row of each row of a batch.
#[derive(Debug, Clone, Copy)]
enum Rows<'a> {
    /// Rows `base`, `base + 1`, ...
    From(u64),
    /// Every element belongs to one row (list and map elements).
    All(u64),
    /// Sampled rows: the file row of each batch row.
    Listed(&'a [u64]),
}

impl Rows<'_> {
    fn get(self, i: usize) -> u64 {
        match self {
            Rows::From(base) => base + i as u64,
            Rows::All(row) => row,
            Rows::Listed(rows) => rows[i],
        }
    }
}

/// State kept across batches.
#[derive(Default)]
struct Emitter {
    text: String,
    /// Per map column, the keys given their own field.
    map_keys: HashMap<String, HashSet<String>>,
}

fn parquet_error(e: impl std::fmt::Display) -> DecodeError {
    DecodeError::Parquet(e.to_string())
}

/// Rows to read from a file of `total` rows: `SAMPLE_WINDOWS` windows of `sample / windows`
/// rows, centred on evenly spaced points. Sorted, disjoint `(start, len)` pairs.
fn sample_windows(total: u64, sample: u64) -> Vec<(u64, u64)> {
    let windows = SAMPLE_WINDOWS.min(sample).max(1);
    let mut out: Vec<(u64, u64)> = Vec::new();
    for i in 0..windows {
        // The remainder goes to the first windows, so that the sample has exactly `sample` rows.
        let len = (sample / windows + u64::from(i < sample % windows)).min(total);
        let centre = (2 * i + 1) * total / (2 * windows);
        let start = centre.saturating_sub(len / 2).min(total - len);
        match out.last_mut() {
            Some((s, l)) if *s + *l >= start => *l = (start + len).max(*s + *l) - *s,
            _ => out.push((start, len)),
        }
    }
    out
}

/// Leaves of the Parquet schema worth reading: everything but raw binary.
fn readable_leaves(schema: &parquet::schema::types::SchemaDescriptor) -> Vec<usize> {
    (0..schema.num_columns())
        .filter(|&i| {
            let c = schema.column(i);
            let textual = matches!(c.logical_type_ref(), Some(LogicalType::String | LogicalType::Json | LogicalType::Enum | LogicalType::Uuid))
                || matches!(c.converted_type(), ConvertedType::UTF8 | ConvertedType::JSON | ConvertedType::ENUM);
            match c.physical_type() {
                PhysicalType::BYTE_ARRAY => textual,
                PhysicalType::FIXED_LEN_BYTE_ARRAY => textual || c.converted_type() == ConvertedType::DECIMAL || matches!(c.logical_type_ref(), Some(LogicalType::Decimal { .. })),
                _ => true,
            }
        })
        .collect()
}

/// Parquet inputs that can be opened a second time (to count flagged columns in full).
pub(crate) trait Reopen: parquet::file::reader::ChunkReader + Sized + 'static {
    fn reopen(&self) -> std::io::Result<Self>;
}

impl Reopen for std::fs::File {
    fn reopen(&self) -> std::io::Result<Self> {
        self.try_clone()
    }
}

impl Reopen for bytes::Bytes {
    fn reopen(&self) -> std::io::Result<Self> {
        Ok(self.clone())
    }
}

impl Reopen for crate::ranged::CachedRanges {
    fn reopen(&self) -> std::io::Result<Self> {
        Ok(self.clone())
    }
}

/// Passes on only the cells of some fields.
struct OnlyFields<'a> {
    inner: &'a mut dyn Sink,
    fields: &'a HashSet<String>,
}

impl Sink for OnlyFields<'_> {
    fn text(&mut self, _: &crate::TextBlock<'_>) {}
    fn cell(&mut self, row: u64, field: &str, value: &str) {
        if self.fields.contains(field) {
            self.inner.cell(row, field, value);
        }
    }
}

/// The top-level column a field lives in (`contact.email` → `contact`).
fn root_name(field: &str) -> &str {
    field.split(['.', '[']).next().unwrap_or(field)
}

pub(crate) fn decode_parquet<R: Reopen>(file: R, opts: &DecodeOptions, sink: &mut dyn Sink) -> Result<Decoded, DecodeError> {
    let again = if opts.full_count { Some(file.reopen()?) } else { None };
    let options = ArrowReaderOptions::new().with_offset_index_policy(PageIndexPolicy::Optional);
    let builder = ParquetRecordBatchReaderBuilder::try_new_with_options(file, options.clone()).map_err(parquet_error)?;
    let metadata = builder.metadata().clone();
    let schema = metadata.file_metadata().schema_descr();
    let leaves = readable_leaves(schema);
    let skipped_leaves = schema.num_columns() - leaves.len();
    let mut builder = builder.with_batch_size(opts.batch_size).with_projection(ProjectionMask::leaves(schema, leaves.iter().copied()));
    let total: u64 = metadata.row_groups().iter().map(|g| g.num_rows().max(0) as u64).sum();
    // File rows of the rows the reader returns, in order, when sampling.
    let mut listed: Vec<(u64, u64)> = Vec::new();
    let mut sampling = None;
    if let Some(sample) = opts.sample_rows.filter(|&n| total > n) {
        let windows = sample_windows(total, sample);
        let mut groups = Vec::new();
        let mut selectors = Vec::new();
        let mut group_start = 0u64;
        for (g, meta) in metadata.row_groups().iter().enumerate() {
            let group_rows = meta.num_rows().max(0) as u64;
            let group_end = group_start + group_rows;
            let mut pos = group_start;
            let mut any = false;
            for &(s, l) in &windows {
                let (from, to) = (s.max(group_start), (s + l).min(group_end));
                if from >= to {
                    continue;
                }
                any = true;
                if from > pos {
                    selectors.push(RowSelector::skip((from - pos) as usize));
                }
                selectors.push(RowSelector::select((to - from) as usize));
                listed.push((from, to - from));
                pos = to;
            }
            if any {
                if group_end > pos {
                    selectors.push(RowSelector::skip((group_end - pos) as usize));
                }
                groups.push(g);
            }
            group_start = group_end;
        }
        let rows_read = listed.iter().map(|(_, l)| l).sum();
        sampling = Some(Sampling {
            rows_read,
            rows_total: Some(total),
            method: format!(
                "{} windows spread over the file, in {} of {} row groups",
                windows.len(),
                groups.len(),
                metadata.num_row_groups()
            ),
            counted_in_full: Vec::new(),
        });
        builder = builder.with_row_groups(groups).with_row_selection(RowSelection::from(selectors));
    }
    let reader = builder.build().map_err(parquet_error)?;
    let mut emitter = Emitter::default();
    let mut next_row = 0u64;
    let mut rows_buf: Vec<u64> = Vec::new();
    let mut windows = listed.iter().flat_map(|&(s, l)| s..s + l);
    for batch in reader {
        let batch = batch.map_err(parquet_error)?;
        let rows = if sampling.is_some() {
            rows_buf.clear();
            rows_buf.extend(windows.by_ref().take(batch.num_rows()));
            Rows::Listed(&rows_buf)
        } else {
            Rows::From(next_row)
        };
        emit_batch(&batch, rows, sink, &mut emitter).map_err(parquet_error)?;
        next_row += batch.num_rows() as u64;
    }
    if let (Some(again), Some(sampling)) = (again, sampling.as_mut()) {
        count_flagged_in_full(again, options, opts, &metadata, &leaves, &listed, total, sampling, sink)?;
    }
    let mut format = "parquet".to_string();
    if skipped_leaves > 0 {
        format.push_str(&format!(" ({skipped_leaves} binary column(s) not read)"));
    }
    Ok(Decoded::Complete { format, sampling })
}

/// The second pass of `--full-count`: the rows the sample left out, of the columns holding the
/// fields flagged in it, passed on for those fields only, so their counts cover every row.
#[allow(clippy::too_many_arguments)]
fn count_flagged_in_full<R: Reopen>(
    input: R,
    options: ArrowReaderOptions,
    opts: &DecodeOptions,
    metadata: &parquet::file::metadata::ParquetMetaData,
    leaves: &[usize],
    sampled: &[(u64, u64)],
    total: u64,
    sampling: &mut Sampling,
    sink: &mut dyn Sink,
) -> Result<(), DecodeError> {
    let flagged: HashSet<String> = sink.flagged_fields().into_iter().collect();
    if flagged.is_empty() {
        return Ok(());
    }
    let schema = metadata.file_metadata().schema_descr();
    let roots: HashSet<&str> = flagged.iter().map(|f| root_name(f)).collect();
    let wanted: Vec<usize> = leaves.iter().copied().filter(|&l| roots.contains(schema.get_column_root(l).name())).collect();
    // Everything but the sampled windows, which the sink has seen already.
    let mut rest: Vec<(u64, u64)> = Vec::new();
    let mut selectors = Vec::new();
    let mut pos = 0;
    for &(s, l) in sampled {
        if s > pos {
            selectors.push(RowSelector::select((s - pos) as usize));
            rest.push((pos, s - pos));
        }
        selectors.push(RowSelector::skip(l as usize));
        pos = s + l;
    }
    if total > pos {
        selectors.push(RowSelector::select((total - pos) as usize));
        rest.push((pos, total - pos));
    }
    let reader = ParquetRecordBatchReaderBuilder::try_new_with_options(input, options)
        .map_err(parquet_error)?
        .with_batch_size(opts.batch_size)
        .with_projection(ProjectionMask::leaves(schema, wanted))
        .with_row_selection(RowSelection::from(selectors))
        .build()
        .map_err(parquet_error)?;
    let mut rows = rest.iter().flat_map(|&(s, l)| s..s + l);
    let mut rows_buf = Vec::new();
    let mut emitter = Emitter::default();
    let mut only = OnlyFields { inner: sink, fields: &flagged };
    for batch in reader {
        let batch = batch.map_err(parquet_error)?;
        rows_buf.clear();
        rows_buf.extend(rows.by_ref().take(batch.num_rows()));
        emit_batch(&batch, Rows::Listed(&rows_buf), &mut only, &mut emitter).map_err(parquet_error)?;
    }
    let mut counted: Vec<String> = flagged.into_iter().collect();
    counted.sort();
    sampling.method.push_str("; the fields flagged in the sample were then counted in every row");
    sampling.counted_in_full = counted;
    Ok(())
}

/// Arrow IPC file format (`ARROW1`, Feather v2): batches spread over the file when sampling.
pub(crate) fn decode_ipc_file<R: std::io::Read + std::io::Seek>(file: R, opts: &DecodeOptions, sink: &mut dyn Sink) -> Result<Decoded, DecodeError> {
    let err = |e: ArrowError| DecodeError::Arrow(e.to_string());
    let mut reader = arrow_ipc::reader::FileReader::try_new_buffered(file, None).map_err(err)?;
    let batches = reader.num_batches();
    let mut emitter = Emitter::default();
    // Batch sizes are only known once read: sample by taking evenly spaced batches until the
    // sample is full.
    let order: Vec<usize> = match opts.sample_rows {
        Some(_) if batches > 1 => {
            let step = |k: usize| k * batches / batches.min(SAMPLE_WINDOWS as usize);
            let mut o: Vec<usize> = (0..batches.min(SAMPLE_WINDOWS as usize)).map(step).collect();
            o.dedup();
            o
        }
        _ => (0..batches).collect(),
    };
    // Row numbers need every earlier batch's length; without reading them we number rows within
    // the batches read, in order.
    let mut row = 0u64;
    let mut read_rows = 0u64;
    let mut read_batches = 0usize;
    for (k, index) in order.iter().enumerate() {
        if opts.sample_rows.is_some_and(|n| read_rows >= n) && k > 0 {
            break;
        }
        reader.set_index(*index).map_err(err)?;
        let Some(batch) = reader.next() else { break };
        let batch = batch.map_err(err)?;
        emit_batch(&batch, Rows::From(row), sink, &mut emitter).map_err(err)?;
        row += batch.num_rows() as u64;
        read_rows += batch.num_rows() as u64;
        read_batches += 1;
    }
    let sampling = (read_batches < batches).then(|| Sampling {
        rows_read: read_rows,
        rows_total: None,
        method: format!("{read_batches} of {batches} record batches, spread over the file"),
        counted_in_full: Vec::new(),
    });
    Ok(Decoded::Complete { format: "arrow".into(), sampling })
}

/// Arrow IPC stream format: read in order.
pub(crate) fn decode_ipc_stream(r: impl std::io::Read, sink: &mut dyn Sink) -> Result<(), DecodeError> {
    let err = |e: ArrowError| DecodeError::Arrow(e.to_string());
    let reader = arrow_ipc::reader::StreamReader::try_new_buffered(r, None).map_err(err)?;
    emit_all(reader, sink, err)
}

/// Avro object container files, block by block.
pub(crate) fn decode_avro(r: impl std::io::BufRead, opts: &DecodeOptions, sink: &mut dyn Sink) -> Result<(), DecodeError> {
    let err = |e: ArrowError| DecodeError::Avro(e.to_string());
    let reader = arrow_avro::reader::ReaderBuilder::new().with_batch_size(opts.batch_size).build(r).map_err(err)?;
    emit_all(reader, sink, err)
}

fn emit_all(
    batches: impl Iterator<Item = Result<RecordBatch, ArrowError>>,
    sink: &mut dyn Sink,
    err: impl Fn(ArrowError) -> DecodeError,
) -> Result<(), DecodeError> {
    let mut emitter = Emitter::default();
    let mut row = 0u64;
    for batch in batches {
        let batch = batch.map_err(&err)?;
        emit_batch(&batch, Rows::From(row), sink, &mut emitter).map_err(&err)?;
        row += batch.num_rows() as u64;
    }
    Ok(())
}

fn emit_batch(batch: &RecordBatch, rows: Rows<'_>, sink: &mut dyn Sink, emitter: &mut Emitter) -> Result<(), ArrowError> {
    let schema = batch.schema();
    for (field, column) in schema.fields().iter().zip(batch.columns()) {
        emit_array(column, field.name(), rows, sink, emitter)?;
    }
    Ok(())
}

fn emit_array(array: &ArrayRef, path: &str, rows: Rows<'_>, sink: &mut dyn Sink, em: &mut Emitter) -> Result<(), ArrowError> {
    let valid = (0..array.len()).filter(|&i| array.is_valid(i));
    match array.data_type() {
        DataType::Utf8 => {
            let a = array.as_string::<i32>();
            valid.for_each(|i| sink.cell(rows.get(i), path, a.value(i)));
        }
        DataType::LargeUtf8 => {
            let a = array.as_string::<i64>();
            valid.for_each(|i| sink.cell(rows.get(i), path, a.value(i)));
        }
        DataType::Utf8View => {
            let a = array.as_string_view();
            valid.for_each(|i| sink.cell(rows.get(i), path, a.value(i)));
        }
        DataType::Binary | DataType::LargeBinary | DataType::BinaryView | DataType::FixedSizeBinary(_) | DataType::Null => {}
        DataType::Boolean => {}
        DataType::Struct(fields) => {
            let s = array.as_struct();
            for (f, child) in fields.iter().zip(s.columns()) {
                emit_array(child, &format!("{path}.{}", f.name()), rows, sink, em)?;
            }
        }
        DataType::List(_) => {
            let l = array.as_list::<i32>();
            let p = format!("{path}[*]");
            for i in valid {
                emit_array(&l.value(i), &p, Rows::All(rows.get(i)), sink, em)?;
            }
        }
        DataType::LargeList(_) => {
            let l = array.as_list::<i64>();
            let p = format!("{path}[*]");
            for i in valid {
                emit_array(&l.value(i), &p, Rows::All(rows.get(i)), sink, em)?;
            }
        }
        DataType::FixedSizeList(_, _) => {
            let l = array.as_fixed_size_list();
            let p = format!("{path}[*]");
            for i in valid {
                emit_array(&l.value(i), &p, Rows::All(rows.get(i)), sink, em)?;
            }
        }
        DataType::Map(_, _) => emit_map(array, path, rows, sink, em)?,
        // Integers and floats are written straight into a buffer: `core::fmt` through the generic
        // formatter was a third of the column path on numeric columns. Casts are lossless (signed
        // to i64, unsigned to u64).
        DataType::Int8 | DataType::Int16 | DataType::Int32 | DataType::Int64 => {
            let wide = arrow_cast::cast(array.as_ref(), &DataType::Int64)?;
            let a = wide.as_primitive::<arrow_array::types::Int64Type>();
            let mut buf = itoa::Buffer::new();
            valid.for_each(|i| sink.cell(rows.get(i), path, buf.format(a.value(i))));
        }
        DataType::UInt8 | DataType::UInt16 | DataType::UInt32 | DataType::UInt64 => {
            let wide = arrow_cast::cast(array.as_ref(), &DataType::UInt64)?;
            let a = wide.as_primitive::<arrow_array::types::UInt64Type>();
            let mut buf = itoa::Buffer::new();
            valid.for_each(|i| sink.cell(rows.get(i), path, buf.format(a.value(i))));
        }
        DataType::Float64 => {
            let a = array.as_primitive::<arrow_array::types::Float64Type>();
            emit_floats(valid.map(|i| (i, a.value(i))), path, rows, sink);
        }
        DataType::Float32 => {
            let a = array.as_primitive::<arrow_array::types::Float32Type>();
            emit_floats(valid.map(|i| (i, a.value(i))), path, rows, sink);
        }
        DataType::Date32 | DataType::Date64 | DataType::Time32(_) | DataType::Time64(_) | DataType::Timestamp(_, _) | DataType::Duration(_) | DataType::Interval(_) => {
            // Times hold none of the categories: the field is registered (a trace needs its
            // time field) with the first value of each batch; the rest are not formatted.
            let mut first = valid.take(1);
            if let Some(i) = first.next() {
                let one = array.slice(i, 1);
                emit_formatted(&one, path, Rows::All(rows.get(i)), sink, em)?;
            }
        }
        DataType::Dictionary(_, _) => {
            // Values through the dictionary, formatted once per distinct key would be cheaper,
            // but dictionary columns are usually small enums.
            let values = arrow_cast::cast(array.as_ref(), &DataType::Utf8)?;
            emit_array(&values, path, rows, sink, em)?;
        }
        _ => emit_formatted(array, path, rows, sink, em)?,
    }
    Ok(())
}

/// Floats as their shortest round-trip text in their own width (`35.6812`, `1e-7`, `1.0`), as
/// the generic formatter writes them; NaN and infinities hold nothing.
fn emit_floats<F: ryu::Float + Copy + PartialEq>(values: impl Iterator<Item = (usize, F)>, path: &str, rows: Rows<'_>, sink: &mut dyn Sink) {
    let mut buf = ryu::Buffer::new();
    for (i, x) in values {
        let text = buf.format(x);
        if !matches!(text, "NaN" | "inf" | "-inf") {
            sink.cell(rows.get(i), path, text);
        }
    }
}

fn emit_formatted(array: &ArrayRef, path: &str, rows: Rows<'_>, sink: &mut dyn Sink, em: &mut Emitter) -> Result<(), ArrowError> {
    let fmt = ArrayFormatter::try_new(array.as_ref(), &FormatOptions::default())?;
    for i in (0..array.len()).filter(|&i| array.is_valid(i)) {
        em.text.clear();
        write!(em.text, "{}", fmt.value(i)).map_err(|e| ArrowError::ComputeError(format!("column {path}: {e}")))?;
        let text = std::mem::take(&mut em.text);
        sink.cell(rows.get(i), path, &text);
        em.text = text;
    }
    Ok(())
}

/// Map entries: string keys that look like field names (`email`, `home_phone`) name the field of
/// their value (`attributes.email`), up to [`MAP_KEY_FIELDS`] keys per map column; the keys
/// themselves are scanned as `m[*].key` (a map keyed by e-mail address is personal data too).
fn emit_map(array: &ArrayRef, path: &str, rows: Rows<'_>, sink: &mut dyn Sink, em: &mut Emitter) -> Result<(), ArrowError> {
    let map = array.as_map();
    let keys = map.keys();
    let values = map.values();
    let key_text: Option<Vec<Option<String>>> = match keys.data_type() {
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => {
            let k = arrow_cast::cast(keys.as_ref(), &DataType::Utf8)?;
            let k = k.as_string::<i32>();
            Some((0..k.len()).map(|i| k.is_valid(i).then(|| k.value(i).to_string())).collect())
        }
        _ => None,
    };
    let key_path = format!("{path}[*].key");
    let other_values = format!("{path}[*].value");
    let offsets = map.value_offsets();
    for i in (0..map.len()).filter(|&i| map.is_valid(i)) {
        let row = rows.get(i);
        let (from, to) = (offsets[i] as usize, offsets[i + 1] as usize);
        emit_array(&keys.slice(from, to - from), &key_path, Rows::All(row), sink, em)?;
        for j in from..to {
            let named = key_text.as_ref().and_then(|k| k[j].as_deref()).filter(|k| {
                !k.is_empty() && k.len() <= 64 && k.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            });
            let field = match named {
                Some(k) => {
                    let admitted = em.map_keys.entry(path.to_string()).or_default();
                    if admitted.contains(k) || admitted.len() < MAP_KEY_FIELDS {
                        admitted.insert(k.to_string());
                        format!("{path}.{k}")
                    } else {
                        other_values.clone()
                    }
                }
                None => other_values.clone(),
            };
            emit_array(&values.slice(j, 1), &field, Rows::All(row), sink, em)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::Cells;

    /// Numbers are written as Arrow's own formatter writes them, without its cost.
    #[test]
    fn numbers_as_the_arrow_formatter_writes_them() {
        use arrow_array::{Float32Array, Float64Array, Int64Array, UInt64Array};
        let arrays: Vec<ArrayRef> = vec![
            std::sync::Arc::new(Int64Array::from(vec![0, -42, i64::MAX])),
            std::sync::Arc::new(UInt64Array::from(vec![u64::MAX, 7])),
            std::sync::Arc::new(Float64Array::from(vec![35.6812, -139.7671, 1.0, 1e-7, 1e21])),
            std::sync::Arc::new(Float32Array::from(vec![87.1234_f32, 0.1, 3.0])),
        ];
        for array in arrays {
            let mut cells = Cells::default();
            emit_array(&array, "x", Rows::From(0), &mut cells, &mut Emitter::default()).expect("emit");
            let fmt = ArrayFormatter::try_new(array.as_ref(), &FormatOptions::default()).expect("formatter");
            let expected: Vec<String> = (0..array.len()).map(|i| fmt.value(i).to_string()).collect();
            let got: Vec<String> = cells.0.into_iter().map(|c| c.2).collect();
            assert_eq!(got, expected, "{:?}", array.data_type());
        }
    }

    #[test]
    fn windows_spread_over_the_whole_file() {
        let w = sample_windows(5_000_000, 10_000);
        assert_eq!(w.len(), 16);
        assert_eq!(w.iter().map(|(_, l)| l).sum::<u64>(), 10_000);
        assert!(w[0].0 < 200_000, "the first window is near the start");
        assert!(w[15].0 > 4_600_000, "the last window is near the end");
        assert!(w.windows(2).all(|p| p[0].0 + p[0].1 <= p[1].0), "sorted and disjoint");
    }

    #[test]
    fn the_sample_has_exactly_the_rows_asked_for() {
        for sample in [1, 15, 16, 17, 1000, 9999] {
            assert_eq!(sample_windows(1_000_000, sample).iter().map(|(_, l)| l).sum::<u64>(), sample, "{sample}");
        }
    }

    #[test]
    fn small_files_merge_windows() {
        let w = sample_windows(100, 64);
        assert!(w.iter().all(|(s, l)| s + l <= 100));
        assert!(w.windows(2).all(|p| p[0].0 + p[0].1 <= p[1].0));
        assert!(w.iter().map(|(_, l)| l).sum::<u64>() >= 60);
    }
}
