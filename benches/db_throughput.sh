#!/usr/bin/env bash
# Time to classify a 10-column, 1,000,000-row table with default sampling and with --full, on
# PostgreSQL, MariaDB and SQLite (throwaway servers from scripts/servers.sh). Release build needed.
#   bash benches/db_throughput.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/servers.sh
trap stop_servers EXIT
[ -x /usr/bin/time ] || as_root_install time
start_postgres
start_mariadb
ROWS=${1:-1000000}
cols="id, customer, email, phone, city, vin, lat, lon, recorded_at, note"
pg_sql="CREATE TABLE wide AS SELECT i AS id, 'Customer ' || (i % 5000) AS customer, 'user' || i || '@example.com' AS email,
  '+1 415 555 ' || lpad((i % 10000)::text, 4, '0') AS phone, 'Springfield' AS city,
  (ARRAY['1HGCM82633A004352','5YJ3E1EA7KF317000','WP0ZZZ99ZTS392124'])[i % 3 + 1] AS vin,
  35.6 + (i % 1000) * 0.0001 AS lat, 139.7 + (i % 997) * 0.0001 AS lon, now() - i * interval '1 second' AS recorded_at,
  'ok' AS note FROM generate_series(1, $ROWS) AS i; ANALYZE wide;"
psql "$PIIMAP_TEST_PG_URL" -q -c "$pg_sql"
my_sql="CREATE TABLE wide (id INT PRIMARY KEY, customer VARCHAR(40), email VARCHAR(60), phone VARCHAR(30), city VARCHAR(30),
  vin CHAR(17), lat DOUBLE, lon DOUBLE, recorded_at DATETIME, note VARCHAR(10))
  SELECT seq AS id, CONCAT('Customer ', seq % 5000) AS customer, CONCAT('user', seq, '@example.com') AS email,
  CONCAT('+1 415 555 ', LPAD(seq % 10000, 4, '0')) AS phone, 'Springfield' AS city,
  ELT(seq % 3 + 1, '1HGCM82633A004352','5YJ3E1EA7KF317000','WP0ZZZ99ZTS392124') AS vin,
  35.6 + (seq % 1000) * 0.0001 AS lat, 139.7 + (seq % 997) * 0.0001 AS lon, NOW() - INTERVAL seq SECOND AS recorded_at,
  'ok' AS note FROM seq_1_to_$ROWS; ANALYZE TABLE wide;"
mariadb --no-defaults --socket="$SERVERS_DIR/mariadb/s.sock" -uroot -p"$(echo "$PIIMAP_TEST_MYSQL_URL" | sed 's|.*://[^:]*:\([^@]*\)@.*|\1|')" testdb -e "$my_sql"
lite="$SERVERS_DIR/bench.db"
python3 - "$lite" "$ROWS" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); n = int(sys.argv[2])
db.execute("CREATE TABLE wide (id INTEGER PRIMARY KEY, customer TEXT, email TEXT, phone TEXT, city TEXT, vin TEXT, lat REAL, lon REAL, recorded_at TEXT, note TEXT)")
vins = ['1HGCM82633A004352', '5YJ3E1EA7KF317000', 'WP0ZZZ99ZTS392124']
db.executemany("INSERT INTO wide VALUES (?,?,?,?,?,?,?,?,?,?)", ((i, f"Customer {i % 5000}", f"user{i}@example.com", f"+1 415 555 {i % 10000:04d}",
  "Springfield", vins[i % 3], 35.6 + (i % 1000) * 0.0001, 139.7 + (i % 997) * 0.0001, "2024-05-01T10:00:00Z", "ok") for i in range(1, n + 1)))
db.commit()
PY
# The secure servers speak TLS with the test CA's certificate (piimap verifies it).
for target in "$PIIMAP_TEST_PG_URL?sslrootcert=$PIIMAP_TEST_TLS_CA" "$PIIMAP_TEST_MYSQL_URL?ssl-ca=$PIIMAP_TEST_TLS_CA" "sqlite://$lite"; do
  name=${target%%://*}
  for mode in sampled full; do
    extra=(); [ "$mode" = full ] && extra=(--full)
    t=$( { /usr/bin/time -f '%e %M' target/release/piimap scan "$target" --include wide -q --format none --no-login-probe "${extra[@]}" >/dev/null || true; } 2>&1 | tail -1)
    secs=${t% *}; rss=${t#* }
    rate=$(python3 -c "print(f'{$ROWS/$secs:,.0f}' if '$mode'=='full' else '-')")
    echo "$name $mode: ${secs} s, peak RSS $((rss / 1024)) MB, rows/s: $rate"
  done
done
