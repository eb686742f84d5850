#!/usr/bin/env bash
# A real Slurm run compared with one process: starts the one-node cluster (one-node-cluster.sh), submits an array of 8 shards
# and its merge job (submit.sh), waits for the merge, runs the same check in one process, and compares the two reports entry
# by entry (verdict, cases, hypothesis cases, tightest slack and case, counterexample, violation). Exit 0 when they agree.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
"$root/jobs/slurm/one-node-cluster.sh"
dotnet build "$root/src/RlaifTheorems.Cli" -c Release -o "$root/jobs/slurm/.tool" >/dev/null
export RLAIF_THEOREMS="dotnet $root/jobs/slurm/.tool/rlaif-theorems.dll"
export RLAIF_REPORTS="$(mktemp -d)"
trap 'rm -rf "$RLAIF_REPORTS"' EXIT
args=(L2 T1.2 T2.1 P1.1 T2.4 T5.1 --max-test 3000 --seed 20261205)
start=$(date +%s)
read -r _ array _ merge < <("$root/jobs/slurm/submit.sh" "${args[@]}" | tr ',' ' ')
for _ in $(seq 1 600); do
  state=$(scontrol show job "$merge" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2 || true)
  case "$state" in COMPLETED) break ;; FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY) echo "slurm test: the merge job ended $state" >&2; cat "$RLAIF_REPORTS"/*.out >&2; exit 1 ;; esac
  if [ -z "$state" ] && [ -s "$RLAIF_REPORTS/report.json" ]; then break; fi
  sleep 1
done
[ -s "$RLAIF_REPORTS/report.json" ] || { echo "slurm test: no merged report after 600 s" >&2; exit 1; }
seconds=$(( $(date +%s) - start ))
$RLAIF_THEOREMS check "${args[@]}" --quiet --no-formal --json "$RLAIF_REPORTS/single.json" >/dev/null 2>&1
python3 - "$RLAIF_REPORTS/report.json" "$RLAIF_REPORTS/single.json" "$seconds" <<'PY'
import json, sys
keys = ["id", "verdict", "cases", "hypothesisCases", "minSlack", "tightest", "counterexample", "violation"]
merged, single = (json.load(open(p))["entries"] for p in sys.argv[1:3])
rows = lambda es: [[e.get(k) for k in keys] for e in es]
if rows(merged) != rows(single):
    print("slurm test: the merged report differs from one process's", file=sys.stderr); sys.exit(1)
print(f"slurm test: 8 array tasks and their merge job ({sys.argv[3]} s on the one-node cluster) gave one process's report: "
      f"{len(single)} entries, {sum(e['cases'] for e in single)} cases, verdicts {', '.join(e['id'] + ' ' + e['verdict'] for e in single)}")
PY
