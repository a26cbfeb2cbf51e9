#!/usr/bin/env bash
# Restores a dump made by backup.sh into GiveBack's database. Stop every GiveBack host first: the silos' membership
# and grain state are in the same database, and a host left running would write over what is restored.
set -euo pipefail

usage() {
  cat <<'TEXT'
Usage: deploy/scripts/restore.sh [--force] DUMP

Restores DUMP (a file made by backup.sh) into the database GiveBack uses, in one transaction: either all of it is
restored or nothing changes. The database must exist (createdb) and, unless --force, be empty: restoring over data
is refused. Objects belong to the user that restores (--no-owner); then ANALYZE refreshes the planner's statistics.

The database:  GIVEBACK_DB, the same connection string the product reads, or the standard PG* variables.
Options:
  --force      restore over a database that already holds tables: the dump's objects are dropped and made anew
               (pg_restore --clean --if-exists); objects the dump does not hold are left as they are
               GIVEBACK_PG_BIN  folder of pg_restore/psql   default Debian's newest, else PATH
Stop every GiveBack host before restoring and start them afterwards.
TEXT
}

force=false
dump=""
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=true; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "Unknown option: $1" >&2; usage >&2; exit 64 ;;
    *) [ -z "$dump" ] || { echo "One dump at a time." >&2; exit 64; }; dump=$1; shift ;;
  esac
done
[ -n "$dump" ] || { usage >&2; exit 64; }
[ -f "$dump" ] || { echo "No such dump: $dump" >&2; exit 66; }

here=$(cd "$(dirname "$0")" && pwd)
. "$here/pg-connection.sh"
giveback_pg_connection
[ -n "${PGDATABASE:-}" ] || { echo "Name the database to restore into: GIVEBACK_DB (Database=…) or PGDATABASE." >&2; exit 64; }
bin=$(giveback_pg_client_bin)
giveback_pg_check_client "$bin" pg_restore
"$bin/pg_restore" --list "$dump" >/dev/null || { echo "$dump is not a dump pg_restore can read." >&2; exit 65; }

psql() { "$bin/psql" -X -At -v ON_ERROR_STOP=1 --no-password "$@"; }
tables=$(psql -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                  AND n.nspname NOT LIKE 'pg\_toast%'")
clean=()
if [ "$tables" -gt 0 ]; then
  if [ "$force" != true ]; then
    echo "Refusing to restore: database $PGDATABASE already holds $tables tables. Restore into an empty database, or pass --force to replace what the dump holds." >&2
    exit 3
  fi
  clean=(--clean --if-exists)
fi

"$bin/pg_restore" --no-password --no-owner --no-privileges --exit-on-error --single-transaction "${clean[@]}" \
  --dbname="$PGDATABASE" "$dump"
psql -c "ANALYZE" >/dev/null
echo "Restored $dump into $PGDATABASE."
