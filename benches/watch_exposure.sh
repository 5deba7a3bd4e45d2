#!/usr/bin/env bash
# The cost of a watch's passes over many buckets on a local moto server: wall time and the S3 API
# calls each pass makes (counted in moto's request log), for the first (content) pass and for an
# exposure pass, with the default --object-sample 5 and with --object-sample 0.
#   bash benches/watch_exposure.sh [BUCKETS] [OBJECTS_PER_BUCKET]     (default 100 20)
# PIIMAP=binary (default target/release/piimap). Needs /opt/moto (scripts/servers.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PIIMAP:-target/release/piimap}
[ -x "$bin" ] || cargo build --release -q -p piimap
source scripts/servers.sh
trap stop_servers EXIT
start_s3
buckets=${1:-100}
objects=${2:-20}
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_REGION=us-east-1
"$MOTO_VENV/bin/python" benches/watch_load.py "$PIIMAP_TEST_S3_ENDPOINT" "$buckets" "$objects"
calls() { grep -c ' HTTP/1.1' "$SERVERS_DIR/moto.log" || true; }
printf '| pass | --object-sample | wall | S3 calls | calls per bucket |\n|---|---|---|---|---|\n'
for sample in 5 0; do
  state=$(mktemp -d)
  for pass in content exposure; do
    before=$(calls)
    start=$(date +%s%N)
    "$bin" watch s3:// --endpoint-url "$PIIMAP_TEST_S3_ENDPOINT" --state "$state" --max-passes 1 \
      --object-sample "$sample" -q >/dev/null 2>"$state/log"
    end=$(date +%s%N)
    n=$(( $(calls) - before ))
    awk -v p="$pass" -v s="$sample" -v t=$(( (end - start) / 1000000 )) -v n="$n" -v b="$buckets" \
      'BEGIN { printf "| %s | %s | %.2f s | %d | %.1f |\n", p, s, t / 1000, n, n / b }'
  done
  rm -rf "$state"
done
