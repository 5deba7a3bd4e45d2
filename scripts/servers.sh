# Sourced by scripts/test.sh: installs (once) and starts the servers the integration tests talk
# to, on 127.0.0.1 with ports from the kernel, and exports where they are. Recipes and the known
# deviations of each server: ../shared/test-servers.md. Everything started here is stopped by
# stop_servers (test.sh's EXIT trap).

SERVERS_DIR=$(mktemp -d /tmp/piimap-servers.XXXXXX)
chmod 755 "$SERVERS_DIR"  # the postgres user works in folders below it
SERVER_PIDS=()

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

as_root_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "scripts/servers.sh: missing $* and not root on Debian: install them first" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Debian's packages must not start their own daemons; the tests start throwaway ones.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d
  mkdir -p /etc/postgresql-common
  echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf
  apt-get update -q
  apt-get install -y -q --no-install-recommends "$@"
}

wait_for() { # what, tries, command...
  local what=$1 tries=$2; shift 2
  for _ in $(seq "$tries"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "scripts/servers.sh: $what did not become ready; its log:" >&2
  cat "$SERVERS_DIR"/*.log >&2 || true
  exit 2
}

# S3: moto's standalone server (PyPI), in its own virtualenv.
MOTO_VENV=${MOTO_VENV:-/opt/moto}
start_s3() {
  if [ ! -x "$MOTO_VENV/bin/moto_server" ]; then
    command -v curl >/dev/null 2>&1 && python3 -c 'import venv, ensurepip' 2>/dev/null \
      || as_root_install python3-venv curl ca-certificates
    python3 -m venv "$MOTO_VENV"
    "$MOTO_VENV/bin/pip" install -q 'moto[s3]==5.2.5' flask flask-cors
  fi
  local port; port=$(free_port)
  "$MOTO_VENV/bin/moto_server" -H 127.0.0.1 -p "$port" > "$SERVERS_DIR/moto.log" 2>&1 &
  SERVER_PIDS+=($!)
  wait_for "moto (S3)" 100 curl -fs "http://127.0.0.1:$port/moto-api/"
  export PIIMAP_TEST_S3_ENDPOINT="http://127.0.0.1:$port"
  # S3 Control requests go to <account>.<endpoint host>: a name for the server and for its
  # default account's subdomain (moto's account 123456789012), on loopback.
  if ! grep -q " 123456789012.s3-control.piimap.test" /etc/hosts 2>/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "scripts/servers.sh: needs root to name S3 Control in /etc/hosts" >&2; exit 2; }
    echo "127.0.0.1 s3-control.piimap.test 123456789012.s3-control.piimap.test" >> /etc/hosts
  fi
  export PIIMAP_TEST_S3_CONTROL_ENDPOINT="http://s3-control.piimap.test:$port"
  echo "S3 (moto) on $PIIMAP_TEST_S3_ENDPOINT"
}


# A private network namespace whose only interface is lo: deliberately insecure servers listen
# on every interface in it, which can then never be reached from outside the machine.
NETNS=""
make_netns() {
  if [ -z "$NETNS" ]; then
    command -v ip >/dev/null 2>&1 || as_root_install iproute2
    NETNS="piimap-test-$$"
    ip netns add "$NETNS"
    ip netns exec "$NETNS" ip link set lo up
    export PIIMAP_TEST_NETNS="$NETNS"
  fi
}

# A throwaway CA and a server certificate for 127.0.0.1 and db.piimap.test (not localhost, so
# that a test can tell verify-ca from verify-full), used by the secure servers' TLS.
TLS_DIR=""
make_test_ca() {
  [ -n "$TLS_DIR" ] && return 0
  command -v openssl >/dev/null 2>&1 || as_root_install openssl
  TLS_DIR="$SERVERS_DIR/tls"; mkdir -p "$TLS_DIR"
  local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
  openssl req -x509 "${ec[@]}" -days 3 -subj "/CN=piimap test CA" -keyout "$TLS_DIR/ca.key" -out "$TLS_DIR/ca.pem" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  openssl req "${ec[@]}" -subj "/CN=db.piimap.test" -keyout "$TLS_DIR/server.key" -out "$TLS_DIR/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:db.piimap.test,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > "$TLS_DIR/ext"
  openssl x509 -req -in "$TLS_DIR/server.csr" -CA "$TLS_DIR/ca.pem" -CAkey "$TLS_DIR/ca.key" -CAcreateserial -days 3 \
    -extfile "$TLS_DIR/ext" -out "$TLS_DIR/server.pem" 2>/dev/null
  chmod 644 "$TLS_DIR/ca.pem" "$TLS_DIR/server.pem"; chmod 755 "$TLS_DIR"
  export PIIMAP_TEST_TLS_CA="$TLS_DIR/ca.pem"
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
PG_DIRS=()
start_postgres() {
  if [ -z "$(pg_bin)" ] || ! command -v mariadbd >/dev/null 2>&1; then
    as_root_install postgresql mariadb-server
  fi
  local bin; bin=$(pg_bin)
  # Secure: passwords over TCP (scram), peer on the socket, loopback only.
  local dir="$SERVERS_DIR/pg"; mkdir -p "$dir"; chown postgres:postgres "$dir"
  local pass; pass=$(python3 -c 'import secrets;print(secrets.token_hex(12))')
  echo "$pass" > "$dir/pwfile"; chown postgres "$dir/pwfile"
  runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth-local=peer \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync > "$SERVERS_DIR/pg-initdb.log"
  local port; port=$(free_port)
  # TLS with the test CA's certificate (plain TCP still allowed: pg_hba's "host" lines match both).
  make_test_ca
  install -o postgres -m 600 "$TLS_DIR/server.key" "$dir/server.key"
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c ssl=on -c ssl_cert_file=$TLS_DIR/server.pem -c ssl_key_file=$dir/server.key" start >/dev/null
  PG_DIRS+=("$dir")
  runuser -u postgres -- "$bin/psql" -q -h "$dir" -p "$port" -c 'CREATE DATABASE testdb' >/dev/null
  export PIIMAP_TEST_PG_URL="postgres://postgres:$pass@127.0.0.1:$port/testdb"
  echo "PostgreSQL (secure) on 127.0.0.1:$port"

  # Insecure, inside the namespace: every interface, trust from anywhere, no TLS.
  make_netns
  local idir="$SERVERS_DIR/pg-insecure"; mkdir -p "$idir"; chown postgres:postgres "$idir"
  runuser -u postgres -- "$bin/initdb" -D "$idir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
    > "$SERVERS_DIR/pg-insecure-initdb.log"
  echo 'host all all 0.0.0.0/0 trust' >> "$idir/data/pg_hba.conf"
  local iport; iport=$(free_port)
  ip netns exec "$NETNS" runuser -u postgres -- "$bin/pg_ctl" -D "$idir/data" -l "$idir/server.log" -w -t 60 \
    -o "-c listen_addresses=* -p $iport -k $idir -c ssl=off -c fsync=off" start >/dev/null
  PG_DIRS+=("$idir")
  runuser -u postgres -- "$bin/psql" -q -h "$idir" -p "$iport" -c 'CREATE DATABASE testdb' >/dev/null
  export PIIMAP_TEST_PG_INSECURE_SOCKET="$idir" PIIMAP_TEST_PG_INSECURE_PORT="$iport"
  echo "PostgreSQL (insecure, namespace $NETNS) on port $iport"
}

start_mariadb_instance() { # name, bind address, netns ("" for none), extra options... → sets MDB_PORT MDB_SOCK
  local name=$1 bind=$2 ns=$3; shift 3
  local dir="$SERVERS_DIR/$name"; mkdir -p "$dir"
  mariadb-install-db --no-defaults --user=root --datadir="$dir/data" --auth-root-authentication-method=normal \
    --skip-test-db --skip-name-resolve > "$SERVERS_DIR/$name-install.log" 2>&1
  MDB_PORT=$(free_port); MDB_SOCK="$dir/s.sock"
  local run=(); [ -n "$ns" ] && run=(ip netns exec "$ns")
  "${run[@]}" mariadbd --no-defaults --user=root --datadir="$dir/data" --socket="$MDB_SOCK" --pid-file="$dir/m.pid" \
    --port="$MDB_PORT" --bind-address="$bind" --skip-name-resolve --skip-log-bin --innodb-flush-log-at-trx-commit=0 \
    --innodb-doublewrite=0 --innodb-buffer-pool-size=128M --log-error="$SERVERS_DIR/$name.log" "$@" > "$SERVERS_DIR/$name.out" 2>&1 &
  SERVER_PIDS+=($!)
  wait_for "MariaDB ($name)" 150 mariadb-admin --no-defaults --socket="$MDB_SOCK" -uroot ping
}

start_mariadb() {
  command -v mariadbd >/dev/null 2>&1 || as_root_install mariadb-server
  local pass; pass=$(python3 -c 'import secrets;print(secrets.token_hex(12))')
  make_test_ca
  start_mariadb_instance mariadb 127.0.0.1 "" --ssl-ca="$TLS_DIR/ca.pem" --ssl-cert="$TLS_DIR/server.pem" --ssl-key="$TLS_DIR/server.key"
  mariadb --no-defaults --socket="$MDB_SOCK" -uroot -e "
    ALTER USER root@localhost IDENTIFIED BY '$pass';
    DELETE FROM mysql.global_priv WHERE User = 'root' AND Host <> 'localhost'; FLUSH PRIVILEGES;
    CREATE USER piimap@'127.0.0.1' IDENTIFIED BY '$pass'; GRANT ALL ON *.* TO piimap@'127.0.0.1';
    CREATE DATABASE testdb CHARACTER SET utf8mb4;"
  export PIIMAP_TEST_MYSQL_URL="mysql://piimap:$pass@127.0.0.1:$MDB_PORT/testdb"
  echo "MariaDB (secure) on 127.0.0.1:$MDB_PORT"

  make_netns
  start_mariadb_instance mariadb-insecure 0.0.0.0 "$NETNS" --skip-ssl
  mariadb --no-defaults --socket="$MDB_SOCK" -uroot -e "
    CREATE USER ''@'%'; GRANT SELECT ON testdb.* TO ''@'%';
    CREATE USER app@'%' IDENTIFIED BY ''; GRANT SELECT ON *.* TO app@'%';
    CREATE USER piimap@'%' IDENTIFIED BY 'scan'; GRANT ALL ON *.* TO piimap@'%';
    CREATE DATABASE testdb CHARACTER SET utf8mb4;"
  export PIIMAP_TEST_MYSQL_INSECURE_SOCKET="$MDB_SOCK" PIIMAP_TEST_MYSQL_INSECURE_PORT="$MDB_PORT"
  echo "MariaDB (insecure, namespace $NETNS) on port $MDB_PORT"
}

stop_servers() {
  local bin; bin=$(pg_bin)
  for d in "${PG_DIRS[@]}"; do
    runuser -u postgres -- "$bin/pg_ctl" -D "$d/data" -m immediate -w stop >/dev/null 2>&1 || true
  done
  for pid in "${SERVER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${SERVER_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$NETNS" ]; then ip netns delete "$NETNS" 2>/dev/null || true; fi
  rm -rf "$SERVERS_DIR"
}
