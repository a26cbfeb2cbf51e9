#!/usr/bin/env bash
# tests/benchmarks/gift-path-compare.sh TREE LABEL PGPORT HTTPPORT "CONCURRENCIES" GIFTS — the gift path in count mode
# against TREE's Release build, on a fresh durable PostgreSQL cluster (docs/benchmarks.md, "Giving-day scale"). Run as root.
set -euo pipefail
TREE=$1 LABEL=$2 PGPORT=$3 HTTPPORT=$4 CONC=${5:-"64 256"} GIFTS=${6:-20000}
D=/tmp/bench/pg-$LABEL; rm -rf $D; mkdir -p $D; chown -R postgres $D
runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D $D/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D $D/data -l $D/pg.log -w \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $D -c max_connections=300" start >/dev/null
psql -h 127.0.0.1 -p $PGPORT -U postgres -qc "create database giveback"
cd $TREE
START=$(date +%s.%N)
GIVEBACK_DB="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=giveback" GIVEBACK_ADMIN_API_KEY=gbk_load_test \
GIVEBACK_HTTP_PORT=$HTTPPORT dotnet src/GiveBack.Server/bin/Release/net10.0/GiveBack.Server.dll \
  --Cluster:SiloPort=$((HTTPPORT+6000)) --Cluster:GatewayPort=$((HTTPPORT+7000)) --Logging:LogLevel:Default=Warning --Scheduling:Enabled=false \
  --GivingPage:PublicBaseUrl=http://127.0.0.1:$HTTPPORT > $D/server.log 2>&1 &
SERVER=$!
for i in $(seq 1 600); do curl -fs http://127.0.0.1:$HTTPPORT/health/ready >/dev/null && break; sleep 0.1; done
echo "== $LABEL ready after $(echo "$(date +%s.%N) - $START" | bc) s (fresh database: migrations included)"
for c in $CONC; do
  echo "== $LABEL concurrency $c"
  dotnet tests/GiveBack.LoadHarness/bin/Release/net10.0/GiveBack.LoadHarness.dll --url http://127.0.0.1:$HTTPPORT \
    --key gbk_load_test --donors 2000 --gifts $GIFTS --concurrency $c 2>&1 | grep -E "gifts/s|p99|check|FAIL|rror|passed" | head -12
done
kill $SERVER; wait $SERVER 2>/dev/null || true
runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D $D/data -w -m fast stop >/dev/null
