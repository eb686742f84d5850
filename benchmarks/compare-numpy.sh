#!/usr/bin/env bash
# Times numpy/OpenBLAS and the C# kernels on the same sizes in one go and prints one table of ratios (C# time / numpy time).
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
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-$(nproc)}"
/usr/bin/python3 benchmarks/numpy_kernels.py time "$out/numpy.json"
dotnet run -c Release --project benchmarks -- compare "$out/csharp.json" >/dev/null
/usr/bin/python3 benchmarks/numpy_kernels.py table "$out/numpy.json" "$out/csharp.json"
