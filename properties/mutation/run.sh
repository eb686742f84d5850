#!/usr/bin/env bash
# Mutation testing of the math core's Model, Theory and Numerics (Stryker.NET 5.1.0, pinned in .config/dotnet-tools.json)
# with the property suite, minus the tests that start processes or solvers, which cover nothing of the core in process.
# The report lands in properties/StrykerOutput/<date>/reports/ (HTML and JSON); the score is on the last lines printed.
# Survivors that no true statement can kill are listed, with why, in equivalent-mutants.md beside this script.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet tool run dotnet-stryker --config-file mutation/stryker-config.json "$@"
