//! JSON documents and NDJSON, streamed through serde without building a value tree: each scalar
//! goes to the sink with its JSONPath (`$.customer.address.street`, `[*]` for array elements).
//! Nesting deeper than serde_json's recursion limit (128) is an error for that unit, never a
//! stack overflow.

use crate::{classify_io, DecodeError, DecodeOptions, Sink};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::io::{BufRead, Read};

/// Largest NDJSON record accepted, in multiples of the text line cap.
const NDJSON_RECORD_CAP_FACTOR: usize = 16;

/// Walks one JSON value, emitting its scalars.
struct Walk<'a, S: ?Sized> {
    path: &'a mut String,
    sink: &'a mut S,
    row: u64,
}

impl<S: Sink + ?Sized> Walk<'_, S> {
    fn emit(self, value: &str) {
        let field = if self.path.is_empty() { "$" } else { self.path.as_str() };
        self.sink.cell(self.row, field, value);
    }
}

impl<'de, S: Sink + ?Sized> DeserializeSeed<'de> for Walk<'_, S> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

/// Appends a key to a JSONPath: `.key` for plain names, `['odd key']` otherwise.
fn push_key(path: &mut String, key: &str) {
    if !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
        path.push('.');
        path.push_str(key);
    } else {
        path.push_str("['");
        path.push_str(&key.replace('\\', "\\\\").replace('\'', "\\'"));
        path.push_str("']");
    }
}

impl<'de, S: Sink + ?Sized> Visitor<'de> for Walk<'_, S> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, v: i64) -> Result<(), E> {
        self.emit(&v.to_string());
        Ok(())
    }
    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        self.emit(&v.to_string());
        Ok(())
    }
    fn visit_f64<E>(self, v: f64) -> Result<(), E> {
        self.emit(&v.to_string());
        Ok(())
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.emit(v);
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Walk { path, sink, row } = self;
        let base = path.len();
        if base == 0 {
            path.push('$');
        }
        let len = path.len();
        while let Some(key) = map.next_key::<String>()? {
            push_key(path, &key);
            map.next_value_seed(Walk { path: &mut *path, sink: &mut *sink, row })?;
            path.truncate(len);
        }
        path.truncate(base);
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Walk { path, sink, row } = self;
        let base = path.len();
        if base == 0 {
            path.push('$');
        }
        path.push_str("[*]");
        while seq.next_element_seed(Walk { path: &mut *path, sink: &mut *sink, row })?.is_some() {}
        path.truncate(base);
        Ok(())
    }
}

/// A top-level array's elements are rows; any other document is row 0.
struct Document<'a, S: ?Sized> {
    sink: &'a mut S,
}

impl<'de, S: Sink + ?Sized> DeserializeSeed<'de> for Document<'_, S> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, S: Sink + ?Sized> Visitor<'de> for Document<'_, S> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON document")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut path = String::from("$[*]");
        let mut row = 0;
        while seq.next_element_seed(Walk { path: &mut path, sink: &mut *self.sink, row })?.is_some() {
            row += 1;
        }
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let mut path = String::new();
        Walk { path: &mut path, sink: self.sink, row: 0 }.visit_map(map)
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.sink.cell(0, "$", v);
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

fn json_error(e: serde_json::Error) -> DecodeError {
    if e.is_io() {
        let io: std::io::Error = e.into();
        return classify_io(io);
    }
    DecodeError::Json(e.to_string())
}

/// One document, streamed from the reader.
pub(crate) fn decode_document(r: impl Read, sink: &mut dyn Sink) -> Result<(), DecodeError> {
    let mut de = serde_json::Deserializer::from_reader(r);
    Document { sink }.deserialize(&mut de).map_err(json_error)?;
    de.end().map_err(json_error)
}

/// One value per line; blank lines are allowed. The row is the 0-based line index.
pub(crate) fn decode_lines(mut r: impl BufRead, opts: &DecodeOptions, sink: &mut dyn Sink) -> Result<(), DecodeError> {
    let cap = opts.line_cap.saturating_mul(NDJSON_RECORD_CAP_FACTOR);
    let mut line = Vec::new();
    let mut row: u64 = 0;
    let mut path = String::new();
    loop {
        line.clear();
        let n = (&mut r).take(cap as u64 + 1).read_until(b'\n', &mut line).map_err(classify_io)?;
        if n == 0 {
            return Ok(());
        }
        if line.len() > cap && line.last() != Some(&b'\n') {
            return Err(DecodeError::Json(format!("record on line {} is larger than {cap} bytes", row + 1)));
        }
        if line.iter().any(|b| !b.is_ascii_whitespace()) {
            let mut de = serde_json::Deserializer::from_slice(&line);
            path.clear();
            Walk { path: &mut path, sink: &mut *sink, row }
                .deserialize(&mut de)
                .and_then(|()| de.end())
                .map_err(|e| DecodeError::Json(format!("line {}: {e}", row + 1)))?;
        }
        row += 1;
    }
}

/// A JSON value held in one table cell (a JSON/JSONB column): its scalars go to the sink as
/// `column.path.to.key`; text that is not JSON is one plain cell.
pub fn json_cell(row: u64, column: &str, text: &str, sink: &mut dyn Sink) {
    let mut path = column.to_string();
    let mut de = serde_json::Deserializer::from_str(text);
    let walked = Walk { path: &mut path, sink: &mut *sink, row }.deserialize(&mut de).and_then(|()| de.end());
    if walked.is_err() {
        sink.cell(row, column, text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::Cells;


    #[test]
    fn ndjson_paths() {
        let mut c = Cells::default();
        let input = br#"{"customer": {"name": "Ada", "tags": ["a", "b"], "n": 3}, "odd key": "x"}

{"customer": {"name": "Bob"}}
"#;
        decode_lines(&input[..], &DecodeOptions::default(), &mut c).expect("ok");
        assert_eq!(
            c.0,
            vec![
                (0, "$.customer.name".into(), "Ada".into()),
                (0, "$.customer.tags[*]".into(), "a".into()),
                (0, "$.customer.tags[*]".into(), "b".into()),
                (0, "$.customer.n".into(), "3".into()),
                (0, "$['odd key']".into(), "x".into()),
                (2, "$.customer.name".into(), "Bob".into()),
            ]
        );
    }

    #[test]
    fn top_level_array_rows() {
        let mut c = Cells::default();
        decode_document(&br#"[{"e": "a@x.io"}, {"e": "b@x.io"}]"#[..], &mut c).expect("ok");
        assert_eq!(c.0, vec![(0, "$[*].e".into(), "a@x.io".into()), (1, "$[*].e".into(), "b@x.io".into())]);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        let err = decode_document(deep.as_bytes(), &mut Cells::default()).expect_err("too deep");
        assert!(err.to_string().contains("recursion limit"), "{err}");
    }

    #[test]
    fn bad_ndjson_line_names_the_line() {
        let err = decode_lines(&b"{\"a\":1}\n{oops\n"[..], &DecodeOptions::default(), &mut Cells::default()).expect_err("bad");
        assert!(err.to_string().contains("line 2"), "{err}");
    }

    #[test]
    fn trailing_garbage_is_an_error() {
        assert!(decode_document(&b"{\"a\": 1} x"[..], &mut Cells::default()).is_err());
    }
}
