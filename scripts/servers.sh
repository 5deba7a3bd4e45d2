# Sourced by scripts/test.sh: installs (once) and starts the servers the integration tests talk
# to, on 127.0.0.1 with ports from the kernel, and exports where they are. Recipes and the known
# deviations of each server: ../shared/test-servers.md. Everything started here is stopped by
# stop_servers (test.sh's EXIT trap).

SERVERS_DIR=$(mktemp -d /tmp/piimap-servers.XXXXXX)
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
  echo "S3 (moto) on $PIIMAP_TEST_S3_ENDPOINT"
}

stop_servers() {
  for pid in "${SERVER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${SERVER_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$SERVERS_DIR"
}
