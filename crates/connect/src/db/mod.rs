//! Databases: PostgreSQL, MySQL/MariaDB and SQLite. Each table is a location; its rows are read
//! in a read-only transaction with a statement timeout, as a sample spread over the whole table
//! (or all of it with `--full`), and pushed as cells (JSON columns as paths inside the column).
//! The database itself is a location too, carrying the server's exposure.
//!
//! Identifiers are always quoted for their dialect; passwords never leave the connection string
//! (not in URIs, errors, logs or the inventory).

pub(crate) mod mysql;
pub(crate) mod postgres;
pub(crate) mod sqlite;
pub(crate) mod tls;

use crate::{fs::globset, ConnectError};
use globset::GlobSet;
use piimap_formats::Sink;
use piimap_model::{Exposure, ExposureEvidence, ExposureLevel};

/// Database settings from the command line.
#[derive(Debug, Clone)]
pub struct DbOptions {
    /// Rows read per table unless `full`.
    pub sample_rows: u64,
    /// Read every row (streamed).
    pub full: bool,
    /// Views are read too (they may be expensive to compute).
    pub views: bool,
    pub statement_timeout_ms: u64,
    /// A file holding the password (first line), when the URI and environment have none.
    pub password_file: Option<std::path::PathBuf>,
    /// Try to log in without a password to prove that the server lets anyone in.
    pub login_probe: bool,
}

impl Default for DbOptions {
    fn default() -> Self {
        DbOptions { sample_rows: 10_000, full: false, views: false, statement_timeout_ms: 30_000, password_file: None, login_probe: true }
    }
}

/// A parsed `postgres://`, `mysql://` or `sqlite://` location.
#[derive(Clone)]
pub struct DbTarget {
    pub user: Option<String>,
    pub password: Option<String>,
    pub host: String,
    pub port: Option<u16>,
    pub database: String,
    pub params: Vec<(String, String)>,
}

impl std::fmt::Debug for DbTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DbTarget").field("user", &self.user).field("host", &self.host).field("port", &self.port).field("database", &self.database).finish()
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(b) = s.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl DbTarget {
    /// `scheme://[user[:password]@]host[:port]/database[?k=v&...]`; a host starting with `/`
    /// (percent-encoded, `%2Frun%2Fpostgresql`) is a Unix socket folder.
    pub fn parse(target: &str) -> Result<DbTarget, ConnectError> {
        let bad = |m: &str| ConnectError::Config { target: redact(target), message: m.to_string() };
        let (_, rest) = target.split_once("://").ok_or_else(|| bad("not a URI"))?;
        let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, database) = rest.split_once('/').unwrap_or((rest, ""));
        let (userinfo, hostport) = match authority.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, authority),
        };
        let (user, password) = match userinfo {
            Some(u) => match u.split_once(':') {
                Some((u, p)) => (Some(percent_decode(u)), Some(percent_decode(p))),
                None => (Some(percent_decode(u)), None),
            },
            None => (None, None),
        };
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) if !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()) => {
                (h.to_string(), Some(p.parse().map_err(|_| bad("port out of range"))?))
            }
            _ => (hostport.to_string(), None),
        };
        let params = query
            .split('&')
            .filter(|kv| !kv.is_empty())
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                (k.to_string(), percent_decode(v))
            })
            .collect();
        Ok(DbTarget {
            user: user.filter(|u| !u.is_empty()),
            password,
            host: percent_decode(&host),
            port,
            database: percent_decode(database.trim_end_matches('/')),
            params,
        })
    }

    pub fn param(&self, key: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// The password: from the URI, else the environment variable, else the password file.
    pub fn resolve_password(&mut self, env_var: &str, options: &DbOptions) -> Result<(), ConnectError> {
        if self.password.is_none() {
            self.password = std::env::var(env_var).ok().filter(|p| !p.is_empty());
        }
        if self.password.is_none() {
            if let Some(path) = &options.password_file {
                let text = std::fs::read_to_string(path).map_err(|e| ConnectError::Io { target: path.display().to_string(), source: e })?;
                self.password = text.lines().next().map(str::to_string);
            }
        }
        Ok(())
    }

    /// The location URI: scheme, host, port and database; never the user's password.
    pub fn location(&self, scheme: &str, default_port: u16) -> String {
        let host = if self.host.starts_with('/') { format!("[{}]", self.host) } else { self.host.clone() };
        format!("{scheme}://{host}:{}/{}", self.port.unwrap_or(default_port), self.database)
    }
}

/// `user:secret@` → `user:***@`.
pub(crate) fn redact(target: &str) -> String {
    match (target.split_once("://"), target.rfind('@')) {
        (Some((scheme, rest)), Some(_)) => {
            let (userinfo, after) = rest.rsplit_once('@').unwrap_or(("", rest));
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{scheme}://{user}:***@{after}")
        }
        _ => target.to_string(),
    }
}

/// What a column holds, as far as reading it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ColumnClass {
    Text,
    Json,
    Numeric,
    /// Points and geometries, read as well-known text (`POINT(lon lat)`), where positions show.
    Geometry,
    /// Not read, with the reason in the table's format label.
    Binary,
    Other,
}

#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub name: String,
    pub type_name: String,
    pub class: ColumnClass,
}

#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub schema: String,
    pub name: String,
    pub is_view: bool,
    pub columns: Vec<Column>,
    /// The planner's estimate, for choosing a sampling rate.
    pub estimated_rows: Option<u64>,
}

impl Table {
    pub fn qualified(&self) -> String {
        if self.schema.is_empty() {
            self.name.clone()
        } else {
            format!("{}.{}", self.schema, self.name)
        }
    }

    /// Everything but binary columns is read (as text): strings, JSON, numbers (coordinates live
    /// in floats), dates (a trace needs its timestamps).
    pub fn readable_columns(&self) -> Vec<&Column> {
        self.columns.iter().filter(|c| c.class != ColumnClass::Binary).collect()
    }

    pub fn skipped_columns(&self) -> Vec<&Column> {
        self.columns.iter().filter(|c| c.class == ColumnClass::Binary).collect()
    }
}

/// `--include` / `--exclude` globs over `schema.table` and the bare table name.
pub(crate) struct TableFilter {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

impl TableFilter {
    pub fn new(select: &crate::SelectOptions) -> Result<TableFilter, ConnectError> {
        Ok(TableFilter { include: globset(&select.include)?, exclude: globset(&select.exclude)? })
    }

    pub fn selected(&self, table: &Table) -> bool {
        let (q, n) = (table.qualified(), table.name.clone());
        let hit = |set: &GlobSet| set.is_match(&q) || set.is_match(&n);
        !self.exclude.as_ref().is_some_and(hit) && self.include.as_ref().is_none_or(hit)
    }
}

/// Pushes one row's cells, JSON columns as paths inside the column.
pub(crate) fn push_row(sink: &mut dyn Sink, row: u64, columns: &[&Column], values: &[Option<String>]) {
    for (c, v) in columns.iter().zip(values) {
        let Some(v) = v else { continue };
        // JSON columns, and JSON documents kept in text columns (MariaDB's JSON is LONGTEXT).
        let json_text = c.class == ColumnClass::Text && v.len() > 1 && matches!(v.as_bytes()[0], b'{' | b'[');
        if c.class == ColumnClass::Json || json_text {
            piimap_formats::json_cell(row, &c.name, v, sink);
        } else {
            sink.cell(row, &c.name, v);
        }
    }
}

/// What a table read produced: the label says how much was read, and a sample is also stated
/// as [`piimap_model::Sampling`] (the row estimate, when there is one, is in the method).
pub(crate) fn read_label(dialect: &str, table: &Table, rows: u64, sampled: Option<&str>) -> piimap_formats::TableRead {
    let what = if table.is_view { "view" } else { "table" };
    let skipped: Vec<String> = table.skipped_columns().iter().map(|c| format!("{} ({})", c.name, c.type_name)).collect();
    let mut label = match sampled {
        Some(method) => format!("{dialect} {what}, sample of {rows} rows ({method})"),
        None => format!("{dialect} {what}, all {rows} rows"),
    };
    if !skipped.is_empty() {
        label.push_str(&format!("; not read: {}", skipped.join(", ")));
    }
    let sampling = sampled.map(|method| piimap_model::Sampling { rows_read: rows, rows_total: None, method: method.to_string(), counted_in_full: Vec::new() });
    piimap_formats::TableRead { format: label, sampling }
}

pub(crate) fn evidence(rule: &str, detail: impl Into<String>) -> ExposureEvidence {
    ExposureEvidence { rule: rule.into(), detail: detail.into() }
}

/// Server exposure from what fired: `public` rules let anyone who reaches the server read,
/// `authenticated` rules let any account read; unknowns decide only when nothing else did.
#[derive(Debug, Default, Clone)]
pub(crate) struct ServerFindings {
    pub public: Vec<ExposureEvidence>,
    pub authenticated: Vec<ExposureEvidence>,
    pub notes: Vec<ExposureEvidence>,
    pub unknown: Vec<ExposureEvidence>,
}

impl ServerFindings {
    pub fn exposure(&self) -> Exposure {
        let level = if !self.public.is_empty() {
            ExposureLevel::Public
        } else if !self.authenticated.is_empty() {
            ExposureLevel::Authenticated
        } else if !self.unknown.is_empty() {
            ExposureLevel::Unknown
        } else {
            ExposureLevel::Restricted
        };
        let mut evidence: Vec<ExposureEvidence> = Vec::new();
        evidence.extend(self.public.iter().cloned());
        evidence.extend(self.authenticated.iter().cloned());
        evidence.extend(self.unknown.iter().cloned());
        evidence.extend(self.notes.iter().cloned());
        if level == ExposureLevel::Restricted {
            evidence.insert(0, self::evidence("db-restricted", "no setting lets anyone without credentials or any account read"));
        }
        Exposure { level, evidence }
    }

    /// A table's exposure: the server's, raised by grants on the table itself.
    pub fn table_exposure(&self, table_grants: &[ExposureEvidence]) -> Exposure {
        let mut f = self.clone();
        f.authenticated.extend(table_grants.iter().cloned());
        f.exposure()
    }
}

/// What each database engine provides; [`DbConnector`] turns it into locations.
pub(crate) trait Database: Send + Sync {
    /// `postgres://host:port/db`, without credentials.
    fn location(&self) -> String;
    /// Server-wide exposure checks.
    fn assess(&self) -> ServerFindings;
    /// Every table (and view when asked) with the grants that expose it.
    fn tables(&self) -> Result<Vec<(Table, Vec<ExposureEvidence>)>, String>;
    /// Reads one table (sampled or full) into cells.
    fn reader(&self, table: Table) -> Box<dyn piimap_formats::CellSource>;
}

pub struct DbConnector {
    db: Box<dyn Database>,
    filter: TableFilter,
    views: bool,
    tables: std::sync::Mutex<std::collections::HashMap<String, Table>>,
    store: std::sync::Mutex<Option<crate::Store>>,
}

impl DbConnector {
    pub fn new(target: &str, select: &crate::SelectOptions) -> Result<DbConnector, ConnectError> {
        let db: Box<dyn Database> = match crate::scheme_of(target) {
            "postgres" | "postgresql" => Box::new(postgres::Postgres::new(target, &select.db)?),
            "mysql" | "mariadb" => Box::new(mysql::MySql::new(target, &select.db)?),
            "sqlite" => Box::new(sqlite::Sqlite::new(target, &select.db)?),
            other => return Err(ConnectError::UnsupportedScheme { scheme: other.into(), target: redact(target) }),
        };
        Ok(DbConnector {
            db,
            filter: TableFilter::new(select)?,
            views: select.db.views,
            tables: Default::default(),
            store: Default::default(),
        })
    }
}

impl crate::Connector for DbConnector {
    fn enumerate(&self, out: &mut dyn FnMut(Result<crate::Unit, crate::ListFailure>)) {
        let base = self.db.location();
        let server = self.db.assess();
        let mut store = crate::Store {
            uri: format!("{base}/"),
            kind: piimap_model::LocationKind::Database,
            exposure: server.exposure(),
            error: None,
        };
        match self.db.tables() {
            Ok(tables) => {
                for (table, grants) in tables {
                    let uri = format!("{base}/{}", table.qualified());
                    let skip = if table.is_view && !self.views {
                        Some("view (read views with --views)".to_string())
                    } else if table.readable_columns().is_empty() {
                        Some("no readable columns (binary only)".to_string())
                    } else {
                        None
                    };
                    if !self.filter.selected(&table) {
                        continue;
                    }
                    let unit = crate::Unit {
                        uri: uri.clone(),
                        name: uri.clone(),
                        kind: piimap_model::LocationKind::Table,
                        size: None,
                        modified: None,
                        exposure: server.table_exposure(&grants),
                        skip,
                        handle: crate::Handle::Table(uri.clone()),
                    };
                    self.tables.lock().expect("table map lock is never poisoned").insert(uri, table);
                    out(Ok(unit));
                }
            }
            Err(e) => {
                out(Err(crate::ListFailure { uri: format!("{base}/"), error: e.clone() }));
                store.error = Some(format!("cannot list tables: {e}"));
            }
        }
        *self.store.lock().expect("store lock is never poisoned") = Some(store);
    }

    fn open(&self, unit: &crate::Unit) -> Result<crate::Body, crate::OpenError> {
        let crate::Handle::Table(key) = &unit.handle else {
            return Err(crate::OpenError { uri: unit.uri.clone(), source: std::io::Error::other("not a unit of the database connector") });
        };
        let table = self.tables.lock().expect("table map lock is never poisoned").remove(key).ok_or_else(|| crate::OpenError {
            uri: unit.uri.clone(),
            source: std::io::Error::other("table not enumerated"),
        })?;
        Ok(crate::Body::Table(self.db.reader(table)))
    }

    fn stores(&self) -> Vec<crate::Store> {
        self.store.lock().expect("store lock is never poisoned").iter().cloned().collect()
    }

    fn io_parallelism(&self) -> usize {
        // Tables are read by the server: a few at a time, not to disturb production.
        2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_parse_and_never_show_passwords() {
        let t = DbTarget::parse("postgres://scan:s%40cret@db.example.com:5433/crm?sslmode=disable").expect("parse");
        assert_eq!(t.user.as_deref(), Some("scan"));
        assert_eq!(t.password.as_deref(), Some("s@cret"));
        assert_eq!((t.host.as_str(), t.port, t.database.as_str()), ("db.example.com", Some(5433), "crm"));
        assert_eq!(t.param("sslmode"), Some("disable"));
        assert_eq!(t.location("postgres", 5432), "postgres://db.example.com:5433/crm");
        assert!(!format!("{t:?}").contains("cret"));
        assert_eq!(redact("mysql://root:hunter2@h/db"), "mysql://root:***@h/db");
        let socket = DbTarget::parse("postgres://postgres@%2Ftmp%2Fpg/testdb").expect("parse");
        assert_eq!(socket.host, "/tmp/pg");
        assert_eq!(socket.location("postgres", 5432), "postgres://[/tmp/pg]:5432/testdb");
    }
}
