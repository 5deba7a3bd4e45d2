//! Spreadsheets (XLSX, XLSM, XLSB, XLS, ODS) through `calamine`. Each sheet is a table: its
//! header row names the fields as `Sheet!header` (Excel's own notation), columns without a header
//! are named by their letter (`Sheet!C`), rows are numbered from 0 below the header. XLSX sheets
//! are streamed cell by cell; the other formats are read a sheet at a time.

use crate::{DecodeError, Sink};
use calamine::{Data, DataRef, Reader, Sheets};
use std::io::{Read, Seek};

/// Rows looked at to find the header row (title rows may sit above it).
const HEADER_SCAN_ROWS: usize = 10;

fn column_letter(mut col: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).expect("ASCII letters")
}

/// Turns a sheet's cells, pushed in row order, into fields and rows.
struct SheetTable<'a> {
    sheet: String,
    sink: &'a mut dyn Sink,
    /// Rows held until the header is known: (sheet row, [(column, text)]).
    pending: Vec<(u32, Vec<(u32, String)>)>,
    header: Option<(u32, Vec<Option<String>>)>,
    current: Option<(u32, Vec<(u32, String)>)>,
    /// Field names by column, built once.
    names: Vec<String>,
}

impl<'a> SheetTable<'a> {
    fn new(sheet: &str, sink: &'a mut dyn Sink) -> SheetTable<'a> {
        SheetTable { sheet: sheet.to_string(), sink, pending: Vec::new(), header: None, current: None, names: Vec::new() }
    }

    fn push(&mut self, row: u32, col: u32, text: String) {
        if text.trim().is_empty() {
            return;
        }
        match &mut self.current {
            Some((r, cells)) if *r == row => cells.push((col, text)),
            _ => {
                if let Some(done) = self.current.take() {
                    self.row_done(done);
                }
                self.current = Some((row, vec![(col, text)]));
            }
        }
    }

    fn row_done(&mut self, row: (u32, Vec<(u32, String)>)) {
        if self.header.is_some() {
            self.emit(row);
            return;
        }
        self.pending.push(row);
        if self.pending.len() >= HEADER_SCAN_ROWS {
            self.choose_header();
        }
    }

    /// The header is the first row, among the first few, that is as wide as the table and made of
    /// text (not numbers): rows above it are titles.
    fn choose_header(&mut self) {
        let widest = self.pending.iter().map(|(_, c)| c.len()).max().unwrap_or(0);
        let is_header = |cells: &[(u32, String)]| {
            cells.len() * 4 >= widest * 3 && (cells.len() >= 2 || widest < 2) && cells.iter().all(|(_, t)| t.parse::<f64>().is_err())
        };
        let pick = if self.pending.len() > 1 { self.pending.iter().position(|(_, c)| is_header(c)) } else { None };
        let rows = std::mem::take(&mut self.pending);
        let mut header_row = 0;
        let mut names: Vec<Option<String>> = Vec::new();
        if let Some(i) = pick {
            let (r, cells) = &rows[i];
            header_row = *r + 1;
            for (c, t) in cells {
                let c = *c as usize;
                if names.len() <= c {
                    names.resize(c + 1, None);
                }
                names[c] = Some(t.trim().to_string());
            }
        }
        self.header = Some((header_row, names));
        let header_index = pick;
        for (i, row) in rows.into_iter().enumerate() {
            if Some(i) != header_index {
                self.emit(row);
            }
        }
    }

    fn field(&mut self, col: u32) -> &str {
        let col = col as usize;
        while self.names.len() <= col {
            let c = self.names.len();
            let header = self.header.as_ref().and_then(|(_, h)| h.get(c).cloned().flatten());
            let name = header.unwrap_or_else(|| column_letter(c as u32));
            self.names.push(format!("{}!{name}", self.sheet));
        }
        &self.names[col]
    }

    fn emit(&mut self, (row, cells): (u32, Vec<(u32, String)>)) {
        let first_data_row = self.header.as_ref().map_or(0, |(r, _)| *r);
        // Title rows above the header belong to no header column: named by letter, row 0.
        let above_header = row < first_data_row;
        let row = u64::from(row.saturating_sub(first_data_row));
        for (col, text) in cells {
            let field = if above_header { format!("{}!{}", self.sheet, column_letter(col)) } else { self.field(col).to_string() };
            self.sink.cell(row, &field, &text);
        }
    }

    fn finish(mut self) {
        if let Some(done) = self.current.take() {
            self.row_done(done);
        }
        if self.header.is_none() {
            self.choose_header();
        }
    }
}

fn text_of(d: &Data) -> Option<String> {
    match d {
        Data::Empty | Data::Error(_) | Data::Bool(_) => None,
        Data::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn text_of_ref(d: &DataRef<'_>) -> Option<String> {
    match d {
        DataRef::Empty | DataRef::Error(_) | DataRef::Bool(_) => None,
        DataRef::String(s) => Some(s.clone()),
        DataRef::SharedString(s) => Some(s.to_string()),
        other => text_of(&Data::from(other.clone())),
    }
}

fn sheet_error(sheet: &str, e: impl std::fmt::Display) -> DecodeError {
    DecodeError::Spreadsheet(format!("sheet {sheet:?}: {e}"))
}

/// Decodes every sheet of a workbook; returns the format label (`xlsx`, `ods`...). The kind
/// comes from the name (XLSX, XLSB and ODS are all zip files), or the compound-file magic of XLS.
pub(crate) fn decode_workbook<RS: Read + Seek>(mut data: RS, name: &str, sink: &mut dyn Sink) -> Result<String, DecodeError> {
    let err = |e: &dyn std::fmt::Display| DecodeError::Spreadsheet(e.to_string());
    let mut magic = [0u8; 4];
    let compound = data.read_exact(&mut magic).is_ok() && magic == [0xD0, 0xCF, 0x11, 0xE0];
    data.seek(std::io::SeekFrom::Start(0))?;
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let mut book = match ext.as_str() {
        _ if compound => Sheets::Xls(calamine::Xls::new(data).map_err(|e| err(&e))?),
        "ods" => Sheets::Ods(calamine::Ods::new(data).map_err(|e| err(&e))?),
        "xlsb" => Sheets::Xlsb(calamine::Xlsb::new(data).map_err(|e| err(&e))?),
        _ => Sheets::Xlsx(calamine::Xlsx::new(data).map_err(|e| err(&e))?),
    };
    let label = match &book {
        Sheets::Xlsx(_) => "xlsx",
        Sheets::Xlsb(_) => "xlsb",
        Sheets::Xls(_) => "xls",
        Sheets::Ods(_) => "ods",
    };
    for name in book.sheet_names() {
        let mut table = SheetTable::new(&name, sink);
        match &mut book {
            Sheets::Xlsx(x) => {
                let mut cells = x.worksheet_cells_reader(&name).map_err(|e| sheet_error(&name, e))?;
                while let Some(cell) = cells.next_cell().map_err(|e| sheet_error(&name, e))? {
                    if let Some(text) = text_of_ref(cell.get_value()) {
                        let (row, col) = cell.get_position();
                        table.push(row, col, text);
                    }
                }
            }
            other => {
                let range = other.worksheet_range(&name).map_err(|e| sheet_error(&name, e))?;
                let (row0, col0) = range.start().unwrap_or((0, 0));
                for (r, row) in range.rows().enumerate() {
                    for (c, d) in row.iter().enumerate() {
                        if let Some(text) = text_of(d) {
                            table.push(row0 + r as u32, col0 + c as u32, text);
                        }
                    }
                }
            }
        }
        table.finish();
    }
    Ok(label.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::Cells;


    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn header_below_a_title_row() {
        let mut cells = Cells::default();
        let mut t = SheetTable::new("Customers", &mut cells);
        t.push(0, 0, "Customer export 2024".into());
        t.push(2, 0, "name".into());
        t.push(2, 1, "email".into());
        t.push(3, 0, "Ada Lovelace".into());
        t.push(3, 1, "ada@example.com".into());
        t.push(4, 0, "Alan Turing".into());
        t.push(4, 2, "extra".into());
        t.finish();
        assert!(cells.0.contains(&(0, "Customers!A".into(), "Customer export 2024".into())));
        assert!(cells.0.contains(&(0, "Customers!name".into(), "Ada Lovelace".into())));
        assert!(cells.0.contains(&(0, "Customers!email".into(), "ada@example.com".into())));
        assert!(cells.0.contains(&(1, "Customers!C".into(), "extra".into())));
    }

    #[test]
    fn numbers_only_sheet_has_no_header() {
        let mut cells = Cells::default();
        let mut t = SheetTable::new("S", &mut cells);
        t.push(0, 0, "1".into());
        t.push(1, 0, "2".into());
        t.finish();
        assert_eq!(cells.0, [(0, "S!A".into(), "1".into()), (1, "S!A".into(), "2".into())]);
    }
}
