#!/usr/bin/env bash
# S3 throughput against a local moto server: objects/s over 10,000 small objects, MB/s over one
# large object, peak RSS of each run. Needs a release build and /opt/moto (scripts/servers.sh).
#   bash benches/s3_throughput.sh [SMALL_COUNT] [LARGE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/servers.sh
trap stop_servers EXIT
[ -x /usr/bin/time ] || as_root_install time
start_s3
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_REGION=us-east-1
"$MOTO_VENV/bin/python" benches/s3_load.py "$PIIMAP_TEST_S3_ENDPOINT" bench "${1:-10000}" "${2:-200}"
run() { # label, prefix
  local out; out=$(mktemp)
  /usr/bin/time -f '%e s, peak RSS %M KB' target/release/piimap scan "s3://bench/$2" --endpoint-url "$PIIMAP_TEST_S3_ENDPOINT" \
    -q --format none -o "$out.json" 2> "$out.time" || true
  echo "$1: $(tail -1 "$out.time")"
  python3 -c "import json,sys; s=json.load(open('$out.json'))['summary']; print('   ', s['scanned'], 'scanned,', s['failed'], 'failed')"
}
run "small objects" small/
run "large object" large/
