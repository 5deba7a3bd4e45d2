//! CSV and TSV: the header row names the fields; ragged rows keep their extra cells under
//! positional names; invalid UTF-8 is replaced, never fatal.

use crate::{classify_io, DecodeError, Sink};
use std::io::Read;

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

pub(crate) fn decode_delimited(r: impl Read, delimiter: u8, sink: &mut dyn Sink) -> Result<(), DecodeError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
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
    use crate::TextBlock;

    #[derive(Default)]
    struct Cells(Vec<(u64, String, String)>);
    impl Sink for Cells {
        fn text(&mut self, _: &TextBlock<'_>) {}
        fn cell(&mut self, row: u64, field: &str, value: &str) {
            self.0.push((row, field.into(), value.into()));
        }
    }

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
    fn sniffing() {
        assert_eq!(sniff_delimiter(b"a,b,c\n"), Some(b','));
        assert_eq!(sniff_delimiter(b"a|b|c\n"), Some(b'|'));
        assert_eq!(sniff_delimiter(b"abc\n"), None);
    }
}
