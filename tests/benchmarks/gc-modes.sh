#!/usr/bin/env bash
# The server's garbage collector under the gift path's load (docs/benchmarks.md, "Micro-benchmarks", "Server GC"): a
# throwaway durable PostgreSQL (fsync on, defaults), then ROUNDS rounds of every mode below, alternating, each on a
# fresh database and a freshly started Release server (the mode set by DOTNET_ environment variables, which win over
# the runtimeconfig), driven by the load harness in count mode (2,000 donors, GIFTS gifts after its warm-up,
# CONCURRENCY in flight). One line per run: the harness's measured phase, the server's CPU seconds over the whole run,
# its peak RSS, how many server-GC threads it had (0 = workstation) and the harness's check. Not a test: nothing here passes or fails.
# Usage: [ONLY="mode mode"] tests/benchmarks/gc-modes.sh [ROUNDS] [GIFTS] [CONCURRENCY]   (default all modes, 2, 20000, 64)
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/scripts/postgres.sh
giveback_ensure_packages postgresql

rounds=${1:-2}
gifts=${2:-20000}
concurrency=${3:-64}
work=$(mktemp -d /tmp/giveback-gc-bench.XXXXXX)
chmod 755 "$work"
port=$(giveback_free_port 55490)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  giveback_pg_stop "$work/pg"
  rm -rf "$work"
}
trap cleanup EXIT
giveback_pg_start "$work/pg" "$port"

dotnet build src/GiveBack.Server -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build tests/GiveBack.LoadHarness -c Release -nologo -clp:ErrorsOnly >/dev/null

# name=environment; "server-datas" is what the host ships with unless its csproj says otherwise (.NET 10's defaults).
modes=(
  "server-datas=DOTNET_gcServer=1 DOTNET_gcConcurrent=1 DOTNET_GCDynamicAdaptationMode=1"
  "server-nodatas=DOTNET_gcServer=1 DOTNET_gcConcurrent=1 DOTNET_GCDynamicAdaptationMode=0"
  "workstation=DOTNET_gcServer=0 DOTNET_gcConcurrent=1"
  "workstation-nonconcurrent=DOTNET_gcServer=0 DOTNET_gcConcurrent=0"
)
key=gbk_gc_modes_benchmark
only=${ONLY:-}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
  for entry in "${modes[@]}"; do
    mode=${entry%%=*}
    if [ -n "$only" ] && [[ " $only " != *" $mode "* ]]; then continue; fi
    database="gc_${mode//-/_}_$round"
    giveback_pg_run psql -h 127.0.0.1 -p "$port" -U postgres -qc "create database $database"
    http=$(giveback_free_port 5190)
    silo=$(giveback_free_port 11290)
    gateway=$(giveback_free_port 30290)
    (
      cd src/GiveBack.Server
      # shellcheck disable=SC2086 # the mode's variables are words on purpose
      exec env ${entry#*=} GIVEBACK_DB="Host=127.0.0.1;Port=$port;Username=postgres;Database=$database" \
        GIVEBACK_ADMIN_API_KEY=$key GIVEBACK_HTTP_PORT="$http" \
        dotnet bin/Release/net10.0/GiveBack.Server.dll --Cluster:SiloPort="$silo" --Cluster:GatewayPort="$gateway" \
        --Logging:LogLevel:Default=Warning --Scheduling:Enabled=false --GivingPage:PublicBaseUrl="http://127.0.0.1:$http"
    ) >"$work/server.log" 2>&1 &
    server=$!
    # The harness waits for /health/ready itself.
    dotnet tests/GiveBack.LoadHarness/bin/Release/net10.0/GiveBack.LoadHarness.dll --url "http://127.0.0.1:$http" \
      --key "$key" --donors 2000 --gifts "$gifts" --concurrency "$concurrency" >"$work/harness.log" 2>&1 || true
    if [ ! -d "/proc/$server" ]; then
      echo "round $round $mode: the server exited; its log and the harness's:"
      tail -n 30 "$work/server.log" "$work/harness.log"
      server=""
      continue
    fi
    ticks=$(getconf CLK_TCK)
    cpu=$(awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$server/stat")
    rss=$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$server/status")
    gc_threads=$( (grep -lx '.NET Server GC' /proc/"$server"/task/*/comm 2>/dev/null || true) | wc -l)
    measured=$(grep -m1 '  measured:' "$work/harness.log" || echo "  measured: (failed, see below)")
    check=$(grep -m1 -o 'CHECK [A-Z]*' "$work/harness.log" || echo "no check")
    echo "round $round $mode:${measured#  measured:}; server CPU ${cpu} s, peak RSS ${rss} MB, server-GC threads $gc_threads; $check"
    [ "$measured" = "  measured: (failed, see below)" ] && tail -n 20 "$work/harness.log" "$work/server.log"
    kill "$server"
    wait "$server" 2>/dev/null || true
    server=""
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
