#!/usr/bin/env bash
# tests/benchmarks/giving-day-scale.sh [HOLD_SECONDS] [EVENTS] — issue 15's run on this tree's Release build
# (docs/benchmarks.md, "Giving-day scale"): the start on an empty then on a migrated database, the phased gift run with
# its ceilings, ledger check and plot, then the signed-webhook run; dotnet-counters records the server throughout
# (System.Runtime every 5 s) and /proc gives the CPU the server and PostgreSQL used. Run as root after
# `dotnet build GiveBack.sln -c Release`; needs dotnet-counters (`dotnet tool install -g dotnet-counters`).
# Output and the plots go to /tmp/gb-bench/scale.
set -euo pipefail
HOLD=${1:-300} EVENTS=${2:-5000}
cd "$(dirname "$0")/../.."
. tests/benchmarks/bench-host.sh
BENCH_DIR=/tmp/gb-bench/scale; mkdir -p "$BENCH_DIR"; rm -f "$BENCH_DIR"/*.csv "$BENCH_DIR"/*.png "$BENCH_DIR"/server.log
trap bench_stop EXIT
PORT=5151
H=tests/GiveBack.LoadHarness/bin/Release/net10.0/GiveBack.LoadHarness.dll

bench_pg 55470
bench_emulator 12151
echo "== start, empty database (every migration)"
bench_server $PORT
kill "$BENCH_SERVER"; wait "$BENCH_SERVER" 2>/dev/null || true
echo "== start, migrated database"
bench_server $PORT
"${DOTNET_COUNTERS:-$HOME/.dotnet/tools/dotnet-counters}" collect -p "$BENCH_SERVER" --format csv \
  -o "$BENCH_DIR/counters.csv" --refresh-interval 5 --counters System.Runtime >/dev/null 2>&1 &
COUNTERS=$!

cpu() { # CPU seconds used so far by the server and by every PostgreSQL process
  local server pg
  server=$(awk '{print ($14+$15)/100}' "/proc/$BENCH_SERVER/stat")
  pg=$(for q in $(pgrep -x postgres); do awk '{print ($14+$15)/100}' "/proc/$q/stat" 2>/dev/null; done | paste -sd+ | bc)
  echo "server $server s, PostgreSQL $pg s"
}

echo "== gifts, phased (hold $HOLD s); CPU before: $(cpu)"
dotnet $H --url http://127.0.0.1:$PORT --key gbk_load_test --donors 2000 --concurrency 64 --warmup 2000 \
  --hold-seconds "$HOLD" --ramp-steps 3 --ramp-step-seconds 5 --spike-seconds 5 --spike-factor 4 --ceiling-seconds 10 \
  --db "$BENCH_DB" --plot "$BENCH_DIR/gifts.png" 2>&1 | tail -45
echo "== CPU after the gift run: $(cpu)"
echo "== webhooks ($EVENTS events)"
dotnet $H --mode webhooks --url http://127.0.0.1:$PORT --key gbk_load_test --emulator-url "$BENCH_EMULATOR_URL" \
  --webhook-secret whsec_load_harness --events "$EVENTS" --donors 500 --concurrency 16 --db "$BENCH_DB" \
  --plot "$BENCH_DIR/webhooks.png" 2>&1 | tail -25
echo "== CPU after the webhook run: $(cpu)"
kill "$COUNTERS" 2>/dev/null || true
ps -o rss=,nlwp= -p "$BENCH_SERVER" | awk '{print "== server RSS " int($1/1024) " MB, " $2 " threads"}'
echo "== working set (MB) and thread-pool queue, every 5 s: $BENCH_DIR/counters.csv"
