#!/usr/bin/env bash
# tests/benchmarks/gift-path-profile.sh [SECONDS] — where the server's time goes on the gift path under load
# (docs/benchmarks.md, "Giving-day scale"): the harness books gifts with 64 in flight into one campaign while
# dotnet-trace samples the server's threads (~100 Hz) for SECONDS (default 15); then the top methods by exclusive and
# by inclusive time. Run as root after `dotnet build GiveBack.sln -c Release`; needs dotnet-trace
# (`dotnet tool install -g dotnet-trace`). The trace stays in /tmp/gb-bench/profile for PerfView or speedscope.
set -euo pipefail
SECONDS_TRACED=${1:-15}
cd "$(dirname "$0")/../.."
. tests/benchmarks/bench-host.sh
BENCH_DIR=/tmp/gb-bench/profile; mkdir -p "$BENCH_DIR"; rm -f "$BENCH_DIR"/*.nettrace "$BENCH_DIR"/server.log
trap bench_stop EXIT
TRACE=${DOTNET_TRACE:-$HOME/.dotnet/tools/dotnet-trace}
PORT=5152

bench_pg 55471
bench_server $PORT
dotnet tests/GiveBack.LoadHarness/bin/Release/net10.0/GiveBack.LoadHarness.dll --url http://127.0.0.1:$PORT \
  --key gbk_load_test --donors 500 --gifts 150000 --concurrency 64 > "$BENCH_DIR/harness.log" 2>&1 &
HARNESS=$!
# Past the donors' setup and the warm-up: tracing the steady state.
sleep 40
"$TRACE" collect -p "$BENCH_SERVER" --profile dotnet-sampled-thread-time --duration "00:00:$(printf %02d "$SECONDS_TRACED")" \
  -o "$BENCH_DIR/gifts.nettrace" >/dev/null
kill "$HARNESS" 2>/dev/null || true
echo "== top methods, exclusive time (threads waiting show as wait frames)"
"$TRACE" report "$BENCH_DIR/gifts.nettrace" topN -n 30
echo "== top methods, inclusive time"
"$TRACE" report "$BENCH_DIR/gifts.nettrace" topN -n 40 --inclusive
