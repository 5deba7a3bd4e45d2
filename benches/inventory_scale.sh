#!/usr/bin/env bash
# Peak memory and wall time of a scan against the number of locations: trees of 100,000, 300,000
# and 1,000,000 small files (benches/gen_small_files.py, seeded), each scanned once with the
# inventory JSON written and the summary printed (both streamed from the spilled locations).
# usage: bash benches/inventory_scale.sh [COUNTS...]   (default: 100000 300000 1000000)
# Data goes to target/bench-data/ (about 4 GB of small files for the million); PIIMAP=binary,
# INVENTORY_MEMORY=SIZE passes --inventory-memory.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PIIMAP:-target/release/piimap}
[ -x "$bin" ] || cargo build --release -q -p piimap
counts=("${@:-100000 300000 1000000}")
data=${BENCH_DATA:-target/bench-data}
mkdir -p "$data"
printf '| files | wall | peak RSS | inventory JSON | summary |\n|---|---|---|---|---|\n'
for n in ${counts[@]}; do
    dir="$data/small-$n"
    [ -d "$dir" ] || python3 benches/gen_small_files.py "$dir" "$n"
    out=$(mktemp -d)
    /usr/bin/time -v "$bin" scan "$dir" -q -o "$out/inventory.json" --format summary ${INVENTORY_MEMORY:+--inventory-memory "$INVENTORY_MEMORY"} >"$out/summary.txt" 2>"$out/time.txt" || true
    wall=$(grep "Elapsed (wall clock)" "$out/time.txt" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$out/time.txt" | awk '{printf "%d MB", $NF/1024}')
    size=$(du -m "$out/inventory.json" | cut -f1)
    printf '| %s | %s | %s | %s MB | %s |\n' "$n" "$wall" "$rss" "$size" "$(grep -c . "$out/summary.txt") summary lines"
    rm -rf "$out"
done
