#!/usr/bin/env bash
# Submits a check run as a Slurm array of SHARDS (default 8) tasks and a merge job that waits for all of them
# (--dependency=afterok). Prints the two job IDs. Example:
#   RLAIF_REPORTS=/shared/run1 SHARDS=8 jobs/slurm/submit.sh --max-test 100000 --seed 42
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${RLAIF_REPORTS:?set RLAIF_REPORTS to a folder every node sees}"
mkdir -p "$RLAIF_REPORTS"
shards="${SHARDS:-8}"
array=$(sbatch --parsable --export=ALL --array="0-$((shards - 1))" --output="$RLAIF_REPORTS/shard-%a.out" "$here/check-shards.sbatch" "$@")
merge=$(sbatch --parsable --export=ALL --dependency="afterok:$array" --output="$RLAIF_REPORTS/merge.out" "$here/merge.sbatch")
echo "array $array, merge $merge"
