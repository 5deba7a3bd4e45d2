#!/usr/bin/env bash
# End-to-end benchmark: piimap over three seeded corpora, with peak RSS, and ripgrep over the same
# logs for a ratio. Prints a Markdown table (the README "Performance" section comes from it).
#   bash benches/run_all.sh [LOG_MB] [PARQUET_ROWS] [SMALL_FILES]     (default 1024 10000000 100000)
# Corpora are written once under target/bench-data/ (about 2 GB) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
LOG_MB=${1:-1024}
ROWS=${2:-10000000}
SMALL=${3:-100000}
need() { command -v "$1" >/dev/null 2>&1; }
if ! need rg || [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && need apt-get; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ripgrep time >/dev/null
  else
    echo "needs ripgrep and /usr/bin/time (Debian: apt-get install ripgrep time)" >&2; exit 2
  fi
fi
cargo build --release --quiet --bin piimap --example gen_dataset
data=target/bench-data
mkdir -p "$data"
logs=$data/logs-$LOG_MB.log
parquet=$data/dataset-$ROWS-10
small=$data/small-$SMALL
[ -f "$logs" ] || python3 benches/gen_logs.py "$logs" "$LOG_MB"
[ -d "$parquet" ] || target/release/examples/gen_dataset "$parquet" "$ROWS" 10 2>/dev/null
[ -d "$small" ] || python3 benches/gen_small_files.py "$small" "$SMALL"
log_bytes=$(stat -c %s "$logs")

# Runs a command 3 times, keeps the fastest: "<wall seconds> <peak RSS KB>".
best_of_3() {
  local best="" best_rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o /tmp/piimap-bench-time "$@" >/dev/null 2>&1 || true
    read -r wall rss < <(tail -1 /tmp/piimap-bench-time)
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best=$wall; best_rss=$rss; fi
  done
  echo "$best $best_rss"
}
mbps() { awk "BEGIN{printf \"%.0f MB/s\", $log_bytes/1048576/$1}"; }
row() { printf '| %s | %s | %s | %s | %d MB |\n' "$1" "$2" "$3" "$4" $(($5 / 1024)); }

P='[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}|\+?\(?[0-9](?:[ .()/-]{0,3}[0-9]){6,14}\b|\b[A-HJ-NPR-Z0-9]{17}\b|-?[0-9]{1,2}\.[0-9]{3,},\s?-?[0-9]{1,3}\.[0-9]{3,}|lat=-?[0-9.]+ lon=-?[0-9.]+|\b[A-Z][a-z]+ [A-Z][a-z]+\b'

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r); piimap $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
echo "| corpus | command | wall (best of 3) | throughput | peak RSS |"
echo "|---|---|---|---|---|"
read -r w r < <(best_of_3 target/release/piimap scan "$logs" -q --format none --threads 1)
row "logs, $LOG_MB MiB, ~3% personal data lines" "piimap, 1 thread" "$w s" "$(mbps "$w")" "$r"
w1=$w
read -r w r < <(best_of_3 target/release/piimap scan "$logs" -q --format none --threads 2)
row "" "piimap, 2 threads" "$w s" "$(mbps "$w") ($(awk "BEGIN{printf \"%.2f\", $w1/$w}")x)" "$r"
read -r w r < <(best_of_3 rg --count-matches -j1 "(?-u)$P" "$logs")
row "" "rg -j1, 6 patterns, ASCII mode, matches only" "$w s" "$(mbps "$w")" "$r"
read -r w r < <(best_of_3 rg --count-matches -j1 "$P" "$logs")
row "" "rg -j1, same patterns, Unicode mode" "$w s" "$(mbps "$w")" "$r"
values=$((ROWS * 10))
read -r w r < <(best_of_3 target/release/piimap scan "$parquet" -q --format none)
row "Parquet, $ROWS rows x 10 columns, 10 files" "piimap (default sampling)" "$w s" "$(awk "BEGIN{printf \"%.0f M rows/s\", $ROWS/$w/1e6}")" "$r"
read -r w r < <(best_of_3 target/release/piimap scan "$parquet" -q --format none --full)
row "" "piimap --full" "$w s" "$(awk "BEGIN{printf \"%.1f M values/s\", $values/$w/1e6}")" "$r"
read -r w r < <(best_of_3 target/release/piimap scan "$small" -q --format none)
row "$SMALL small files (notes, CSV, JSON)" "piimap" "$w s" "$(awk "BEGIN{printf \"%.0f files/s\", $SMALL/$w}")" "$r"
