//! CSV and TSV: the dialect is sniffed (delimiter, quote character, whether the first row is a
//! header); the header row names the fields, files without one get positional names
//! (`column_1`); ragged rows keep their extra cells under positional names; invalid UTF-8 is
//! replaced, never fatal.

use crate::{classify_io, DecodeError, Sink};
use std::io::BufRead;

/// The delimiter that splits the first lines most consistently, if any does.
pub(crate) fn sniff_delimiter(head: &[u8]) -> Option<u8> {
    let lines: Vec<&[u8]> = head.split(|&b| b == b'\n').take(5).filter(|l| !l.is_empty()).collect();
    let first = lines.first()?;
    [b',', b';', b'\t', b'|']
        .into_iter()
        .map(|d| (d, first.iter().filter(|&&b| b == d).count()))
        .filter(|&(_, n)| n > 0)
        .max_by_key(|&(_, n)| n)
        .map(|(d, _)| d)
}

/// `'` when fields are quoted with single quotes (`'a';'b'`) and never with double ones.
pub(crate) fn sniff_quote(head: &[u8], delimiter: u8) -> u8 {
    let bounded = |q: u8| head.windows(2).filter(|w| (w[0] == delimiter || w[0] == b'\n') && w[1] == q || w[0] == q && (w[1] == delimiter || w[1] == b'\n')).count();
    if bounded(b'\'') >= 2 && bounded(b'"') == 0 {
        b'\''
    } else {
        b'"'
    }
}

/// A first row made of values rather than names: an e-mail address, a number, a date, a long
/// digit run. Header names are words.
fn looks_like_data(row: &csv::ByteRecord) -> bool {
    row.iter().any(|cell| {
        let cell = String::from_utf8_lossy(cell);
        let cell = cell.trim();
        let digits = cell.bytes().filter(u8::is_ascii_digit).count();
        cell.contains('@')
            || (!cell.is_empty() && cell.parse::<f64>().is_ok())
            || digits >= 7
            || (digits >= 4 && cell.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b':' | b' ' | b'.' | b'T' | b'Z')))
    })
}

pub(crate) fn decode_delimited(mut r: impl BufRead, delimiter: u8, sink: &mut dyn Sink) -> Result<(), DecodeError> {
    let quote = sniff_quote(r.fill_buf().map_err(classify_io)?, delimiter);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .quote(quote)
        .flexible(true)
        .has_headers(false)
        .from_reader(r);
    let mut record = csv::ByteRecord::new();
    let mut header: Vec<String> = Vec::new();
    let mut row: u64 = 0;
    let mut first = true;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => return Err(csv_error(e)),
        }
        if first {
            first = false;
            if looks_like_data(&record) {
                // No header: every row is data, fields are named by position.
                header = (1..=record.len()).map(|i| format!("column_{i}")).collect();
            } else {
                header = record
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    let h = String::from_utf8_lossy(h).trim().trim_start_matches('\u{FEFF}').to_string();
                    if h.is_empty() { format!("column_{}", i + 1) } else { h }
                })
                .collect();
                continue;
            }
        }
        for (i, cell) in record.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let value = String::from_utf8_lossy(cell);
            match header.get(i) {
                Some(name) => sink.cell(row, name, &value),
                None => sink.cell(row, &format!("column_{}", i + 1), &value),
            }
        }
        row += 1;
    }
}

fn csv_error(e: csv::Error) -> DecodeError {
    let line = e.position().map(|p| p.line());
    match e.into_kind() {
        csv::ErrorKind::Io(io) => classify_io(io),
        other => DecodeError::Csv(match line {
            Some(l) => format!("line {l}: {other:?}"),
            None => format!("{other:?}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::Cells;


    #[test]
    fn header_names_fields_and_ragged_rows_survive() {
        let mut c = Cells::default();
        decode_delimited(&b"\xef\xbb\xbfname,email\nAda,a@x.io\nBob,b@x.io,extra\nCy\n"[..], b',', &mut c).expect("ok");
        assert_eq!(c.0[0], (0, "name".into(), "Ada".into()));
        assert_eq!(c.0[1], (0, "email".into(), "a@x.io".into()));
        assert_eq!(c.0[4], (1, "column_3".into(), "extra".into()));
        assert_eq!(c.0[5], (2, "name".into(), "Cy".into()));
    }

    #[test]
    fn quoted_cells_with_delimiters_and_newlines() {
        let mut c = Cells::default();
        decode_delimited(&b"a;b\n\"x;y\";\"line1\nline2\"\n"[..], b';', &mut c).expect("ok");
        assert_eq!(c.0[0].2, "x;y");
        assert_eq!(c.0[1].2, "line1\nline2");
    }

    #[test]
    fn files_without_a_header_row() {
        let mut c = Cells::default();
        decode_delimited(&b"Ada Lovelace,ada@example.com,+44 20 7946 0018\nAlan Turing,alan@example.org,+44 20 7946 0019\n"[..], b',', &mut c).expect("ok");
        assert_eq!(c.0[0], (0, "column_1".into(), "Ada Lovelace".into()));
        assert_eq!(c.0[4], (1, "column_2".into(), "alan@example.org".into()));
    }

    #[test]
    fn single_quoted_fields() {
        assert_eq!(sniff_quote(b"'name';'city'\n'Ada';'Paris; France'\n", b';'), b'\'');
        assert_eq!(sniff_quote(b"name,city\n\"Ada\",\"O'Brien\"\n", b','), b'"');
        let mut c = Cells::default();
        decode_delimited(&b"'name';'city'\n'Ada';'Paris; France'\n"[..], b';', &mut c).expect("ok");
        assert_eq!(c.0[1], (0, "city".into(), "Paris; France".into()));
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff_delimiter(b"a,b,c\n"), Some(b','));
        assert_eq!(sniff_delimiter(b"a|b|c\n"), Some(b'|'));
        assert_eq!(sniff_delimiter(b"abc\n"), None);
    }
}
