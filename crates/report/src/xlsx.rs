//! The spreadsheet (`rust_xlsxwriter`): *Summary*, *Locations*, *Exposure* and *Errors* sheets,
//! frozen headers, autofilters, sensible widths, exposed rows with personal data highlighted.

use crate::tabular::{evidence_text, most_urgent_rows, outcome_text, Census, Cell, LOCATION_COLUMNS};
use crate::Prepared;
use piimap_model::Outcome;
use rust_xlsxwriter::{Color, Format, Workbook, Worksheet, XlsxError};

fn header(ws: &mut Worksheet, names: &[&str], widths: &[f64]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold().set_background_color(Color::RGB(0xD9E1F2));
    for (i, name) in names.iter().enumerate() {
        ws.write_string_with_format(0, i as u16, *name, &bold)?;
        ws.set_column_width(i as u16, widths.get(i).copied().unwrap_or(14.0))?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

fn write_cell(ws: &mut Worksheet, row: u32, col: u16, cell: &Cell, format: Option<&Format>) -> Result<(), XlsxError> {
    match (cell, format) {
        (Cell::Text(s), Some(f)) => ws.write_string_with_format(row, col, s, f)?,
        (Cell::Text(s), None) => ws.write_string(row, col, s)?,
        (Cell::Number(n), Some(f)) => ws.write_number_with_format(row, col, *n, f)?,
        (Cell::Number(n), None) => ws.write_number(row, col, *n)?,
    };
    Ok(())
}

/// Rows in one sheet of the format (the header included).
const SHEET_ROWS: u32 = 1_048_576;

/// A sheet that cannot hold every row ends with this note in its last row.
fn left_out_note(ws: &mut Worksheet, row: u32, left_out: usize) -> Result<(), XlsxError> {
    let warn = Format::new().set_bold().set_font_color(Color::RGB(0x9C0006));
    let note = format!("{left_out} more rows are not in this sheet (a sheet holds {SHEET_ROWS} rows); the CSV export holds every row");
    ws.write_string_with_format(row, 0, note, &warn)?;
    Ok(())
}

/// Writes the workbook: built in a temporary file (the Locations sheet in constant-memory mode,
/// row by row), then copied to `out`, so that its size never sits in memory.
pub fn write(inv: Prepared<'_>, out: &mut impl std::io::Write) -> std::io::Result<()> {
    let mut wb = workbook_with_rows(inv, SHEET_ROWS)?;
    let mut file = tempfile::tempfile()?;
    wb.save_to_writer(&mut file).map_err(std::io::Error::other)?;
    use std::io::Seek;
    file.rewind()?;
    std::io::copy(&mut file, out)?;
    Ok(())
}

fn xlsx_error(e: XlsxError) -> std::io::Error {
    std::io::Error::other(e)
}

/// The workbook with at most `sheet_rows` rows per sheet: data rows, then a note of what did not
/// fit (the most urgent locations are kept).
fn workbook_with_rows(inv: Prepared<'_>, sheet_rows: u32) -> std::io::Result<Workbook> {
    // Header and note rows aside.
    let data_rows = sheet_rows.saturating_sub(2) as usize;
    let census = Census::of(inv)?;
    let mut wb = Workbook::new();
    summary_sheet(inv, &census, wb.add_worksheet()).map_err(xlsx_error)?;

    let ws = wb.add_worksheet_with_constant_memory().map_err(xlsx_error)?;
    ws.set_name("Locations").map_err(xlsx_error)?;
    header(ws, &LOCATION_COLUMNS, &[10.0, 60.0, 28.0, 10.0, 10.0, 12.0, 11.0, 13.0, 50.0, 22.0, 24.0, 8.0, 60.0, 40.0, 40.0, 50.0]).map_err(xlsx_error)?;
    let highlight = Format::new().set_background_color(Color::RGB(0xFFC7CE));
    let mut r = 0u32;
    most_urgent_rows(inv, &census, data_rows as u64, |data| {
        r += 1;
        let format = data.exposed_with_personal_data.then_some(&highlight);
        for (c, cell) in data.cells.iter().enumerate() {
            write_cell(ws, r, c as u16, cell, format).map_err(xlsx_error)?;
        }
        Ok(())
    })?;
    let left_out = census.rows.saturating_sub(u64::from(r));
    if left_out > 0 {
        left_out_note(ws, r + 1, left_out as usize).map_err(xlsx_error)?;
    }
    ws.autofilter(0, 0, r.max(1), LOCATION_COLUMNS.len() as u16 - 1).map_err(xlsx_error)?;

    let ws = wb.add_worksheet_with_constant_memory().map_err(xlsx_error)?;
    ws.set_name("Exposure").map_err(xlsx_error)?;
    let cols = ["location", "level", "rule", "detail", "holds personal data"];
    header(ws, &cols, &[60.0, 14.0, 32.0, 70.0, 18.0]).map_err(xlsx_error)?;
    let mut r = 0u32;
    inv.each(|l| {
        for e in &l.exposure.evidence {
            if r as usize >= data_rows {
                return Ok(());
            }
            r += 1;
            let format = (l.exposure.level.is_exposed() && l.has_personal_data()).then_some(&highlight);
            for (c, v) in [l.uri.as_str(), l.exposure.level.as_str(), &e.rule, &e.detail, if l.has_personal_data() { "yes" } else { "no" }]
                .iter()
                .enumerate()
            {
                write_cell(ws, r, c as u16, &Cell::Text(v.to_string()), format).map_err(xlsx_error)?;
            }
        }
        Ok(())
    })?;
    if census.exposure_evidence > data_rows as u64 {
        left_out_note(ws, r + 1, (census.exposure_evidence - data_rows as u64) as usize).map_err(xlsx_error)?;
    }
    ws.autofilter(0, 0, r.max(1), cols.len() as u16 - 1).map_err(xlsx_error)?;

    let ws = wb.add_worksheet_with_constant_memory().map_err(xlsx_error)?;
    ws.set_name("Errors").map_err(xlsx_error)?;
    let cols = ["location", "status", "reason or error", "exposure evidence"];
    header(ws, &cols, &[60.0, 10.0, 70.0, 50.0]).map_err(xlsx_error)?;
    let mut r = 0u32;
    inv.each(|l| {
        if l.outcome == Outcome::Scanned || r as usize >= data_rows {
            return Ok(());
        }
        r += 1;
        let text = outcome_text(&l.outcome);
        let (status, detail) = text.split_once(": ").unwrap_or((&text, ""));
        ws.write_string(r, 0, &l.uri).map_err(xlsx_error)?;
        ws.write_string(r, 1, status).map_err(xlsx_error)?;
        ws.write_string(r, 2, detail).map_err(xlsx_error)?;
        ws.write_string(r, 3, evidence_text(l)).map_err(xlsx_error)?;
        Ok(())
    })?;
    if census.not_scanned > data_rows as u64 {
        left_out_note(ws, r + 1, (census.not_scanned - data_rows as u64) as usize).map_err(xlsx_error)?;
    }
    ws.autofilter(0, 0, r.max(1), cols.len() as u16 - 1).map_err(xlsx_error)?;
    Ok(wb)
}

fn summary_sheet(inv: Prepared<'_>, census: &Census, ws: &mut Worksheet) -> Result<(), XlsxError> {
    let s = &inv.inv.summary;
    ws.set_name("Summary")?;
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(14);
    ws.set_column_width(0, 38)?;
    ws.set_column_width(1, 16)?;
    ws.set_column_width(2, 16)?;
    ws.set_column_width(3, 16)?;
    ws.write_string_with_format(0, 0, "piimap inventory", &title)?;
    let samples = if inv.samples_shown() { "RAW SAMPLES SHOWN (--show-samples): this file holds personal data" } else { "samples masked" };
    let (tool, run) = (&inv.inv.tool, &inv.inv.run);
    ws.write_string(1, 0, format!("{} {} — run {} to {} — {samples}", tool.name, tool.version, run.started, run.finished))?;
    let totals: [(&str, u64); 9] = [
        ("Locations", s.locations),
        ("Scanned", s.scanned),
        ("Skipped", s.skipped),
        ("Failed", s.failed),
        ("Locations with personal data", census.with_personal_data),
        ("Datasets (groups of files, counted above as files)", census.datasets),
        ("Buckets and databases", census.stores),
        ("Exposed locations with personal data", s.exposed_with_personal_data),
        ("Estimated people (distinct identifiers)", s.people_estimate),
    ];
    for (i, (k, v)) in totals.iter().enumerate() {
        ws.write_string_with_format(3 + i as u32, 0, *k, &bold)?;
        ws.write_number(3 + i as u32, 1, *v as f64)?;
    }
    let mut row = 4 + totals.len() as u32;
    for (i, h) in ["Category", "Locations", "Distinct values"].iter().enumerate() {
        ws.write_string_with_format(row, i as u16, *h, &bold)?;
    }
    for (c, n) in &s.by_category {
        row += 1;
        ws.write_string(row, 0, c.as_str())?;
        ws.write_number(row, 1, *n as f64)?;
        ws.write_number(row, 2, s.distinct_by_category.get(c).copied().unwrap_or(0) as f64)?;
    }
    row += 2;
    for (i, h) in ["Store", "Locations", "With personal data", "Exposed with personal data"].iter().enumerate() {
        ws.write_string_with_format(row, i as u16, *h, &bold)?;
    }
    for (store, counts) in &census.per_store {
        row += 1;
        ws.write_string(row, 0, store)?;
        for (i, n) in counts.iter().enumerate() {
            ws.write_number(row, 1 + i as u16, *n as f64)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::Reader;

    #[test]
    fn a_sheet_that_cannot_hold_every_row_keeps_the_most_urgent_and_says_so() {
        let inv = crate::tests::many_locations(10);
        let bytes = workbook_with_rows(Prepared::as_is(&inv), 6).expect("workbook").save_to_buffer().expect("saved");
        let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).expect("a readable workbook");
        let sheet = book.worksheet_range("Locations").expect("Locations sheet");
        let rows: Vec<Vec<String>> = sheet.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
        assert_eq!(rows.len(), 6, "header, four rows, the note: {rows:?}");
        assert_eq!(rows[1][1], "file:///data/part-0009.csv", "the exposed location first");
        assert!(rows[5][0].starts_with("6 more rows are not in this sheet"), "{:?}", rows[5]);
        let exposure = book.worksheet_range("Exposure").expect("Exposure sheet");
        assert!(exposure.rows().last().is_some_and(|r| r[0].to_string().starts_with("6 more rows")));
    }
}
