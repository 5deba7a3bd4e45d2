//! Parquet, read batch by batch through the Arrow reader so memory is bounded by a batch, with
//! columns as fields (`a.b` for struct children, `[*]` for list elements).

use crate::{DecodeError, DecodeOptions, Decoded, Sink};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef};
use arrow_cast::display::{ArrayFormatter, FormatOptions};
use arrow_schema::DataType;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use std::fmt::Write;

pub(crate) fn decode_parquet<R: parquet::file::reader::ChunkReader + 'static>(
    file: R,
    opts: &DecodeOptions,
    sink: &mut dyn Sink,
) -> Result<Decoded, DecodeError> {
    let err = |e: &dyn std::fmt::Display| DecodeError::Parquet(e.to_string());
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(|e| err(&e))?
        .with_batch_size(opts.batch_size)
        .build()
        .map_err(|e| err(&e))?;
    let mut row_base: u64 = 0;
    let mut scratch = String::new();
    for batch in reader {
        let batch = batch.map_err(|e| err(&e))?;
        let schema = batch.schema();
        for (field, column) in schema.fields().iter().zip(batch.columns()) {
            emit_array(column, field.name(), row_base, sink, &mut scratch)?;
        }
        row_base += batch.num_rows() as u64;
    }
    Ok(Decoded::Complete { format: "parquet".into() })
}

fn emit_array(array: &ArrayRef, path: &str, row_base: u64, sink: &mut dyn Sink, scratch: &mut String) -> Result<(), DecodeError> {
    let rows = (0..array.len()).filter(|&i| array.is_valid(i));
    match array.data_type() {
        DataType::Utf8 => {
            let a = array.as_string::<i32>();
            rows.for_each(|i| sink.cell(row_base + i as u64, path, a.value(i)));
        }
        DataType::LargeUtf8 => {
            let a = array.as_string::<i64>();
            rows.for_each(|i| sink.cell(row_base + i as u64, path, a.value(i)));
        }
        DataType::Utf8View => {
            let a = array.as_string_view();
            rows.for_each(|i| sink.cell(row_base + i as u64, path, a.value(i)));
        }
        DataType::Binary | DataType::LargeBinary | DataType::BinaryView | DataType::FixedSizeBinary(_) => {}
        DataType::Struct(fields) => {
            let s = array.as_struct();
            for (f, child) in fields.iter().zip(s.columns()) {
                emit_array(child, &format!("{path}.{}", f.name()), row_base, sink, scratch)?;
            }
        }
        DataType::List(_) => {
            let l = array.as_list::<i32>();
            let p = format!("{path}[*]");
            for i in rows {
                emit_array(&l.value(i), &p, row_base + i as u64, sink, scratch)?;
            }
        }
        DataType::LargeList(_) => {
            let l = array.as_list::<i64>();
            let p = format!("{path}[*]");
            for i in rows {
                emit_array(&l.value(i), &p, row_base + i as u64, sink, scratch)?;
            }
        }
        _ => {
            let fmt = ArrayFormatter::try_new(array.as_ref(), &FormatOptions::default())
                .map_err(|e| DecodeError::Parquet(format!("column {path}: {e}")))?;
            for i in rows {
                scratch.clear();
                write!(scratch, "{}", fmt.value(i)).map_err(|e| DecodeError::Parquet(format!("column {path}: {e}")))?;
                sink.cell(row_base + i as u64, path, scratch);
            }
        }
    }
    Ok(())
}
