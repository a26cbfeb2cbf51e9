#!/usr/bin/env bash
# Sets everything up and runs GiveBack with demo data:
#   installs PostgreSQL from Debian's packages if missing, keeps a project-local cluster on 127.0.0.1 under
#   $GIVEBACK_DATA_DIR (default .giveback/), seeds demo data (unless --no-demo-data) and serves on
#   http://127.0.0.1:${GIVEBACK_HTTP_PORT:-5080}. Run it again: the data is kept.
#   GIVEBACK_DB (a connection string) uses that database instead of the local cluster.
set -euo pipefail
cd "$(dirname "$0")"
. deploy/scripts/postgres.sh

seed=true
for argument in "$@"; do
  case "$argument" in
    --no-demo-data) seed=false ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "Unknown option: $argument (try --help)" >&2; exit 2 ;;
  esac
done

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
data_dir=$(mkdir -p "${GIVEBACK_DATA_DIR:-.giveback}" && cd "${GIVEBACK_DATA_DIR:-.giveback}" && pwd)
chmod 755 "$data_dir"
http_port=${GIVEBACK_HTTP_PORT:-5080}

started_pg=""
if [ -z "${GIVEBACK_DB:-}" ]; then
  giveback_ensure_packages postgresql
  pg_port=${GIVEBACK_PG_PORT:-55400}
  if [ -f "$data_dir/pg-port" ]; then pg_port=$(cat "$data_dir/pg-port"); fi
  giveback_pg_start "$data_dir/pg" "$pg_port"
  echo "$pg_port" >"$data_dir/pg-port"
  started_pg="$data_dir/pg"
  giveback_pg_run psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'giveback'" | grep -q 1 \
    || giveback_pg_run psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE giveback" >/dev/null
  export GIVEBACK_DB="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=giveback"
fi
stop() { [ -n "$started_pg" ] && giveback_pg_stop "$started_pg"; }
trap stop EXIT

# The admin key: the operator's, or one made on the first run and kept (readable by this user only) for the next.
if [ -z "${GIVEBACK_ADMIN_API_KEY:-}" ]; then
  key_file="$data_dir/admin-api-key"
  if [ ! -s "$key_file" ]; then
    (umask 077 && echo "gbk_$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')" >"$key_file")
  fi
  GIVEBACK_ADMIN_API_KEY=$(cat "$key_file")
fi
export GIVEBACK_ADMIN_API_KEY GIVEBACK_HTTP_PORT=$http_port

dotnet build src/GiveBack.Server -c Release -nologo -clp:ErrorsOnly -v q

cat <<INFO

  GiveBack      http://127.0.0.1:$http_port
  API reference http://127.0.0.1:$http_port/scalar/v1
  Admin API key $GIVEBACK_ADMIN_API_KEY
  Try:          curl -H "Authorization: Bearer $GIVEBACK_ADMIN_API_KEY" http://127.0.0.1:$http_port/api/v1/campaigns

INFO
dotnet run --project src/GiveBack.Server -c Release --no-build -- --Demo:SeedData="$seed"
