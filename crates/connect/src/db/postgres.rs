//! PostgreSQL through the synchronous `postgres` client. Reads run in `READ ONLY` transactions
//! with `statement_timeout`; samples use `TABLESAMPLE SYSTEM` (blocks spread over the whole
//! table), falling back to `BERNOULLI` when the block sample comes back thin.

use super::tls::{explain, TlsMode, TlsSettings};
use super::{evidence, push_row, read_label, Column, ColumnClass, Database, DbOptions, DbTarget, ServerFindings, Table};
use crate::ConnectError;
use piimap_formats::{CellSource, Sink};
use piimap_model::ExposureEvidence;
use postgres::fallible_iterator::FallibleIterator;
use postgres::config::SslMode;
use postgres::{Client, NoTls};
use tokio_postgres_rustls::MakeRustlsConnect;
use std::collections::HashMap;
use std::time::Duration;

pub(crate) struct Postgres {
    target: DbTarget,
    options: DbOptions,
    tls: Tls,
}

/// How connections to one target are made: plain, or TLS with a verifying configuration.
#[derive(Clone)]
struct Tls {
    mode: TlsMode,
    config: Option<rustls::ClientConfig>,
}

impl Tls {
    /// Opens a connection as `user` (the target's by default) with `password`.
    fn connect(&self, target: &DbTarget, password: Option<&str>, user: Option<&str>) -> Result<Client, String> {
        let mut c = config(target, password, user);
        let result = match (&self.config, self.mode) {
            (Some(tls), mode) if !target.host.starts_with('/') && mode != TlsMode::Disable => {
                c.ssl_mode(if mode == TlsMode::Prefer { SslMode::Prefer } else { SslMode::Require });
                c.connect(MakeRustlsConnect::new(tls.clone()))
            }
            _ => {
                c.ssl_mode(SslMode::Disable);
                c.connect(NoTls)
            }
        };
        result.map_err(|e| explain(&describe(&e)))
    }
}

/// `"a""b"` quoting, safe for any name.
pub(crate) fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

fn config(target: &DbTarget, password: Option<&str>, user: Option<&str>) -> postgres::Config {
    let mut c = postgres::Config::new();
    if target.host.starts_with('/') {
        c.host_path(&target.host);
    } else {
        c.host(if target.host.is_empty() { "localhost" } else { &target.host });
    }
    c.port(target.port.unwrap_or(5432));
    if let Some(u) = user.or(target.user.as_deref()) {
        c.user(u);
    }
    if let Some(p) = password {
        c.password(p);
    }
    if !target.database.is_empty() {
        c.dbname(&target.database);
    }
    c.application_name("piimap").connect_timeout(Duration::from_secs(10));
    c
}

/// A client error as its server message (code and text), never with connection parameters.
fn describe(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                text.push_str(&format!(": {s}"));
                source = s.source();
            }
            text
        }
    }
}

impl Postgres {
    pub fn new(target: &str, options: &DbOptions) -> Result<Postgres, ConnectError> {
        let mut parsed = DbTarget::parse(target)?;
        parsed.resolve_password("PGPASSWORD", options)?;
        if parsed.user.is_none() {
            parsed.user = std::env::var("PGUSER").ok();
        }
        let bad = |message: String| ConnectError::Config { target: super::redact(target), message };
        let settings = TlsSettings::from_target(&parsed).map_err(bad)?;
        let config = match settings.mode {
            TlsMode::Disable => None,
            _ => Some(settings.client_config().map_err(bad)?),
        };
        Ok(Postgres { target: parsed, options: options.clone(), tls: Tls { mode: settings.mode, config } })
    }

    fn connect(&self) -> Result<Client, String> {
        self.tls.connect(&self.target, self.target.password.as_deref(), None).map_err(|e| format!("cannot connect: {e}"))
    }
}

/// A column as text: geometric points as WKT (`POINT(x y)`, PostGIS through `ST_AsText`).
fn select_expression(c: &Column) -> String {
    let q = quote(&c.name);
    match (c.class, c.type_name.as_str()) {
        (ColumnClass::Geometry, "point") => format!("'POINT(' || ({q})[0] || ' ' || ({q})[1] || ')'"),
        (ColumnClass::Geometry, _) => format!("ST_AsText({q})"),
        _ => format!("{q}::text"),
    }
}

fn class_of(type_name: &str, category: &str) -> ColumnClass {
    match (type_name, category) {
        ("json" | "jsonb", _) => ColumnClass::Json,
        ("bytea", _) => ColumnClass::Binary,
        ("point" | "geometry" | "geography", _) => ColumnClass::Geometry,
        (_, "S") => ColumnClass::Text,
        (_, "N") => ColumnClass::Numeric,
        _ => ColumnClass::Other,
    }
}

impl Database for Postgres {
    fn location(&self) -> String {
        self.target.location("postgres", 5432)
    }

    fn assess(&self) -> ServerFindings {
        let mut f = ServerFindings::default();
        let mut client = match self.connect() {
            Ok(c) => c,
            Err(e) => {
                f.unknown.push(evidence("pg-unreachable", e));
                return f;
            }
        };
        let setting = |client: &mut Client, name: &str| -> Option<String> {
            client.query_one("SELECT current_setting($1)", &[&name]).ok().map(|r| r.get::<_, String>(0))
        };
        let listen = setting(&mut client, "listen_addresses").unwrap_or_default();
        let loopback_only = listen.split(',').map(str::trim).all(|a| matches!(a, "localhost" | "127.0.0.1" | "::1" | ""));
        if !loopback_only {
            f.notes.push(evidence("pg-listen-addresses", format!("listen_addresses = '{listen}': reachable from the network")));
        }
        match client.query_opt("SELECT ssl, coalesce(version, '') FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[]) {
            Ok(Some(r)) if r.get::<_, bool>(0) => {
                f.notes.push(evidence("pg-scan-connection-tls", format!("this scan's connection: {}, server certificate verified", r.get::<_, String>(1))))
            }
            Ok(_) => f.notes.push(evidence("pg-scan-connection-plain", "this scan's connection is not encrypted")),
            Err(_) => {}
        }
        if setting(&mut client, "ssl").as_deref() == Some("off") {
            let why = if loopback_only { "ssl = off (loopback only)" } else { "ssl = off: passwords and data cross the network in clear" };
            f.notes.push(evidence("pg-ssl-off", why));
        }
        match client.query(
            "SELECT line_number, type, coalesce(array_to_string(database, ','), ''), coalesce(array_to_string(user_name, ','), ''), \
             coalesce(address, ''), coalesce(netmask, '') FROM pg_hba_file_rules WHERE auth_method = 'trust' AND error IS NULL",
            &[],
        ) {
            Ok(rows) => {
                for r in rows {
                    let (line, kind, dbs, users, address, mask): (i32, String, String, String, String, String) =
                        (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5));
                    let local = kind == "local" || matches!(address.as_str(), "127.0.0.1" | "::1" | "localhost");
                    let rule = format!("pg_hba.conf line {line}: {kind} {dbs} {users} {address}{} trust", if mask.is_empty() { String::new() } else { format!("/{mask}") });
                    if local {
                        f.authenticated.push(evidence("pg-hba-trust-local", format!("{rule}: any local account logs in as {users} without a password")));
                    } else if loopback_only {
                        f.notes.push(evidence("pg-hba-trust-remote", format!("{rule}: no password from the network (only loopback is listened on now)")));
                    } else {
                        f.public.push(evidence("pg-hba-trust-remote", format!("{rule}: anyone who reaches the server logs in as {users} without a password")));
                    }
                }
            }
            Err(e) => f.unknown.push(evidence("pg-hba-unreadable", format!("pg_hba_file_rules: {}", describe(&e)))),
        }
        match client.query("SELECT rolname FROM pg_authid WHERE rolcanlogin AND rolpassword IS NULL ORDER BY 1", &[]) {
            Ok(rows) if !rows.is_empty() => {
                let roles: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
                f.notes.push(evidence("pg-roles-without-password", format!("login roles without a password: {}", roles.join(", "))));
            }
            Ok(_) => {}
            Err(e) => f.notes.push(evidence("pg-roles-unreadable", format!("pg_authid: {}", describe(&e)))),
        }
        if self.options.login_probe {
            for user in probe_users(self.target.user.as_deref()) {
                match self.tls.connect(&self.target, None, Some(&user)) {
                    Ok(_) => {
                        let rule = evidence("pg-login-without-password", format!("proven: role {user} logged in without a password"));
                        if self.target.host.starts_with('/') || matches!(self.target.host.as_str(), "127.0.0.1" | "localhost" | "::1") {
                            if loopback_only {
                                f.authenticated.push(rule);
                            } else {
                                f.public.push(rule);
                            }
                        } else {
                            f.public.push(rule);
                        }
                        break;
                    }
                    Err(e) => f.notes.push(evidence("pg-login-refused", format!("login as {user} without a password refused: {e}"))),
                }
            }
        }
        f
    }

    fn tables(&self) -> Result<Vec<(Table, Vec<ExposureEvidence>)>, String> {
        let mut client = self.connect()?;
        let relkinds = "('r','p','v','m','f')";
        let rows = client
            .query(
                &format!(
                    "SELECT n.nspname, c.relname, c.relkind::text, GREATEST(c.reltuples, 0)::bigint, \
                       EXISTS (SELECT 1 FROM aclexplode(c.relacl) a WHERE a.grantee = 0 AND a.privilege_type = 'SELECT'), \
                       has_schema_privilege('public', n.oid, 'USAGE') \
                     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                     WHERE c.relkind IN {relkinds} AND n.nspname NOT IN ('pg_catalog', 'information_schema') \
                       AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%' ORDER BY 1, 2"
                ),
                &[],
            )
            .map_err(|e| format!("listing tables: {}", describe(&e)))?;
        let columns = client
            .query(
                &format!(
                    "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typname::text, t.typcategory::text \
                     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
                     JOIN pg_type t ON t.oid = a.atttypid \
                     WHERE c.relkind IN {relkinds} AND a.attnum > 0 AND NOT a.attisdropped \
                       AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY n.nspname, c.relname, a.attnum"
                ),
                &[],
            )
            .map_err(|e| format!("listing columns: {}", describe(&e)))?;
        let mut by_table: HashMap<(String, String), Vec<Column>> = HashMap::new();
        for r in columns {
            let (schema, table, name, type_name, base, category): (String, String, String, String, String, String) =
                (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5));
            by_table.entry((schema, table)).or_default().push(Column { name, class: class_of(&base, &category), type_name });
        }
        Ok(rows
            .into_iter()
            .map(|r| {
                let (schema, name, kind, estimate, public_select, public_usage): (String, String, String, i64, bool, bool) =
                    (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5));
                let columns = by_table.remove(&(schema.clone(), name.clone())).unwrap_or_default();
                let mut grants = Vec::new();
                if public_select && public_usage {
                    grants.push(evidence(
                        "pg-grant-select-public",
                        format!("GRANT SELECT ON {}.{} TO PUBLIC: every role that can log in reads it", quote(&schema), quote(&name)),
                    ));
                }
                let table = Table { schema, name, is_view: matches!(kind.as_str(), "v" | "m"), columns, estimated_rows: (estimate > 0).then_some(estimate as u64) };
                (table, grants)
            })
            .collect())
    }

    fn reader(&self, table: Table) -> Box<dyn CellSource> {
        Box::new(PgTable { target: self.target.clone(), options: self.options.clone(), tls: self.tls.clone(), table })
    }
}

/// Roles to try without a password: the scanning role, then the usual superuser.
fn probe_users(user: Option<&str>) -> Vec<String> {
    let mut users: Vec<String> = user.map(str::to_string).into_iter().collect();
    if !users.iter().any(|u| u == "postgres") {
        users.push("postgres".into());
    }
    users
}

struct PgTable {
    target: DbTarget,
    options: DbOptions,
    tls: Tls,
    table: Table,
}

impl CellSource for PgTable {
    fn pump(self: Box<Self>, sink: &mut dyn Sink) -> Result<piimap_formats::TableRead, String> {
        let mut client = self.tls.connect(&self.target, self.target.password.as_deref(), None).map_err(|e| format!("cannot connect: {e}"))?;
        let columns = self.table.readable_columns();
        let select: Vec<String> = columns.iter().map(|c| select_expression(c)).collect();
        let from = format!("{}.{}", quote(&self.table.schema), quote(&self.table.name));
        let mut tx = client.build_transaction().read_only(true).start().map_err(|e| describe(&e))?;
        tx.batch_execute(&format!("SET LOCAL statement_timeout = {}", self.options.statement_timeout_ms)).map_err(|e| describe(&e))?;
        let limit = self.options.sample_rows;
        let estimate = self.table.estimated_rows.unwrap_or(0);
        let columns_sql = select.join(", ");
        let mut n: u64 = 0;
        let mut read = |tx: &mut postgres::Transaction<'_>, sql: &str, n: &mut u64| -> Result<(), String> {
            let params: [&(dyn postgres::types::ToSql + Sync); 0] = [];
            let mut rows = tx.query_raw(sql, params.iter().copied()).map_err(|e| describe(&e))?;
            let mut values: Vec<Option<String>> = Vec::with_capacity(columns.len());
            while let Some(row) = rows.next().map_err(|e| format!("after {n} rows: {}", describe(&e)))? {
                values.clear();
                values.extend((0..columns.len()).map(|c| row.get::<_, Option<String>>(c)));
                push_row(sink, *n, &columns, &values);
                *n += 1;
            }
            Ok(())
        };
        if self.options.full {
            read(&mut tx, &format!("SELECT {columns_sql} FROM {from}"), &mut n)?;
            return Ok(read_label("postgres", &self.table, n, None));
        }
        if self.table.is_view || estimate <= limit.saturating_mul(2) {
            read(&mut tx, &format!("SELECT {columns_sql} FROM {from} LIMIT {limit}"), &mut n)?;
            let method = format!("first {limit} rows of a small table or view");
            return Ok(read_label("postgres", &self.table, n, (n >= limit).then_some(method.as_str())));
        }
        // Blocks spread over the whole table; a table of few, large blocks can come back thin,
        // and then rows are sampled one by one for the rest.
        let percent = (limit as f64 * 150.0 / estimate as f64).clamp(0.0001, 100.0);
        read(&mut tx, &format!("SELECT {columns_sql} FROM {from} TABLESAMPLE SYSTEM ({percent:.4}) LIMIT {limit}"), &mut n)?;
        let mut method = format!("TABLESAMPLE SYSTEM {percent:.4}% of ~{estimate} rows");
        if n < limit / 2 {
            let rest = limit - n;
            read(&mut tx, &format!("SELECT {columns_sql} FROM {from} TABLESAMPLE BERNOULLI ({percent:.4}) LIMIT {rest}"), &mut n)?;
            method.push_str(", topped up with BERNOULLI");
        }
        Ok(read_label("postgres", &self.table, n, Some(&method)))
    }
}
