#!/usr/bin/env bash
# Cases per second of `check` against Hypothesis running the same properties with numpy (hypothesis_peer.py), for T2.1, T1.3
# and T3.2, in one run: ROUNDS (default 3) interleaved rounds, each side's median per entry, and the ratio. Installs Debian's
# python3-hypothesis and python3-numpy if absent. CASES (default 10000) cases per entry on the C# side, 2000 on Hypothesis's.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
/usr/bin/python3 -c 'import hypothesis, numpy' 2>/dev/null || need+=(python3-hypothesis python3-numpy)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
rounds="${ROUNDS:-3}"; cases="${CASES:-10000}"
dotnet build -c Release src/RlaifTheorems.Cli >/dev/null
tool=src/RlaifTheorems.Cli/bin/Release/net10.0/rlaif-theorems.dll
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
for i in $(seq 1 "$rounds"); do
  echo "round $i of $rounds" >&2
  /usr/bin/python3 benchmarks/hypothesis_peer.py 2000 > "$out/py-$i.json"
  dotnet "$tool" check T2.1 T1.3 T3.2 --max-test "$cases" --seed "$i" --no-formal --quiet --json "$out/cs-$i.json" >/dev/null
done
/usr/bin/python3 - "$out" "$rounds" <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
cs = {e: [] for e in ("T2.1", "T1.3", "T3.2")}; py = {e: [] for e in cs}
for i in range(1, rounds + 1):
    for e in json.load(open(f"{out}/cs-{i}.json"))["entries"]:
        cs[e["id"]].append(e["cases"] / (e["elapsedMs"] / 1000))
    for k, v in json.load(open(f"{out}/py-{i}.json")).items():
        py[k].append(v["casesPerSecond"])
print("| entry | check cases/s | Hypothesis + numpy cases/s | ratio |")
print("|---|---:|---:|---:|")
short = []
for e in cs:
    c, p = statistics.median(cs[e]), statistics.median(py[e])
    print(f"| {e} | {c:,.0f} | {p:,.0f} | {c / p:.1f} |")
    if c < 10 * p: short.append(e)
print(f"(medians of {rounds} interleaved rounds)" + (f"; below 10x: {', '.join(short)}" if short else "; every entry at least 10x ahead"))
sys.exit(1 if short else 0)
PY
