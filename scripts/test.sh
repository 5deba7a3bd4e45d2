#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine (as root) or a developer machine.
# It installs what is missing (each step a no-op when already done) and starts throwaway servers
# for the integration tests (scripts/servers.sh), stopped again on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1; }
# What the tests run besides cargo: the scorer (python3), an unprivileged user (setpriv), a FIFO
# (mkfifo), the spreadsheet read back (LibreOffice) and the HTML report rendered (Chromium).
if ! need python3 || ! need setpriv || ! need mkfifo || ! need libreoffice || ! need chromium; then
  if [ "$(id -u)" = 0 ] && need apt-get; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends python3 util-linux coreutils \
      libreoffice-calc-nogui chromium fonts-dejavu-core
  else
    echo "scripts/test.sh: python3, setpriv, mkfifo, libreoffice and chromium are needed" \
      "(Debian: python3 util-linux libreoffice-calc-nogui chromium)" >&2
    exit 2
  fi
fi

source scripts/servers.sh
log=$(mktemp)
trap 'stop_servers; rm -f "$log"' EXIT
start_s3
# Photos for the image tests are written by Pillow (PyPI), in the same throwaway venv as moto.
"$MOTO_VENV/bin/python" -c 'import PIL' 2>/dev/null || "$MOTO_VENV/bin/pip" install -q 'Pillow==11.3.0'
export PIIMAP_TEST_PYTHON="$MOTO_VENV/bin/python"
start_postgres
start_mariadb

# The `ci` profile (Cargo.toml): optimised like release, without LTO, so that a cold build of
# every test binary fits in CI's time. (Doc tests are skipped: there are none, and their empty
# runs would close the log.)
set +e
cargo test --workspace --profile ci --locked --lib --bins --tests "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -Eo '[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
failed=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
echo "total: $passed passed, $failed failed"
exit "$status"
