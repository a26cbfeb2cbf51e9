#!/usr/bin/env bash
# Backs up GiveBack's database: one pg_dump in custom format (compressed, restorable table by table, read by
# restore.sh), named by its UTC time, then keeps the newest GIVEBACK_BACKUP_KEEP dumps and deletes older ones.
set -euo pipefail

usage() {
  cat <<'TEXT'
Usage: deploy/scripts/backup.sh [--dir DIR] [--keep N]

Dumps the database GiveBack uses to DIR/giveback-YYYYMMDDTHHMMSSZ.dump (pg_dump, custom format) and prints the
file's path. The dump is written under a temporary name, checked with pg_restore --list, then renamed: a file named
*.dump is always complete. Afterwards only the newest N dumps in DIR are kept.

The database:  GIVEBACK_DB, the same connection string the product reads
               (e.g. "Host=db;Port=5432;Username=giveback;Password=…;Database=giveback"),
               or, without it, the standard PG* variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, ~/.pgpass).
Options (and their environment variables):
  --dir DIR    GIVEBACK_BACKUP_DIR   where dumps go                         default /var/backups/giveback
  --keep N     GIVEBACK_BACKUP_KEEP  how many dumps to keep (0 keeps all)   default 14
               GIVEBACK_PG_BIN       folder of pg_dump/psql                 default Debian's newest, else PATH
Run it daily (cron, a systemd timer or a Kubernetes CronJob): with the default, two weeks of daily dumps.
TEXT
}

dir=${GIVEBACK_BACKUP_DIR:-/var/backups/giveback}
keep=${GIVEBACK_BACKUP_KEEP:-14}
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=${2:?--dir needs a folder}; shift 2 ;;
    --keep) keep=${2:?--keep needs a number}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "Unknown argument: $1" >&2; usage >&2; exit 64 ;;
  esac
done
[[ "$keep" =~ ^[0-9]+$ ]] || { echo "--keep must be a whole number, not '$keep'." >&2; exit 64; }

here=$(cd "$(dirname "$0")" && pwd)
. "$here/pg-connection.sh"
giveback_pg_connection
bin=$(giveback_pg_client_bin)
giveback_pg_check_client "$bin" pg_dump

mkdir -p "$dir"
name="giveback-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$dir/.$name.partial"
trap 'rm -f "$partial"' EXIT
# Everything but the rows of Orleans' membership table: which silos were alive when the dump was taken is not data, and
# restored they would read as live members that the new silos must first probe and vote dead before the cluster forms.
"$bin/pg_dump" --format=custom --compress=6 --no-password --exclude-table-data=orleansmembershiptable --file="$partial"
"$bin/pg_restore" --list "$partial" >/dev/null
mv "$partial" "$dir/$name"

if [ "$keep" -gt 0 ]; then
  # Names sort by time; everything before the newest $keep goes.
  ls -1 "$dir" | grep -E '^giveback-[0-9]{8}T[0-9]{6}Z\.dump$' | sort -r | tail -n +"$((keep + 1))" | while read -r old; do
    rm -f "$dir/$old"
    echo "Pruned $dir/$old" >&2
  done
fi

echo "$dir/$name"
