//! `piimap scan postgres://... | mysql://... | sqlite://...` against real servers started by
//! `scripts/test.sh` (Debian's PostgreSQL and MariaDB; a secure instance of each on 127.0.0.1 and
//! an insecure one inside a private network namespace). The same tables are loaded into each
//! engine and must give the same personal-data columns.

mod common;

use common::{scan, scan_with, Run, BIN};
use mysql::prelude::Queryable;
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Command;

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set: run the tests with `bash scripts/test.sh`, which starts the database servers"))
}

const FIRST: [&str; 8] = ["Jane", "John", "Maria", "David", "Sarah", "Michael", "Laura", "James"];
const LAST: [&str; 8] = ["Doe", "Smith", "Garcia", "Johnson", "Brown", "Miller", "Wilson", "Taylor"];
const STREETS: [&str; 4] = ["Main Street", "Oak Avenue", "Maple Drive", "Cedar Lane"];
/// Awkward identifiers: quotes, spaces, a semicolon, non-ASCII.
const WEIRD_TABLE: &str = "client \"list\"; 2024 – naïve";
const WEIRD_COLUMN: &str = "e-mail \"address\"";

struct Customer {
    name: String,
    email: String,
    phone: String,
    address: String,
}

fn customers() -> Vec<Customer> {
    (0..200)
        .map(|i| {
            let (f, l) = (FIRST[i % 8], LAST[(i / 8) % 8]);
            Customer {
                name: format!("{f} {l}"),
                email: format!("{}.{}{i}@example.com", f.to_lowercase(), l.to_lowercase()),
                phone: format!("+1 415 555 {:04}", 100 + i),
                address: format!("{} {}, Springfield, IL 62704", 100 + i, STREETS[i % 4]),
            }
        })
        .collect()
}

fn profile_json(c: &Customer, i: usize) -> String {
    format!(r#"{{"contact": {{"email": "{}", "phone": "{}"}}, "prefs": {{"newsletter": {}, "theme": "dark"}}}}"#, c.email, c.phone, i.is_multiple_of(2))
}

const TELEMATICS_ROWS: u64 = 100_000;

/// Loads the shared tables through any SQL connection; `quote` quotes identifiers for it.
fn load(exec: &mut dyn FnMut(&str), quote: fn(&str) -> String, json_type: &str, telematics: &str) {
    exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, full_name VARCHAR(100), email VARCHAR(100), phone VARCHAR(40), address VARCHAR(200), notes VARCHAR(200))");
    let rows: Vec<String> = customers()
        .iter()
        .enumerate()
        .map(|(i, c)| format!("({i}, '{}', '{}', '{}', '{}', 'called back, all fine')", c.name, c.email, c.phone, c.address))
        .collect();
    exec(&format!("INSERT INTO customers VALUES {}", rows.join(", ")));
    exec(&format!("CREATE TABLE profiles (id INTEGER PRIMARY KEY, payload {json_type})"));
    let rows: Vec<String> = customers().iter().enumerate().map(|(i, c)| format!("({i}, '{}')", profile_json(c, i))).collect();
    exec(&format!("INSERT INTO profiles VALUES {}", rows.join(", ")));
    exec("CREATE TABLE products (sku VARCHAR(20) PRIMARY KEY, title VARCHAR(100), price DECIMAL(10,2))");
    exec("INSERT INTO products VALUES ('SKU-1001', 'Garden hose, 20 m', 19.99), ('SKU-1002', 'Watering can', 7.50), ('SKU-1003', 'Rake', 12.00)");
    exec(&format!("CREATE TABLE {} (id INTEGER PRIMARY KEY, {} VARCHAR(100), {} VARCHAR(100))", quote(WEIRD_TABLE), quote(WEIRD_COLUMN), quote("full name")));
    let rows: Vec<String> = customers().iter().take(50).enumerate().map(|(i, c)| format!("({i}, '{}', '{}')", c.email, c.name)).collect();
    exec(&format!("INSERT INTO {} VALUES {}", quote(WEIRD_TABLE), rows.join(", ")));
    exec("CREATE TABLE telematics (id INTEGER PRIMARY KEY, vin VARCHAR(17), recorded_at VARCHAR(30), lat DOUBLE PRECISION, lon DOUBLE PRECISION, speed_kmh INTEGER)");
    exec(telematics);
}

fn pg_quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn my_quote(s: &str) -> String {
    format!("`{}`", s.replace('`', "``"))
}

const PG_TELEMATICS: &str = "INSERT INTO telematics SELECT i, (ARRAY['1HGCM82633A004352','5YJ3E1EA7KF317000','WP0ZZZ99ZTS392124'])[i % 3 + 1], \
    to_char(timestamp '2024-05-01' + i * interval '1 second', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 35.6 + (i % 1000) * 0.0001, 139.7 + (i % 997) * 0.0001, i % 120 \
    FROM generate_series(1, 100000) AS i";
const MY_TELEMATICS: &str = "INSERT INTO telematics SELECT seq, ELT(seq % 3 + 1, '1HGCM82633A004352','5YJ3E1EA7KF317000','WP0ZZZ99ZTS392124'), \
    DATE_FORMAT(TIMESTAMP '2024-05-01 00:00:00' + INTERVAL seq SECOND, '%Y-%m-%dT%H:%i:%sZ'), 35.6 + (seq % 1000) * 0.0001, 139.7 + (seq % 997) * 0.0001, seq % 120 \
    FROM seq_1_to_100000";
const LITE_TELEMATICS: &str = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) \
    INSERT INTO telematics SELECT i, CASE i % 3 WHEN 0 THEN '1HGCM82633A004352' WHEN 1 THEN '5YJ3E1EA7KF317000' ELSE 'WP0ZZZ99ZTS392124' END, \
    strftime('%Y-%m-%dT%H:%M:%SZ', 1714521600 + i, 'unixepoch'), 35.6 + (i % 1000) * 0.0001, 139.7 + (i % 997) * 0.0001, i % 120 FROM n";

/// The test helpers' own connections (setup, not under test) go without TLS and ignore
/// piimap's URI parameters.
fn pg_client(url: &str) -> postgres::Client {
    postgres::Client::connect(url.split('?').next().unwrap_or(url), postgres::NoTls).expect("connect to the test PostgreSQL")
}

/// The secure servers speak TLS with a certificate from the test CA, which piimap is told to
/// trust (it verifies by default and the system does not know this CA).
fn with_ca(url: &str, param: &str) -> String {
    format!("{url}?{param}={}", env("PIIMAP_TEST_TLS_CA"))
}

/// A fresh database per test on the secure PostgreSQL server; returns its URL for piimap.
fn pg_database(name: &str) -> String {
    let url = env("PIIMAP_TEST_PG_URL");
    let mut admin = pg_client(&url);
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).expect("drop database");
    admin.batch_execute(&format!("CREATE DATABASE {name}")).expect("create database");
    with_ca(&format!("{}/{name}", url.rsplit_once('/').expect("url has a database").0), "sslrootcert")
}

fn mysql_database(name: &str) -> String {
    let url = env("PIIMAP_TEST_MYSQL_URL");
    let mut conn = mysql::Conn::new(mysql::Opts::from_url(&url).expect("url")).expect("connect to the test MariaDB");
    conn.query_drop(format!("DROP DATABASE IF EXISTS {name}")).expect("drop");
    conn.query_drop(format!("CREATE DATABASE {name} CHARACTER SET utf8mb4")).expect("create database");
    with_ca(&format!("{}/{name}", url.rsplit_once('/').expect("url has a database").0), "ssl-ca")
}

/// `(table, field, category)` for every finding on a table location, with the engine's
/// prefix and schema removed.
fn columns_found(run: &Run) -> BTreeSet<(String, String, String)> {
    let mut out = BTreeSet::new();
    for l in run.inventory["locations"].as_array().expect("locations") {
        if l["kind"] != "table" {
            continue;
        }
        let uri = l["uri"].as_str().unwrap_or("");
        let table = uri.rsplit_once('/').map(|(_, t)| t).unwrap_or(uri);
        let table = table.strip_prefix("public.").unwrap_or(table).to_string();
        for f in l["findings"].as_array().into_iter().flatten() {
            out.insert((table.clone(), f["field"].as_str().unwrap_or("").to_string(), f["category"].as_str().unwrap_or("").to_string()));
        }
    }
    out
}

fn expected_columns() -> BTreeSet<(String, String, String)> {
    let t = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
    [
        t("customers", "full_name", "name"),
        t("customers", "email", "email"),
        t("customers", "phone", "phone"),
        t("customers", "address", "address"),
        t("profiles", "payload.contact.email", "email"),
        t("profiles", "payload.contact.phone", "phone"),
        t("telematics", "vin", "vin"),
        t(WEIRD_TABLE, WEIRD_COLUMN, "email"),
        t(WEIRD_TABLE, "full name", "name"),
    ]
    .into_iter()
    .collect()
}

fn assert_shared_expectation(engine: &str, run: &Run) {
    assert_eq!(run.code, 1, "{engine}: findings, no failure: {}", run.stderr);
    let found = columns_found(run);
    for e in expected_columns() {
        assert!(found.contains(&e), "{engine}: {e:?} not found in {found:?}");
    }
    let location: Vec<&(String, String, String)> = found.iter().filter(|(t, _, c)| t == "telematics" && c == "location").collect();
    assert!(!location.is_empty(), "{engine}: coordinates in lat/lon: {found:?}");
    assert!(!found.iter().any(|(t, _, _)| t == "products"), "{engine}: products hold no personal data: {found:?}");
    // Every table ends with an outcome; the big one was sampled, not read whole.
    let tele = run.location("telematics");
    assert_eq!(tele["outcome"]["status"], "scanned");
    assert!(tele["format"].as_str().is_some_and(|f| f.contains("sample of")), "{engine}: {}", tele["format"]);
    assert!(tele["findings"].as_array().expect("findings").iter().any(|f| f["trace"].is_string()), "{engine}: a trace: {tele}");
    let db = run.inventory["locations"].as_array().expect("locations").iter().find(|l| l["kind"] == "database").expect("database location");
    assert!(db["dataset"]["with_personal_data"].as_u64() >= Some(4), "{engine}: {db}");
}

#[test]
fn the_same_personal_data_columns_in_postgres_mariadb_and_sqlite() {
    let pg_url = pg_database("shared_pg");
    let mut pg = pg_client(&pg_url);
    load(&mut |sql| pg.batch_execute(sql).unwrap_or_else(|e| panic!("{sql}: {e}")), pg_quote, "JSONB", PG_TELEMATICS);
    pg.batch_execute("ANALYZE").expect("analyze");

    let my_url = mysql_database("shared_my");
    let mut my = mysql::Conn::new(mysql::Opts::from_url(my_url.split('?').next().unwrap_or(&my_url)).expect("url")).expect("connect");
    load(&mut |sql| my.query_drop(sql).unwrap_or_else(|e| panic!("{sql}: {e}")), my_quote, "JSON", MY_TELEMATICS);
    my.query_drop("ANALYZE TABLE telematics").expect("analyze");

    let dir = tempfile::tempdir().expect("tempdir");
    let lite_path = dir.path().join("app.db");
    let lite = rusqlite::Connection::open(&lite_path).expect("sqlite");
    load(&mut |sql| lite.execute_batch(sql).unwrap_or_else(|e| panic!("{sql}: {e}")), pg_quote, "TEXT", LITE_TELEMATICS);
    drop(lite);

    let mut runs = Vec::new();
    for (engine, url) in [("postgres", pg_url.clone()), ("mariadb", my_url.clone()), ("sqlite", format!("sqlite://{}", lite_path.display()))] {
        let out = tempfile::tempdir().expect("tempdir");
        let run = scan(out.path(), &[&url, "-q", "--format", "none"]);
        assert_shared_expectation(engine, &run);
        // The password is nowhere in what was written.
        let inventory = std::fs::read_to_string(out.path().join("inventory.json")).expect("inventory");
        if let Some(password) = url.split_once("://").and_then(|(_, r)| r.split_once('@')).and_then(|(u, _)| u.split_once(':')).map(|(_, p)| p) {
            assert!(!inventory.contains(password), "{engine}: the password leaked into the inventory");
            assert!(!run.stderr.contains(password) && !run.stdout.contains(password));
        }
        runs.push((engine, columns_found(&run)));
    }
    assert_eq!(runs[0].1, runs[1].1, "PostgreSQL and MariaDB agree");
    assert_eq!(runs[0].1, runs[2].1, "PostgreSQL and SQLite agree");

    // --full reads every row, streamed.
    let out = tempfile::tempdir().expect("tempdir");
    let full = scan(out.path(), &[&pg_url, "-q", "--format", "none", "--full", "--include", "telematics"]);
    let tele = full.location("telematics");
    assert!(tele["format"].as_str().is_some_and(|f| f.contains(&format!("all {TELEMATICS_ROWS} rows"))), "{}", tele["format"]);
    let vin = tele["findings"].as_array().expect("findings").iter().find(|f| f["category"] == "vin").expect("vin");
    assert_eq!(vin["count"], TELEMATICS_ROWS);
}

#[test]
fn secure_servers_are_restricted_and_grants_to_public_are_reported() {
    let url = pg_database("grants_pg");
    let mut pg = pg_client(&url);
    pg.batch_execute(
        "CREATE TABLE directory (name TEXT, email TEXT); INSERT INTO directory VALUES ('Jane Doe', 'jane.doe@example.com'), ('John Smith', 'john.smith@example.org');
         GRANT SELECT ON directory TO PUBLIC;
         CREATE TABLE private_contacts (name TEXT, email TEXT); INSERT INTO private_contacts VALUES ('Maria Garcia', 'maria.garcia@example.com');
         CREATE TABLE attachments (id INT, body BYTEA); INSERT INTO attachments VALUES (1, '\\x00ff');",
    )
    .expect("load");
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan(out.path(), &[&url, "-q", "--format", "none"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let db = run.location("/grants_pg/");
    assert_eq!(db["exposure"]["level"], "restricted", "{db}");
    let rules: Vec<&str> = db["exposure"]["evidence"].as_array().expect("evidence").iter().filter_map(|e| e["rule"].as_str()).collect();
    assert!(rules.contains(&"pg-login-refused"), "{rules:?}");
    let directory = run.location("public.directory");
    assert_eq!(directory["exposure"]["level"], "authenticated");
    assert!(directory["exposure"]["evidence"].to_string().contains("GRANT SELECT ON \\\"public\\\".\\\"directory\\\" TO PUBLIC"), "{directory}");
    assert_eq!(run.location("public.private_contacts")["exposure"]["level"], "restricted");
    let attachments = run.location("public.attachments");
    assert_eq!(attachments["outcome"]["status"], "scanned");
    assert!(attachments["format"].as_str().is_some_and(|f| f.contains("not read: body (bytea)")), "{attachments}");

    let my_url = mysql_database("grants_my");
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan(out.path(), &[&my_url, "-q", "--format", "none"]);
    let db = run.location("/grants_my/");
    assert_eq!(db["exposure"]["level"], "restricted", "{db}");
}

/// Runs piimap inside the private namespace that holds the insecure servers.
fn scan_in_namespace(out: &std::path::Path, url: &str) -> Run {
    let mut cmd = Command::new("ip");
    cmd.args(["netns", "exec", &env("PIIMAP_TEST_NETNS"), BIN]);
    // scan_with adds `scan`, the outputs and these arguments.
    let mut run = scan_with(cmd, out, &[url, "-q", "--format", "none"]);
    run.stderr.push_str(&format!(" (url {url})"));
    run
}

fn evidence_rules(location: &Value) -> Vec<String> {
    location["exposure"]["evidence"].as_array().expect("evidence").iter().filter_map(|e| e["rule"].as_str().map(str::to_string)).collect()
}

#[test]
fn the_insecure_postgres_is_public_with_each_misconfiguration_as_evidence() {
    let socket = env("PIIMAP_TEST_PG_INSECURE_SOCKET");
    let port = env("PIIMAP_TEST_PG_INSECURE_PORT");
    let mut c = postgres::Config::new();
    c.host_path(&socket).port(port.parse().expect("port")).user("postgres").dbname("testdb");
    let mut pg = c.connect(postgres::NoTls).expect("connect through the socket");
    pg.batch_execute("CREATE TABLE IF NOT EXISTS drivers (name TEXT, phone TEXT); TRUNCATE drivers; INSERT INTO drivers VALUES ('Laura Wilson', '+44 20 7946 0958');")
        .expect("load");
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan_in_namespace(out.path(), &format!("postgres://postgres@127.0.0.1:{port}/testdb"));
    assert_eq!(run.code, 1, "{}", run.stderr);
    let db = run.location("/testdb/");
    assert_eq!(db["exposure"]["level"], "public", "{db}");
    let rules = evidence_rules(db);
    for rule in ["pg-hba-trust-remote", "pg-listen-addresses", "pg-ssl-off", "pg-login-without-password"] {
        assert!(rules.iter().any(|r| r == rule), "{rule} missing from {rules:?}");
    }
    assert!(db["exposure"]["evidence"].to_string().contains("0.0.0.0"), "{db}");
    assert_eq!(run.location("public.drivers")["exposure"]["level"], "public");
    assert_eq!(run.categories("public.drivers"), ["name", "phone"]);
}

#[test]
fn the_insecure_mariadb_is_public_with_each_misconfiguration_as_evidence() {
    let socket = env("PIIMAP_TEST_MYSQL_INSECURE_SOCKET");
    let port = env("PIIMAP_TEST_MYSQL_INSECURE_PORT");
    let opts = mysql::OptsBuilder::new().socket(Some(socket)).user(Some("root")).db_name(Some("testdb"));
    let mut my = mysql::Conn::new(opts).expect("connect through the socket");
    my.query_drop("CREATE TABLE IF NOT EXISTS drivers (name VARCHAR(50), phone VARCHAR(30))").expect("create");
    my.query_drop("DELETE FROM drivers").expect("clear");
    my.query_drop("INSERT INTO drivers VALUES ('Laura Wilson', '+44 20 7946 0958')").expect("insert");
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan_in_namespace(out.path(), &format!("mysql://piimap:scan@127.0.0.1:{port}/testdb"));
    assert_eq!(run.code, 1, "{}", run.stderr);
    let db = run.location("/testdb/");
    assert_eq!(db["exposure"]["level"], "public", "{db}");
    let rules = evidence_rules(db);
    for rule in ["mysql-anonymous-user", "mysql-empty-password", "mysql-bind-address", "mysql-login-without-password", "mysql-any-host"] {
        assert!(rules.iter().any(|r| r == rule), "{rule} missing from {rules:?}");
    }
    assert!(!run.inventory.to_string().contains("scan@"), "no password in the inventory");
}

#[test]
fn unreachable_servers_and_bad_logins_fail_cleanly() {
    let out = tempfile::tempdir().expect("tempdir");
    // A port nothing listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    drop(listener);
    let run = scan(out.path(), &[&format!("postgres://postgres@127.0.0.1:{port}/x"), "-q", "--format", "none"]);
    assert_eq!(run.code, 2, "nothing could be read: {} {}", run.stdout, run.stderr);
    let db = run.location(&format!(":{port}/x/"));
    assert_eq!(db["outcome"]["status"], "failed");
    assert_eq!(db["exposure"]["level"], "unknown");

    let url = with_ca(&env("PIIMAP_TEST_MYSQL_URL"), "ssl-ca");
    let wrong = format!("mysql://piimap:wrong-password@{}", url.rsplit_once('@').map(|(_, h)| h).unwrap_or(""));
    let run = scan(out.path(), &[&wrong, "-q", "--format", "none"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.inventory.to_string().contains("Access denied"), "{}", run.inventory);
    assert!(!run.inventory.to_string().contains("wrong-password"));
}

#[test]
fn a_denied_table_and_a_statement_timeout_fail_alone() {
    let url = pg_database("limits_pg");
    let mut pg = pg_client(&url);
    pg.batch_execute(
        "CREATE TABLE open_contacts (name TEXT, email TEXT); INSERT INTO open_contacts VALUES ('Jane Doe', 'jane.doe@example.com');
         CREATE TABLE hr_records (name TEXT, email TEXT); INSERT INTO hr_records VALUES ('John Smith', 'john.smith@example.org');
         CREATE VIEW slow_contacts AS SELECT name, email, pg_sleep(2)::text AS pause FROM open_contacts;
         DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'limited_reader') THEN
           CREATE ROLE limited_reader LOGIN PASSWORD 'limited-pw'; END IF; END $$;
         GRANT SELECT ON open_contacts, slow_contacts TO limited_reader;",
    )
    .expect("load");
    let limited = format!("postgres://limited_reader:limited-pw@{}", url.rsplit_once('@').expect("host").1);
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan(out.path(), &[&limited, "-q", "--format", "none", "--views", "--statement-timeout", "500", "--no-login-probe"]);
    assert_eq!(run.code, 3, "partial: {}", run.stderr);
    assert_eq!(run.status("public.open_contacts"), "scanned");
    assert_eq!(run.categories("public.open_contacts"), ["email", "name"]);
    let denied = run.location("public.hr_records");
    assert_eq!(denied["outcome"]["status"], "failed");
    assert!(denied["outcome"]["error"].as_str().is_some_and(|e| e.contains("permission denied")), "{denied}");
    let slow = run.location("public.slow_contacts");
    assert_eq!(slow["outcome"]["status"], "failed");
    assert!(slow["outcome"]["error"].as_str().is_some_and(|e| e.contains("statement timeout")), "{slow}");
    // The scanning role could not read the server's settings: said, not guessed.
    let db = run.location("/limits_pg/");
    assert_eq!(db["exposure"]["level"], "unknown", "{db}");
    assert!(db["exposure"]["evidence"].to_string().contains("pg_hba_file_rules"), "{db}");
}

/// The evidence rules on the database location of a run.
fn database_rules(run: &Run, suffix: &str) -> Vec<String> {
    evidence_rules(run.location(suffix))
}

#[test]
fn tls_is_verified_by_default_and_used_when_offered() {
    let url = pg_database("tls_pg");
    pg_client(&url).batch_execute("CREATE TABLE contacts (email TEXT); INSERT INTO contacts VALUES ('jane.doe@example.com');").expect("load");
    let plain = url.split('?').next().expect("url").to_string();
    let out = tempfile::tempdir().expect("tempdir");
    let scan_db = |target: &str| scan(out.path(), &[target, "-q", "--format", "none", "--no-login-probe"]);

    // The test CA given: TLS, verified, and the scan reads the table.
    let run = scan_db(&format!("{url}&sslmode=verify-full"));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(database_rules(&run, "/tls_pg/").contains(&"pg-scan-connection-tls".to_string()), "{}", run.inventory);
    assert_eq!(run.categories("public.contacts"), ["email"]);

    // The default (prefer) with the system's roots: the certificate is refused, not ignored.
    let run = scan_db(&plain);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let error = run.location("/tls_pg/")["outcome"]["error"].as_str().unwrap_or_default().to_string();
    assert!(error.contains("sslrootcert="), "{error}");

    // The certificate names 127.0.0.1 and db.piimap.test, not localhost: verify-ca accepts it
    // there, verify-full does not.
    let local = url.replace("@127.0.0.1:", "@localhost:");
    let run = scan_db(&format!("{local}&sslmode=verify-ca"));
    assert_eq!(run.code, 1, "verify-ca over localhost: {}", run.inventory);
    let run = scan_db(&format!("{local}&sslmode=verify-full"));
    assert_eq!(run.code, 2, "verify-full over localhost: {}", run.inventory);
    assert!(run.inventory.to_string().contains("not valid for name"), "{}", run.inventory);

    // Asked for plain TCP: said so in the evidence.
    let run = scan_db(&format!("{plain}?sslmode=disable"));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(database_rules(&run, "/tls_pg/").contains(&"pg-scan-connection-plain".to_string()));

    // MariaDB: the same rules.
    let my_url = mysql_database("tls_my");
    let run = scan_db(&format!("{my_url}&ssl-mode=VERIFY_IDENTITY"));
    assert!(database_rules(&run, "/tls_my/").contains(&"mysql-scan-connection-tls".to_string()), "{}", run.inventory);
    let run = scan_db(my_url.split('?').next().expect("url"));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.location("/tls_my/")["outcome"]["error"].as_str().is_some_and(|e| e.contains("sslrootcert=")), "{}", run.inventory);
}

/// Waits until piimap's session waits on a lock, and returns its backend pid.
fn wait_for_blocked_piimap(admin: &mut postgres::Client) -> i32 {
    for _ in 0..300 {
        let row = admin
            .query_opt(
                "SELECT pid FROM pg_stat_activity WHERE application_name = 'piimap' AND wait_event_type = 'Lock' LIMIT 1",
                &[],
            )
            .expect("pg_stat_activity");
        if let Some(row) = row {
            return row.get(0);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("piimap never waited on the locked table");
}

#[test]
fn a_table_dropped_mid_scan_and_a_killed_connection_fail_alone() {
    let url = pg_database("midscan_pg");
    let mut setup = pg_client(&url);
    setup
        .batch_execute(
            "CREATE TABLE contacts (name TEXT, email TEXT); INSERT INTO contacts VALUES ('Jane Doe', 'jane.doe@example.com');
             CREATE TABLE doomed (email TEXT); INSERT INTO doomed VALUES ('john.smith@example.org');
             CREATE TABLE victim (email TEXT); INSERT INTO victim VALUES ('maria.garcia@example.com');",
        )
        .expect("load");
    let out = tempfile::tempdir().expect("tempdir");
    let args = || -> Vec<String> { [url.as_str(), "-q", "--format", "none", "--no-login-probe", "--threads", "1"].map(String::from).to_vec() };

    // Listed, then dropped while piimap waits to read it.
    let mut locker = pg_client(&url);
    let mut tx = locker.transaction().expect("begin");
    tx.batch_execute("LOCK TABLE doomed IN ACCESS EXCLUSIVE MODE").expect("lock");
    let piimap = {
        let (args, dir) = (args(), out.path().to_path_buf());
        std::thread::spawn(move || scan(&dir, &args.iter().map(String::as_str).collect::<Vec<_>>()))
    };
    let mut admin = pg_client(&url);
    wait_for_blocked_piimap(&mut admin);
    tx.batch_execute("DROP TABLE doomed").expect("drop");
    tx.commit().expect("commit");
    let run = piimap.join().expect("scan thread");
    assert_eq!(run.code, 3, "partial: {}", run.stderr);
    let doomed = run.location("public.doomed");
    assert_eq!(doomed["outcome"]["status"], "failed");
    assert!(doomed["outcome"]["error"].as_str().is_some_and(|e| e.contains("does not exist")), "{doomed}");
    assert_eq!(run.categories("public.contacts"), ["email", "name"]);

    // The connection killed while reading: that table fails, the others are read.
    let mut tx = locker.transaction().expect("begin");
    tx.batch_execute("LOCK TABLE victim IN ACCESS EXCLUSIVE MODE").expect("lock");
    let out2 = tempfile::tempdir().expect("tempdir");
    let piimap = {
        let (args, dir) = (args(), out2.path().to_path_buf());
        std::thread::spawn(move || scan(&dir, &args.iter().map(String::as_str).collect::<Vec<_>>()))
    };
    let pid = wait_for_blocked_piimap(&mut admin);
    admin.execute("SELECT pg_terminate_backend($1)", &[&pid]).expect("terminate");
    let run = piimap.join().expect("scan thread");
    tx.rollback().expect("rollback");
    assert_eq!(run.code, 3, "partial: {}", run.stderr);
    let victim = run.location("public.victim");
    assert_eq!(victim["outcome"]["status"], "failed", "{victim}");
    // The server's FATAL message, or the closed socket when TLS shuts down first.
    let error = victim["outcome"]["error"].as_str().unwrap_or_default();
    assert!(error.contains("terminating connection") || error.contains("connection closed"), "{victim}");
    assert_eq!(run.categories("public.contacts"), ["email", "name"]);
}

/// Positions kept in geometric columns (`point`, MariaDB's `POINT`) are read as well-known text,
/// found as locations and, with a device id and a time, reported as a trace.
#[test]
fn point_columns_are_positions_and_traces() {
    let rows: Vec<(String, String, f64, f64)> = (0..50)
        .map(|i| (format!("dev-{}", i % 5), format!("2024-05-01 10:{:02}:00", i), 139.7 + i as f64 * 0.0013, 35.6 + i as f64 * 0.0011))
        .collect();
    let check = |engine: &str, run: &Run| {
        assert_eq!(run.code, 1, "{engine}: {}", run.stderr);
        let visits = run.location("visits");
        let pos = visits["findings"].as_array().expect("findings").iter().find(|f| f["field"] == "pos").unwrap_or_else(|| panic!("{engine}: {visits}"));
        assert_eq!(pos["category"], "location", "{engine}: {pos}");
        assert_eq!(pos["count"], 50, "{engine}: {pos}");
        assert!(pos["trace"].as_str().is_some_and(|t| t.contains("device_id")), "{engine}: {pos}");
    };

    let url = pg_database("points_pg");
    let mut pg = pg_client(&url);
    pg.batch_execute("CREATE TABLE visits (device_id TEXT, seen_at TIMESTAMP, pos POINT)").expect("create");
    for (d, t, lon, lat) in &rows {
        pg.execute("INSERT INTO visits VALUES ($1, $2::text::timestamp, point($3, $4))", &[d, t, lon, lat]).expect("insert");
    }
    let out = tempfile::tempdir().expect("tempdir");
    check("postgres", &scan(out.path(), &[&url, "-q", "--format", "none", "--no-login-probe"]));

    let my_url = mysql_database("points_my");
    let mut my = mysql::Conn::new(mysql::Opts::from_url(my_url.split('?').next().unwrap_or(&my_url)).expect("url")).expect("connect");
    my.query_drop("CREATE TABLE visits (device_id VARCHAR(20), seen_at DATETIME, pos POINT)").expect("create");
    for (d, t, lon, lat) in &rows {
        my.exec_drop("INSERT INTO visits VALUES (?, ?, ST_GeomFromText(?))", (d, t, format!("POINT({lon} {lat})"))).expect("insert");
    }
    let out = tempfile::tempdir().expect("tempdir");
    check("mariadb", &scan(out.path(), &[&my_url, "-q", "--format", "none", "--no-login-probe"]));
}

/// `piimap watch` on PostgreSQL: `GRANT SELECT ... TO PUBLIC` on a table with personal data,
/// made between two passes, is one alert for that table (the database stays restricted).
#[test]
fn watch_alerts_when_a_table_with_personal_data_is_granted_to_public() {
    let url = pg_database("watch_pg");
    let mut pg = pg_client(&url);
    pg.batch_execute(
        "CREATE TABLE members (name TEXT, email TEXT, phone TEXT);
         INSERT INTO members VALUES ('Jane Doe', 'jane.doe@example.com', '+1 415 555 0132'), ('John Smith', 'john.smith@example.org', '+44 20 7946 0958');
         CREATE TABLE settings (key TEXT, value TEXT); INSERT INTO settings VALUES ('theme', 'dark');
         GRANT SELECT ON settings TO PUBLIC;",
    )
    .expect("load");
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("state");
    let pass = || {
        let out = Command::new(BIN)
            .args(["watch", &url, "-q", "--max-passes", "1", "--content-interval", "1h", "--state"])
            .arg(&state)
            .output()
            .expect("piimap watch runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{stderr}");
        let alerts: Vec<Value> = String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("one JSON alert per line")).collect();
        (alerts, stderr)
    };
    let (alerts, log) = pass();
    assert!(alerts.is_empty(), "nothing exposed holds personal data yet: {alerts:?}");
    assert!(log.contains("pass 1 (content)"), "{log}");

    pg.batch_execute("GRANT SELECT ON members TO PUBLIC").expect("grant");
    let (alerts, log) = pass();
    assert!(log.contains("pass 2 (exposure)"), "{log}");
    assert_eq!(alerts.len(), 1, "{alerts:#?}");
    let a = &alerts[0];
    assert_eq!(a["alert"], "became-exposed");
    assert!(a["uri"].as_str().is_some_and(|u| u.ends_with("public.members")), "{a}");
    assert_eq!((a["became"].as_str(), a["was"].as_str()), (Some("authenticated"), Some("restricted")));
    assert!(a["evidence"].to_string().contains("TO PUBLIC"), "{a}");
    let (alerts, _) = pass();
    assert!(alerts.is_empty(), "reported once: {alerts:?}");
}
