#!/usr/bin/env bash
# Column-path throughput on a partitioned Parquet data set (10 columns, seeded generator):
# default sampling and --full, wall time, values per second and peak RSS.
#   bash benches/dataset_bench.sh [ROWS] [FILES]       (default 5,000,000 rows in 5 files)
# Release build; the data set is written once to target/bench-data/ and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-5000000}
FILES=${2:-5}
COLUMNS=10
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
cargo build --release --quiet --bin piimap --example gen_dataset
data=target/bench-data/dataset-$ROWS-$FILES
if [ ! -d "$data" ]; then
  target/release/examples/gen_dataset "$data" "$ROWS" "$FILES" 2>/dev/null
fi
echo "data set: $ROWS rows x $COLUMNS columns in $FILES Parquet files ($(du -sh "$data" | cut -f1)), $(nproc) cores"
for mode in sampled full; do
  args=(scan "$data" -q --format none)
  [ "$mode" = full ] && args+=(--full)
  best=""
  for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o /tmp/piimap-bench-time target/release/piimap "${args[@]}" || true
    # (time writes "Command exited with non-zero status 1" first: exit 1 means personal data found)
    read -r wall rss < <(tail -1 /tmp/piimap-bench-time)
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best=$wall; best_rss=$rss; fi
  done
  if [ "$mode" = full ]; then
    rate=$(awk "BEGIN{printf \"%.1f M values/s\", $ROWS*$COLUMNS/$best/1e6}")
  else
    rate="default --sample-rows"
  fi
  printf '%-8s best of 3: %6.2f s wall  (%s)  peak RSS %d MB\n' "$mode" "$best" "$rate" $((best_rss / 1024))
done
