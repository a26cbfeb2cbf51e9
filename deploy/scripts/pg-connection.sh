# Shared by backup.sh and restore.sh; sourced, not run. Turns the connection string the product reads (GIVEBACK_DB,
# Npgsql's "Host=…;Port=…;Username=…;Password=…;Database=…") into libpq's standard PG* variables, so pg_dump, pg_restore
# and psql reach the same database as the product without a password on any command line. Without GIVEBACK_DB the PG*
# variables already set (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, or ~/.pgpass) are used as they are.

giveback_pg_connection() {
  [ -n "${GIVEBACK_DB:-}" ] || return 0
  local pair key value
  local IFS=';'
  for pair in $GIVEBACK_DB; do
    [ -n "${pair//[[:space:]]/}" ] || continue
    key=${pair%%=*}
    value=${pair#*=}
    key=$(echo "$key" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')
    value=$(echo "$value" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e "s/^\"\(.*\)\"$/\1/" -e "s/^'\(.*\)'$/\1/")
    case "$key" in
      host | server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database | db) export PGDATABASE="$value" ;;
      username | user | userid) export PGUSER="$value" ;;
      password | psw | pwd) export PGPASSWORD="$value" ;;
      sslmode)
        case "$(echo "$value" | tr '[:upper:]' '[:lower:]')" in
          disable) export PGSSLMODE=disable ;;
          allow) export PGSSLMODE=allow ;;
          prefer) export PGSSLMODE=prefer ;;
          require) export PGSSLMODE=require ;;
          verifyca | verify-ca) export PGSSLMODE=verify-ca ;;
          verifyfull | verify-full) export PGSSLMODE=verify-full ;;
        esac
        ;;
      *) ;; # pooling, timeouts and the like mean nothing to pg_dump
    esac
  done
  [ -n "${PGDATABASE:-}" ] || { echo "GIVEBACK_DB names no Database." >&2; return 1; }
}

# The directory of the PostgreSQL client programs: GIVEBACK_PG_BIN when set, else Debian's newest installed version,
# else whatever is on PATH.
giveback_pg_client_bin() {
  if [ -n "${GIVEBACK_PG_BIN:-}" ]; then
    echo "$GIVEBACK_PG_BIN"
    return
  fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$bin" ] && [ -x "$bin/pg_dump" ]; then
    echo "$bin"
  else
    dirname "$(command -v pg_dump || echo /usr/bin/pg_dump)"
  fi
}

# giveback_pg_check_client BIN PROGRAM: a client older than the server cannot dump it (pg_dump refuses, pg_restore may
# not know the server's catalog), so the major versions are compared before anything is written.
giveback_pg_check_client() {
  local bin=$1 program=$2 client server
  [ -x "$bin/$program" ] || { echo "$program not found in $bin (install postgresql-client, or set GIVEBACK_PG_BIN)." >&2; return 1; }
  client=$("$bin/$program" --version | sed -n 's/.* \([0-9][0-9]*\)\.[0-9].*/\1/p' | head -n 1)
  server=$("$bin/psql" -X -At -v ON_ERROR_STOP=1 --no-password -c "SHOW server_version_num") || {
    echo "Cannot reach PostgreSQL (host ${PGHOST:-local socket}, database ${PGDATABASE:-?})." >&2
    return 1
  }
  server=$((server / 10000))
  if [ "$client" -lt "$server" ]; then
    echo "$program is version $client but the server is $server: install the client of version $server or newer (GIVEBACK_PG_BIN)." >&2
    return 1
  fi
}
