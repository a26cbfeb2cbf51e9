# Sourced by the benchmark scripts here: a fresh durable PostgreSQL cluster, the Stripe emulator and the product's
# server from a tree's Release build, each started the one way the README's scripts start them. Run as root (or as a
# user who may run PostgreSQL's binaries). Every function reads BENCH_DIR (logs and the cluster) set by the caller.

# shellcheck source=../../deploy/scripts/postgres.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../deploy/scripts/postgres.sh"

# bench_pg PORT — a fresh cluster with durability on (fsync, synchronous commit: the goals are about durable gifts)
# and an empty "giveback" database; sets BENCH_DB to its connection string.
bench_pg() {
  local port=$1
  giveback_pg_stop "$BENCH_DIR/pg"
  rm -rf "$BENCH_DIR/pg"
  giveback_pg_start "$BENCH_DIR/pg" "$port"
  psql -h 127.0.0.1 -p "$port" -U postgres -qc "create database giveback"
  BENCH_DB="Host=127.0.0.1;Port=$port;Username=postgres;Database=giveback"
}

# bench_emulator PORT — the Stripe emulator, delivering no webhooks itself (the harness posts them); sets BENCH_EMULATOR.
bench_emulator() {
  local port=$1
  dotnet tools/GiveBack.StripeEmulator/bin/Release/net10.0/GiveBack.StripeEmulator.dll --urls "http://127.0.0.1:$port" \
    > "$BENCH_DIR/emulator.log" 2>&1 &
  BENCH_EMULATOR=$!
  BENCH_EMULATOR_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 300); do curl -fs "$BENCH_EMULATOR_URL/" >/dev/null 2>&1 && return 0; sleep 0.1; done
}

# bench_server PORT [EXTRA ARGS…] — the product on BENCH_DB with the load key gbk_load_test (and, when
# BENCH_EMULATOR_URL is set, Stripe pointed at the emulator with the harness's webhook secret); waits for
# /health/ready and prints how long the start took. Sets BENCH_SERVER.
bench_server() {
  local port=$1; shift
  local stripe=()
  if [ -n "${BENCH_EMULATOR_URL:-}" ]; then
    stripe=(--Stripe:ApiBase="$BENCH_EMULATOR_URL")
  fi
  local start; start=$(date +%s.%N)
  (cd src/GiveBack.Server && GIVEBACK_DB="$BENCH_DB" GIVEBACK_ADMIN_API_KEY=gbk_load_test GIVEBACK_HTTP_PORT=$port \
    STRIPE_SECRET_KEY=sk_test_emulator STRIPE_WEBHOOK_SECRET=whsec_load_harness \
    exec dotnet bin/Release/net10.0/GiveBack.Server.dll "${stripe[@]}" \
    --Cluster:SiloPort=$((port + 6000)) --Cluster:GatewayPort=$((port + 6500)) --Logging:LogLevel:Default=Warning \
    --Scheduling:Enabled=false --GivingPage:PublicBaseUrl="http://127.0.0.1:$port" "$@") >> "$BENCH_DIR/server.log" 2>&1 &
  BENCH_SERVER=$!
  for _ in $(seq 1 900); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.1; done
  echo "== ready after $(echo "$(date +%s.%N) - $start" | bc) s"
}

# bench_stop — stops what the functions above started.
bench_stop() {
  [ -n "${BENCH_SERVER:-}" ] && kill "$BENCH_SERVER" 2>/dev/null && wait "$BENCH_SERVER" 2>/dev/null
  [ -n "${BENCH_EMULATOR:-}" ] && kill "$BENCH_EMULATOR" 2>/dev/null && wait "$BENCH_EMULATOR" 2>/dev/null
  giveback_pg_stop "$BENCH_DIR/pg"
  BENCH_SERVER= BENCH_EMULATOR= BENCH_EMULATOR_URL=
}
