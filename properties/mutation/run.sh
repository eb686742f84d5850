#!/usr/bin/env bash
# Mutation testing of the math core's Model, Theory and Numerics (Stryker.NET 5.1.0, pinned in .config/dotnet-tools.json)
# with the tests that exercise the core in process: its unit tests, every catalogue property, and eval's scale and
# consistency properties (the lab, formal and process-level tests would add hours of run time for little coverage of these folders).
# The report lands in properties/StrykerOutput/<date>/reports/ (HTML and JSON); the score is on the last lines printed.
# Survivors that no true statement can kill are listed, with why, in equivalent-mutants.md beside this script.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet tool run dotnet-stryker --config-file mutation/stryker-config.json "$@"
