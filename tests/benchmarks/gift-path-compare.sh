#!/usr/bin/env bash
# tests/benchmarks/gift-path-compare.sh TREE LABEL PGPORT HTTPPORT "CONCURRENCIES" GIFTS [DONORS] — the gift path in count mode
# against TREE's Release build, on a fresh durable PostgreSQL cluster (docs/benchmarks.md, "Giving-day scale"). Run as
# root; run it for two trees (before and after a change) one after the other, never side by side. SERVER_ARGS adds
# configuration to the server's command line (e.g. SERVER_ARGS=--Telemetry:Dashboard=false) to compare two settings.
set -euo pipefail
TREE=$(realpath "$1") LABEL=$2 PGPORT=$3 HTTPPORT=$4 CONC=${5:-"64 256"} GIFTS=${6:-20000} DONORS=${7:-2000}
. "$(dirname "$0")/bench-host.sh"
BENCH_DIR=/tmp/gb-bench/$LABEL; mkdir -p "$BENCH_DIR"
trap bench_stop EXIT
cd "$TREE"
bench_pg "$PGPORT"
echo "== $LABEL (fresh database: migrations included)"
# shellcheck disable=SC2086 # SERVER_ARGS is a list of arguments
bench_server "$HTTPPORT" ${SERVER_ARGS:-}
for c in $CONC; do
  echo "== $LABEL concurrency $c"
  dotnet tests/GiveBack.LoadHarness/bin/Release/net10.0/GiveBack.LoadHarness.dll --url "http://127.0.0.1:$HTTPPORT" \
    --key gbk_load_test --donors "$DONORS" --gifts "$GIFTS" --concurrency "$c" 2>&1 | grep -E "gifts/s|p99|check|FAIL|rror|passed" | head -12
done
