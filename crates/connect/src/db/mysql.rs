//! MySQL and MariaDB through the synchronous `mysql` client. Reads run in `READ ONLY`
//! transactions with a statement time limit; samples are windows spread over the primary-key
//! range (an integer key), or rows drawn with `RAND()` when there is none.

use super::tls::{explain, TlsMode, TlsSettings};
use super::{evidence, push_row, read_label, Column, ColumnClass, Database, DbOptions, DbTarget, ServerFindings, Table};
use crate::ConnectError;
use mysql::prelude::Queryable;
use mysql::{Conn, DriverError, OptsBuilder, SslOpts};
use piimap_formats::{CellSource, Sink};
use piimap_model::ExposureEvidence;
use std::collections::HashMap;
use std::time::Duration;

/// Sample windows over the key range.
const WINDOWS: u64 = 16;

/// `(User, Host, plugin, authentication_string, Select_priv)` from `mysql.user`.
type Account = (String, String, String, String, String);

pub(crate) struct MySql {
    target: DbTarget,
    options: DbOptions,
    tls: TlsSettings,
}

/// `` `a``b` `` quoting, safe for any name.
pub(crate) fn quote(ident: &str) -> String {
    format!("`{}`", ident.replace('`', "``"))
}

fn opts(target: &DbTarget, user: Option<&str>, password: Option<&str>) -> OptsBuilder {
    let mut b = OptsBuilder::new()
        .user(user.or(target.user.as_deref()))
        .pass(password)
        .db_name((!target.database.is_empty()).then_some(target.database.as_str()))
        .tcp_connect_timeout(Some(Duration::from_secs(10)))
        .prefer_socket(false);
    if target.host.starts_with('/') {
        b = b.socket(Some(target.host.as_str()));
    } else {
        b = b.ip_or_hostname(Some(if target.host.is_empty() { "localhost" } else { target.host.as_str() })).tcp_port(target.port.unwrap_or(3306));
    }
    b
}

/// Opens a connection as `user` (the target's by default) with `password`, over TLS as `tls`
/// says; `prefer` falls back to plain TCP only when the server has no TLS at all.
fn open(target: &DbTarget, tls: &TlsSettings, user: Option<&str>, password: Option<&str>) -> Result<Conn, String> {
    let base = opts(target, user, password);
    if tls.mode == TlsMode::Disable || target.host.starts_with('/') {
        return Conn::new(base).map_err(|e| describe(&e));
    }
    let ssl = SslOpts::default()
        .with_root_cert_path(tls.root_cert.clone().map(std::borrow::Cow::Owned))
        .with_danger_skip_domain_validation(tls.mode == TlsMode::VerifyCa);
    match Conn::new(base.clone().ssl_opts(ssl)) {
        Err(mysql::Error::DriverError(DriverError::TlsNotSupported)) if tls.mode == TlsMode::Prefer => Conn::new(base),
        other => other,
    }
    .map_err(|e| explain(&describe(&e)))
}

fn describe(e: &mysql::Error) -> String {
    match e {
        mysql::Error::MySqlError(m) => format!("{} ({})", m.message, m.code),
        other => other.to_string(),
    }
}

impl MySql {
    pub fn new(target: &str, options: &DbOptions) -> Result<MySql, ConnectError> {
        let mut parsed = DbTarget::parse(target)?;
        parsed.resolve_password("MYSQL_PWD", options)?;
        if parsed.database.is_empty() {
            return Err(ConnectError::Config { target: super::redact(target), message: "name the database: mysql://user@host:port/DATABASE".into() });
        }
        let tls = TlsSettings::from_target(&parsed).map_err(|message| ConnectError::Config { target: super::redact(target), message })?;
        Ok(MySql { target: parsed, options: options.clone(), tls })
    }

    fn connect(&self) -> Result<Conn, String> {
        open(&self.target, &self.tls, None, self.target.password.as_deref()).map_err(|e| format!("cannot connect: {e}"))
    }
}

fn class_of(data_type: &str) -> ColumnClass {
    match data_type {
        "char" | "varchar" | "tinytext" | "text" | "mediumtext" | "longtext" | "enum" | "set" => ColumnClass::Text,
        "json" => ColumnClass::Json,
        "tinyint" | "smallint" | "mediumint" | "int" | "bigint" | "decimal" | "float" | "double" | "year" => ColumnClass::Numeric,
        "geometry" | "point" | "linestring" | "multipoint" | "geometrycollection" => ColumnClass::Geometry,
        "binary" | "varbinary" | "tinyblob" | "blob" | "mediumblob" | "longblob" | "bit" | "polygon" | "multilinestring" | "multipolygon" => {
            ColumnClass::Binary
        }
        _ => ColumnClass::Other,
    }
}

impl Database for MySql {
    fn location(&self) -> String {
        self.target.location("mysql", 3306)
    }

    fn assess(&self) -> ServerFindings {
        let mut f = ServerFindings::default();
        let mut conn = match self.connect() {
            Ok(c) => c,
            Err(e) => {
                f.unknown.push(evidence("mysql-unreachable", e));
                return f;
            }
        };
        match conn.query_first::<(String, String), _>("SHOW SESSION STATUS LIKE 'Ssl_version'") {
            Ok(Some((_, version))) if !version.is_empty() => {
                f.notes.push(evidence("mysql-scan-connection-tls", format!("this scan's connection: {version}, server certificate verified")))
            }
            Ok(_) => f.notes.push(evidence("mysql-scan-connection-plain", "this scan's connection is not encrypted")),
            Err(_) => {}
        }
        let bind: Option<String> = conn.query_first("SELECT @@bind_address").ok().flatten();
        let loopback_only = bind.as_deref().is_some_and(|b| matches!(b, "127.0.0.1" | "localhost" | "::1"));
        if !loopback_only {
            f.notes.push(evidence("mysql-bind-address", format!("bind_address = {}: reachable from the network", bind.as_deref().unwrap_or("(all interfaces)"))));
        }
        let secure: Option<String> = conn.query_first("SELECT @@require_secure_transport").ok().flatten();
        if secure.as_deref() == Some("0") && !loopback_only {
            f.notes.push(evidence("mysql-insecure-transport", "require_secure_transport = OFF: passwords and data may cross the network in clear"));
        }
        // Accounts: anonymous users, empty passwords, any-host accounts, global read.
        let accounts: Result<Vec<Account>, _> = conn.query(
            "SELECT User, Host, COALESCE(plugin, ''), COALESCE(authentication_string, ''), Select_priv FROM mysql.user",
        );
        // Locked accounts cannot log in: MariaDB keeps the flag in global_priv, MySQL in user.
        let mut locked: Vec<(String, String)> =
            conn.query("SELECT User, Host FROM mysql.global_priv WHERE JSON_VALUE(Priv, '$.account_locked') = 1").unwrap_or_default();
        locked.extend(conn.query::<(String, String), _>("SELECT User, Host FROM mysql.user WHERE account_locked = 'Y'").unwrap_or_default());
        match accounts {
            Ok(rows) => {
                for (user, host, plugin, auth, select_priv) in rows {
                    if locked.iter().any(|(u, h)| *u == user && *h == host) {
                        continue;
                    }
                    let account = format!("'{user}'@'{host}'");
                    let socket_auth = matches!(plugin.as_str(), "unix_socket" | "auth_socket");
                    let no_password = auth.is_empty() && !socket_auth && plugin != "invalid";
                    let remote = host != "localhost" && host != "127.0.0.1" && host != "::1";
                    let reach = if remote && !loopback_only { "from anywhere" } else { "from this host" };
                    if user.is_empty() {
                        let e = evidence("mysql-anonymous-user", format!("anonymous account {account}: anyone logs in {reach} without a user name"));
                        if remote && !loopback_only { f.public.push(e) } else { f.authenticated.push(e) }
                    } else if no_password {
                        let e = evidence("mysql-empty-password", format!("account {account} has no password: anyone logs in as {user} {reach}"));
                        if remote && !loopback_only { f.public.push(e) } else { f.authenticated.push(e) }
                    } else if host == "%" {
                        f.notes.push(evidence("mysql-any-host", format!("account {account} may log in from any host")));
                    }
                    if select_priv == "Y" && (user.is_empty() || no_password) {
                        f.notes.push(evidence("mysql-global-select", format!("{account} holds the global SELECT privilege: every database")));
                    }
                }
            }
            Err(e) => f.unknown.push(evidence("mysql-accounts-unreadable", format!("mysql.user: {}", describe(&e)))),
        }
        if self.options.login_probe {
            let host = self.target.host.clone();
            for user in ["", "root"] {
                match open(&self.target, &self.tls, Some(user), None) {
                    Ok(_) => {
                        let who = if user.is_empty() { "an anonymous login".to_string() } else { format!("{user} without a password") };
                        let e = evidence("mysql-login-without-password", format!("proven: {who} was accepted by {host}"));
                        if loopback_only { f.authenticated.push(e) } else { f.public.push(e) }
                        break;
                    }
                    Err(e) => f.notes.push(evidence(
                        "mysql-login-refused",
                        format!("login as {} without a password refused: {e}", if user.is_empty() { "''" } else { user }),
                    )),
                }
            }
        }
        f
    }

    fn tables(&self) -> Result<Vec<(Table, Vec<ExposureEvidence>)>, String> {
        let mut conn = self.connect()?;
        let db = self.target.database.clone();
        let tables: Vec<(String, String, Option<u64>)> = conn
            .exec("SELECT TABLE_NAME, TABLE_TYPE, TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME", (db.clone(),))
            .map_err(|e| format!("listing tables: {}", describe(&e)))?;
        let columns: Vec<(String, String, String, String)> = conn
            .exec(
                "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? \
                 ORDER BY TABLE_NAME, ORDINAL_POSITION",
                (db.clone(),),
            )
            .map_err(|e| format!("listing columns: {}", describe(&e)))?;
        let mut by_table: HashMap<String, Vec<Column>> = HashMap::new();
        for (table, name, data_type, column_type) in columns {
            by_table.entry(table).or_default().push(Column { name, class: class_of(&data_type.to_ascii_lowercase()), type_name: column_type });
        }
        // Database-level grants to anonymous or passwordless accounts (readable with access to mysql.*).
        let open_grants: Vec<(String, String)> = conn
            .exec("SELECT User, Host FROM mysql.db WHERE Select_priv = 'Y' AND ? LIKE Db AND User = ''", (db.clone(),))
            .unwrap_or_default();
        let grants: Vec<ExposureEvidence> = open_grants
            .iter()
            .map(|(u, h)| evidence("mysql-db-grant-anonymous", format!("SELECT on {db}.* granted to the anonymous account '{u}'@'{h}'")))
            .collect();
        Ok(tables
            .into_iter()
            .map(|(name, kind, rows)| {
                let columns = by_table.remove(&name).unwrap_or_default();
                let table = Table { schema: String::new(), name, is_view: kind.contains("VIEW"), columns, estimated_rows: rows };
                (table, grants.clone())
            })
            .collect())
    }

    fn reader(&self, table: Table) -> Box<dyn CellSource> {
        Box::new(MyTable { target: self.target.clone(), options: self.options.clone(), tls: self.tls.clone(), table })
    }
}

struct MyTable {
    target: DbTarget,
    options: DbOptions,
    tls: TlsSettings,
    table: Table,
}

impl MyTable {
    /// A single integer primary-key column, if the table has one.
    fn integer_key(&self, conn: &mut Conn) -> Option<String> {
        let keys: Vec<(String, String)> = conn
            .exec(
                "SELECT COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_KEY = 'PRI'",
                (self.target.database.clone(), self.table.name.clone()),
            )
            .ok()?;
        match keys.as_slice() {
            [(name, t)] if matches!(t.as_str(), "tinyint" | "smallint" | "mediumint" | "int" | "bigint") => Some(name.clone()),
            _ => None,
        }
    }
}

impl CellSource for MyTable {
    fn pump(self: Box<Self>, sink: &mut dyn Sink) -> Result<piimap_formats::TableRead, String> {
        let mut conn = open(&self.target, &self.tls, None, self.target.password.as_deref()).map_err(|e| format!("cannot connect: {e}"))?;
        // MariaDB and MySQL name the statement time limit differently; whichever exists applies.
        let seconds = self.options.statement_timeout_ms as f64 / 1000.0;
        let _ = conn.query_drop(format!("SET SESSION max_statement_time = {seconds}"));
        let _ = conn.query_drop(format!("SET SESSION max_execution_time = {}", self.options.statement_timeout_ms));
        conn.query_drop("START TRANSACTION READ ONLY").map_err(|e| describe(&e))?;
        let columns = self.table.readable_columns();
        // Geometries as well-known text: `POINT(x y)`.
        let select: Vec<String> = columns
            .iter()
            .map(|c| if c.class == ColumnClass::Geometry { format!("ST_AsText({})", quote(&c.name)) } else { format!("CAST({} AS CHAR)", quote(&c.name)) })
            .collect();
        let select = select.join(", ");
        let from = quote(&self.table.name);
        let mut n: u64 = 0;
        let mut read = |conn: &mut Conn, sql: &str, n: &mut u64| -> Result<(), String> {
            let result = conn.query_iter(sql).map_err(|e| describe(&e))?;
            for row in result {
                let row = row.map_err(|e| format!("after {n} rows: {}", describe(&e)))?;
                let values: Vec<Option<String>> = (0..columns.len()).map(|i| row.get_opt::<Option<String>, _>(i).and_then(Result::ok).flatten()).collect();
                push_row(sink, *n, &columns, &values);
                *n += 1;
            }
            Ok(())
        };
        let limit = self.options.sample_rows;
        let estimate = self.table.estimated_rows.unwrap_or(0);
        let label = if self.options.full {
            read(&mut conn, &format!("SELECT {select} FROM {from}"), &mut n)?;
            read_label("mysql", &self.table, n, None)
        } else if self.table.is_view || estimate <= limit.saturating_mul(2) {
            read(&mut conn, &format!("SELECT {select} FROM {from} LIMIT {limit}"), &mut n)?;
            let method = format!("first {limit} rows of a small table or view");
            read_label("mysql", &self.table, n, (n >= limit).then_some(method.as_str()))
        } else if let Some(key) = self.integer_key(&mut conn) {
            let k = quote(&key);
            let bounds: Option<(Option<i64>, Option<i64>)> = conn.query_first(format!("SELECT MIN({k}), MAX({k}) FROM {from}")).map_err(|e| describe(&e))?;
            let (lo, hi) = match bounds {
                Some((Some(lo), Some(hi))) => (lo, hi),
                _ => (0, 0),
            };
            let per_window = limit.div_ceil(WINDOWS);
            let span = (hi - lo).max(0) as u64;
            for w in 0..WINDOWS {
                let start = lo + (span * w / WINDOWS) as i64;
                read(&mut conn, &format!("SELECT {select} FROM {from} WHERE {k} >= {start} ORDER BY {k} LIMIT {per_window}"), &mut n)?;
            }
            read_label("mysql", &self.table, n, Some(&format!("{WINDOWS} windows over the {key} range of ~{estimate} rows")))
        } else {
            let fraction = (limit as f64 * 1.5 / estimate as f64).min(1.0);
            read(&mut conn, &format!("SELECT {select} FROM {from} WHERE RAND() < {fraction:.6} LIMIT {limit}"), &mut n)?;
            read_label("mysql", &self.table, n, Some(&format!("random rows (RAND() < {fraction:.6}) of ~{estimate}")))
        };
        let _ = conn.query_drop("COMMIT");
        Ok(label)
    }
}
