#!/usr/bin/env bash
# tests/benchmarks/gift-path-profile.sh [SECONDS] [gifts|webhooks] — where the server's CPU goes under load
# (docs/benchmarks.md, "Giving-day scale"). gifts (the default): the harness books gifts with 64 in flight into one
# campaign from 500 donors; webhooks: 4,000 signed payment_intent.succeeded events through the inbox and the processor,
# with the Stripe emulator. dotnet-trace samples the server's threads (~100 Hz) for SECONDS (default 15) of the steady
# state; the trace is converted for speedscope and summarised by speedscope-summary.py (the CPU by area of the path).
# Run as root after `dotnet build GiveBack.sln -c Release`; needs dotnet-trace (`dotnet tool install -g dotnet-trace`).
# The trace stays in /tmp/gb-bench/profile for PerfView or https://www.speedscope.app.
set -euo pipefail
SECONDS_TRACED=${1:-15} MODE=${2:-gifts}
cd "$(dirname "$0")/../.."
. tests/benchmarks/bench-host.sh
BENCH_DIR=/tmp/gb-bench/profile; mkdir -p "$BENCH_DIR"; rm -f "$BENCH_DIR"/*.nettrace "$BENCH_DIR"/*.json "$BENCH_DIR"/*.log
trap bench_stop EXIT
TRACE=${DOTNET_TRACE:-$HOME/.dotnet/tools/dotnet-trace}
H=tests/GiveBack.LoadHarness/bin/Release/net10.0/GiveBack.LoadHarness.dll
PORT=5152

bench_pg 55471
case "$MODE" in
  gifts)
    bench_server $PORT
    dotnet $H --url http://127.0.0.1:$PORT --key gbk_load_test --donors 500 --gifts 150000 --concurrency 64 \
      > "$BENCH_DIR/harness.log" 2>&1 &
    HARNESS=$!
    # Past the donors' setup and the warm-up.
    sleep 40 ;;
  webhooks)
    bench_emulator 12152
    bench_server $PORT
    dotnet $H --mode webhooks --url http://127.0.0.1:$PORT --key gbk_load_test --emulator-url "$BENCH_EMULATOR_URL" \
      --webhook-secret whsec_load_harness --events 4000 --donors 500 --concurrency 16 --db "$BENCH_DB" \
      > "$BENCH_DIR/harness.log" 2>&1 &
    HARNESS=$!
    # Past the payments' setup in the emulator, once the events are posted and being booked.
    until grep -q "events taken" "$BENCH_DIR/harness.log" 2>/dev/null; do sleep 1; done
    sleep 12 ;;
  *) echo "mode: gifts or webhooks" >&2; exit 2 ;;
esac
"$TRACE" collect -p "$BENCH_SERVER" --profile dotnet-sampled-thread-time --duration "00:00:$(printf %02d "$SECONDS_TRACED")" \
  -o "$BENCH_DIR/$MODE.nettrace" >/dev/null
kill "$HARNESS" 2>/dev/null || true
"$TRACE" convert "$BENCH_DIR/$MODE.nettrace" --format Speedscope -o "$BENCH_DIR/$MODE" >/dev/null
python3 tests/benchmarks/speedscope-summary.py "$BENCH_DIR/$MODE.speedscope.json"
