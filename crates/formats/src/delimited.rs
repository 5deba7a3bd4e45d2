//! CSV and TSV: the dialect is sniffed (delimiter, quote character, whether the first row is a
//! header); the header row names the fields, files without one get positional names
//! (`column_1`); ragged rows keep their extra cells under positional names; invalid UTF-8 is
//! replaced, never fatal.

use crate::{classify_io, DecodeError, Sink};
use std::io::BufRead;

/// Delimiters tried by the sniffer, in order of preference when two split a file equally well.
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];
/// Quote characters tried by the sniffer; `"` wins ties (a file without quotes is read with it).
const QUOTES: [u8; 2] = [b'"', b'\''];
/// Records of the head read to judge a dialect.
const SNIFF_RECORDS: usize = 200;

/// How consistently the head splits into records under a dialect: CleverCSV's pattern score
/// (van den Burg et al., 2019), the mean over the distinct record lengths `L` of
/// `share of records with that length × (L - 1) / L`. One length over every record scores
/// highest, more columns a little higher; a delimiter that splits some lines and not others, or
/// a quote character that swallows delimiters and line ends (`'t Harde`, `'s-Hertogenbosch`,
/// Excel's `'06 12345678` text prefix), scores low. A single column scores 0.
fn consistency(head: &[u8], delimiter: u8, quote: u8) -> f64 {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .quote(quote)
        .flexible(true)
        .has_headers(false)
        .from_reader(head);
    let mut record = csv::ByteRecord::new();
    // (record length, records of that length)
    let mut lengths: Vec<(usize, usize)> = Vec::new();
    let mut records = 0usize;
    while records < SNIFF_RECORDS {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) | Err(_) => break,
        }
        records += 1;
        match lengths.iter_mut().find(|(l, _)| *l == record.len()) {
            Some((_, n)) => *n += 1,
            None => lengths.push((record.len(), 1)),
        }
    }
    if records == 0 {
        return 0.0;
    }
    let sum: f64 = lengths.iter().map(|&(l, n)| n as f64 / records as f64 * (l.max(1) - 1) as f64 / l.max(1) as f64).sum();
    sum / lengths.len() as f64
}

/// The head up to its last complete line (a record cut by the end of the head would look
/// inconsistent).
fn whole_lines(head: &[u8]) -> &[u8] {
    match memchr::memrchr(b'\n', head) {
        Some(i) if i > 0 => &head[..=i],
        _ => head,
    }
}

/// The dialect (delimiter, quote) that splits the head most consistently, if any splits it into
/// more than one column.
pub(crate) fn sniff_dialect(head: &[u8]) -> Option<(u8, u8)> {
    let head = whole_lines(head);
    let mut best: Option<((u8, u8), f64)> = None;
    for d in DELIMITERS {
        if memchr::memchr(d, head).is_none() {
            continue;
        }
        for q in QUOTES {
            let score = consistency(head, d, q);
            if score > 0.0 && best.is_none_or(|(_, b)| score > b + 1e-9) {
                best = Some(((d, q), score));
            }
        }
    }
    best.map(|(dialect, _)| dialect)
}

/// The delimiter of the most consistent dialect, if any splits the head into columns.
pub(crate) fn sniff_delimiter(head: &[u8]) -> Option<u8> {
    sniff_dialect(head).map(|(d, _)| d)
}

/// The quote character that splits the head most consistently with `delimiter`: `'` only when
/// fields are really quoted with it (`'a';'b'`), never because values start with an apostrophe.
pub(crate) fn sniff_quote(head: &[u8], delimiter: u8) -> u8 {
    let head = whole_lines(head);
    let double = consistency(head, delimiter, b'"');
    let single = consistency(head, delimiter, b'\'');
    if single > double + 1e-9 {
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

    /// Dutch place names start with an apostrophe (`'t Harde`, `'s-Hertogenbosch`): values
    /// that start with `'` do not make it the quote character, in a TSV or a CSV.
    #[test]
    fn apostrophes_at_the_start_of_values_are_not_quotes() {
        let tsv = "klantnr\tachternaam\tvoornaam\te-mail\twoonplaats\tpostcode\n\
            NL1\tKnoers\tValerie\tvalerie.knoers@ziggo.nl\t't Harde\t8084 YH\n\
            NL2\tvan der Oda\tSven\tsven@ziggo.nl\t's-Hertogenbosch\t5295 TL\n\
            NL3\tLuboch\tDaphne\tdaphne@xs4all.nl\t't Harde\t8084 SC\n\
            NL4\tCoenen\tEmma\temma.coenen@gmail.com\t's-Hertogenbosch\t5241 EB\n";
        assert_eq!(sniff_quote(tsv.as_bytes(), b'\t'), b'"');
        let mut c = Cells::default();
        decode_delimited(tsv.as_bytes(), b'\t', &mut c).expect("ok");
        assert!(c.0.contains(&(0, "woonplaats".into(), "'t Harde".into())), "{:?}", c.0);
        assert!(c.0.contains(&(3, "e-mail".into(), "emma.coenen@gmail.com".into())));
        assert!(c.0.iter().all(|(_, f, v)| f != "woonplaats" || !v.contains('@')), "no e-mail in the town column");
        // Excel's text prefix: `'06 ...` and a doubled `''t Harde`.
        let excel = "klantnr;achternaam;telefoon;woonplaats;postcode\n\
            NL1;Heinrichs;'06 96 85 06 48;Eindhoven;5653 VJ\n\
            NL2;Schagen;'06 99 02 30 76;''t Harde;8084 FX\n\
            NL3;Cant;'(030) 168 05 76;Eindhoven;5632 MY\n";
        assert_eq!(sniff_dialect(excel.as_bytes()), Some((b';', b'"')));
        let mut c = Cells::default();
        decode_delimited(excel.as_bytes(), b';', &mut c).expect("ok");
        assert!(c.0.contains(&(1, "woonplaats".into(), "''t Harde".into())), "{:?}", c.0);
        assert!(c.0.contains(&(2, "postcode".into(), "5632 MY".into())));
    }

    #[test]
    fn the_most_consistent_delimiter_wins() {
        // Commas inside values of a semicolon file.
        let de = "Kundennr;Nachname;Straße;Ort\nDE1;Niemeier;Aufgang B, Schillerstraße 164;Leipzig\nDE2;Eberhardt;Lindenallee 52;Berlin\n";
        assert_eq!(sniff_delimiter(de.as_bytes()), Some(b';'));
        // Decimal commas in every row of a semicolon file.
        assert_eq!(sniff_delimiter(b"name;amount;rate\nA;12,50;3,2\nB;7,25;1,5\nC;1,00;2,0\n"), Some(b';'));
        // Semicolons inside quoted values of a comma file.
        assert_eq!(sniff_delimiter(b"name,note\nAda,\"a; b; c\"\nBob,\"x; y\"\n"), Some(b','));
    }
}
