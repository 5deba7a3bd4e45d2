//! SQLite files through `rusqlite` (SQLite compiled in), opened read-only with `query_only`.
//! Samples are windows spread over the rowid range; exposure is the file's mode bits.

use super::{push_row, read_label, Column, ColumnClass, Database, DbOptions, ServerFindings, Table};
use crate::ConnectError;
use piimap_formats::{CellSource, Sink};
use piimap_model::ExposureEvidence;
use rusqlite::{Connection, OpenFlags};
use std::path::PathBuf;
use std::time::Duration;

const WINDOWS: u64 = 16;

pub(crate) struct Sqlite {
    path: PathBuf,
    options: DbOptions,
}

pub(crate) fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

fn open(path: &PathBuf, timeout_ms: u64) -> Result<Connection, String> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    conn.execute_batch("PRAGMA query_only = 1").map_err(|e| e.to_string())?;
    conn.busy_timeout(Duration::from_millis(timeout_ms)).map_err(|e| e.to_string())?;
    Ok(conn)
}

/// SQLite's type affinity rules (section 3.1 of its datatype documentation).
fn class_of(declared: &str) -> ColumnClass {
    let t = declared.to_ascii_uppercase();
    if t.contains("INT") || t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") || t.contains("NUM") || t.contains("DEC") {
        ColumnClass::Numeric
    } else if t.contains("JSON") {
        ColumnClass::Json
    } else if t.contains("BLOB") {
        ColumnClass::Binary
    } else if t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT") || t.is_empty() {
        ColumnClass::Text
    } else {
        ColumnClass::Other
    }
}

impl Sqlite {
    pub fn new(target: &str, options: &DbOptions) -> Result<Sqlite, ConnectError> {
        let raw = target.strip_prefix("sqlite://").unwrap_or(target);
        let path = PathBuf::from(raw.split('?').next().unwrap_or(raw));
        if !path.is_file() {
            return Err(ConnectError::NotFound { target: target.into() });
        }
        Ok(Sqlite { path, options: options.clone() })
    }
}

impl Database for Sqlite {
    fn location(&self) -> String {
        format!("sqlite://{}", self.path.display())
    }

    fn assess(&self) -> ServerFindings {
        let mut f = ServerFindings::default();
        let exposure = crate::fs::path_exposure(&self.path);
        match exposure.level {
            piimap_model::ExposureLevel::Public => f.public.extend(exposure.evidence),
            piimap_model::ExposureLevel::Authenticated => f.authenticated.extend(exposure.evidence),
            piimap_model::ExposureLevel::Unknown => f.unknown.extend(exposure.evidence),
            piimap_model::ExposureLevel::Restricted => f.notes.extend(exposure.evidence),
        }
        f
    }

    fn tables(&self) -> Result<Vec<(Table, Vec<ExposureEvidence>)>, String> {
        let conn = open(&self.path, self.options.statement_timeout_ms)?;
        let mut stmt = conn
            .prepare("SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
            .map_err(|e| e.to_string())?;
        let names: Vec<(String, String)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(|e| e.to_string())?.collect::<Result<_, _>>().map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        for (name, kind) in names {
            let mut cols = conn.prepare(&format!("PRAGMA table_info({})", quote(&name))).map_err(|e| e.to_string())?;
            let columns: Vec<Column> = cols
                .query_map([], |r| {
                    let (name, declared): (String, String) = (r.get(1)?, r.get(2)?);
                    Ok(Column { class: class_of(&declared), type_name: declared, name })
                })
                .map_err(|e| e.to_string())?
                .collect::<Result<_, _>>()
                .map_err(|e| e.to_string())?;
            // An exact count is cheap enough to choose the sampling; SQLite keeps no estimate.
            let rows: Option<i64> = conn.query_row(&format!("SELECT count(*) FROM {}", quote(&name)), [], |r| r.get(0)).ok();
            out.push((Table { schema: String::new(), name, is_view: kind == "view", columns, estimated_rows: rows.map(|r| r.max(0) as u64) }, Vec::new()));
        }
        Ok(out)
    }

    fn reader(&self, table: Table) -> Box<dyn CellSource> {
        Box::new(LiteTable { path: self.path.clone(), options: self.options.clone(), table })
    }
}

struct LiteTable {
    path: PathBuf,
    options: DbOptions,
    table: Table,
}

impl CellSource for LiteTable {
    fn pump(self: Box<Self>, sink: &mut dyn Sink) -> Result<piimap_formats::TableRead, String> {
        let conn = open(&self.path, self.options.statement_timeout_ms)?;
        let columns = self.table.readable_columns();
        // Blobs in columns of text affinity are not text: they are left out, not garbled.
        let select: Vec<String> = columns
            .iter()
            .map(|c| {
                let q = quote(&c.name);
                format!("CASE WHEN typeof({q}) = 'blob' THEN NULL ELSE CAST({q} AS TEXT) END")
            })
            .collect();
        let select = select.join(", ");
        let from = quote(&self.table.name);
        let mut n: u64 = 0;
        let mut read = |sql: &str, n: &mut u64| -> Result<(), String> {
            let mut stmt = conn.prepare(sql).map_err(|e| e.to_string())?;
            let mut rows = stmt.query([]).map_err(|e| e.to_string())?;
            let mut values: Vec<Option<String>> = Vec::with_capacity(columns.len());
            while let Some(row) = rows.next().map_err(|e| format!("after {n} rows: {e}"))? {
                values.clear();
                for i in 0..columns.len() {
                    values.push(row.get::<_, Option<String>>(i).map_err(|e| e.to_string())?);
                }
                push_row(sink, *n, &columns, &values);
                *n += 1;
            }
            Ok(())
        };
        let limit = self.options.sample_rows;
        let rows = self.table.estimated_rows.unwrap_or(0);
        let label = if self.options.full {
            read(&format!("SELECT {select} FROM {from}"), &mut n)?;
            read_label("sqlite", &self.table, n, None)
        } else if self.table.is_view || rows <= limit.saturating_mul(2) {
            read(&format!("SELECT {select} FROM {from} LIMIT {limit}"), &mut n)?;
            let method = format!("first {limit} rows of a small table or view");
            read_label("sqlite", &self.table, n, (n >= limit).then_some(method.as_str()))
        } else {
            // WITHOUT ROWID tables have no rowid: fall back to the first rows, and say so.
            let bounds: Result<(Option<i64>, Option<i64>), _> =
                conn.query_row(&format!("SELECT min(rowid), max(rowid) FROM {from}"), [], |r| Ok((r.get(0)?, r.get(1)?)));
            match bounds {
                Ok((Some(lo), Some(hi))) => {
                    let per_window = limit.div_ceil(WINDOWS);
                    let span = (hi - lo).max(0) as u64;
                    for w in 0..WINDOWS {
                        let start = lo + (span * w / WINDOWS) as i64;
                        read(&format!("SELECT {select} FROM {from} WHERE rowid >= {start} ORDER BY rowid LIMIT {per_window}"), &mut n)?;
                    }
                    read_label("sqlite", &self.table, n, Some(&format!("{WINDOWS} windows over the rowid range of {rows} rows")))
                }
                _ => {
                    read(&format!("SELECT {select} FROM {from} LIMIT {limit}"), &mut n)?;
                    read_label("sqlite", &self.table, n, Some("first rows (no rowid)"))
                }
            }
        };
        Ok(label)
    }
}
