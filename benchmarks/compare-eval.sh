#!/usr/bin/env bash
# eval at d = D = N (default 4096) against numpy on the same quantities, in one run: ROUNDS (default 3) interleaved rounds,
# each side's median, and the ratio C# / numpy. Both sides use the system's OpenBLAS on every core (numpy through its
# libblas/liblapack alternatives; C# through dgesdd in libopenblas). Installs python3-numpy and libopenblas0-pthread if absent.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
/usr/bin/python3 -c 'import numpy' 2>/dev/null || need+=(python3-numpy)
dpkg -s libopenblas0-pthread >/dev/null 2>&1 || need+=(libopenblas0-pthread)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
n="${1:-4096}"; rounds="${ROUNDS:-3}"
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-$(nproc)}"
dotnet build -c Release benchmarks >/dev/null
harness=benchmarks/bin/Release/net10.0/RlaifTheorems.Benchmarks.dll
cs=(); np=()
for i in $(seq 1 "$rounds"); do
  echo "round $i of $rounds" >&2
  np+=("$(/usr/bin/python3 benchmarks/eval_numpy.py "$n" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')")
  cs+=("$(dotnet "$harness" eval "$n" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')")
done
/usr/bin/python3 - "$n" "${cs[*]}" "${np[*]}" <<'PY'
import statistics, sys
n, cs, np_ = sys.argv[1], [float(x) for x in sys.argv[2].split()], [float(x) for x in sys.argv[3].split()]
c, p = statistics.median(cs), statistics.median(np_)
print(f"eval at d = D = {n}: C# {c:.2f} s, numpy {p:.2f} s, ratio {c / p:.2f} (medians of {len(cs)} interleaved rounds)")
PY
