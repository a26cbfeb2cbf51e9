#!/usr/bin/env bash
# The fault harness in one command: builds the Release server and the harness, then runs
# tests/GiveBack.FaultHarness, which starts its own PostgreSQL (Debian's, a throwaway cluster under /tmp) and three
# server processes on loopback, injects the faults and prints a table of scenarios and results.
#   tools/fault-harness.sh                          # every scenario
#   tools/fault-harness.sh --scenario kill-hot-host # one (or a comma-separated list); --callers N, --donors N, --seed N
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/scripts/postgres.sh

giveback_ensure_packages postgresql ca-certificates
giveback_ensure_receipt_fonts
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }

dotnet build src/GiveBack.Server -c Release -nologo -clp:ErrorsOnly
dotnet build tests/GiveBack.FaultHarness -c Release -nologo -clp:ErrorsOnly
exec dotnet tests/GiveBack.FaultHarness/bin/Release/net10.0/GiveBack.FaultHarness.dll "$@"
