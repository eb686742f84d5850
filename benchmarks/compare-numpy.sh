#!/usr/bin/env bash
# Times numpy/OpenBLAS and the C# kernels on the same sizes in one go (ROUNDS interleaved rounds, default 3) and prints one
# table of ratios (C# time / numpy time), each side's time being its median over the rounds. On a CPU with AVX-512 the C#
# side also runs with it off (DOTNET_EnableAVX512=0) and a second table shows that: the issue's machine class, AVX2 + FMA.
# Installs what it needs from Debian's packages (python3-numpy, python3-scipy, libopenblas0-pthread); refuses to report
# ratios when numpy is not running on OpenBLAS.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
/usr/bin/python3 -c 'import numpy' 2>/dev/null || need+=(python3-numpy)
/usr/bin/python3 -c 'import scipy' 2>/dev/null || need+=(python3-scipy)
dpkg -s libopenblas0-pthread >/dev/null 2>&1 || need+=(libopenblas0-pthread)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

out=$(mktemp -d)
rounds="${ROUNDS:-3}"
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-$(nproc)}"
dotnet build -c Release benchmarks >/dev/null
harness=benchmarks/bin/Release/net10.0/RlaifTheorems.Benchmarks.dll
narrow=()
for i in $(seq 1 "$rounds"); do
  echo "round $i of $rounds" >&2
  /usr/bin/python3 benchmarks/numpy_kernels.py time "$out/numpy-$i.json" >&2
  dotnet "$harness" compare "$out/csharp-$i.json" >/dev/null
  # On a CPU with AVX-512 the C# side runs a second time with it off: the issue's machine class (AVX2 + FMA).
  if grep -q '"vector": "Vector512"' "$out/csharp-$i.json"; then
    DOTNET_EnableAVX512=0 dotnet "$harness" compare "$out/avx2-$i.json" >/dev/null
    narrow+=("$out/avx2-$i.json")
  fi
done
if [ ${#narrow[@]} -gt 0 ]; then
  /usr/bin/python3 benchmarks/numpy_kernels.py table "$out"/numpy-*.json -- "$out"/csharp-*.json -- "${narrow[@]}"
else
  /usr/bin/python3 benchmarks/numpy_kernels.py table "$out"/numpy-*.json -- "$out"/csharp-*.json
fi
