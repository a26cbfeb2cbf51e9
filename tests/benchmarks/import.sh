#!/usr/bin/env bash
# Imports at scale (docs/benchmarks.md, "Imports"): a throwaway durable PostgreSQL (fsync on), a generated generic file
# of ROWS rows (each a new donor with one gift, across 20 campaigns), then the command line
# (`import FILE --mapping generic`) against it: the real worker, donors through their grains, gifts through
# GiftRecorder. Prints the elapsed time and rows/s. Not a test: nothing here passes or fails.
# Usage: tests/benchmarks/import.sh [ROWS] (default 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/scripts/postgres.sh
giveback_ensure_packages postgresql

rows=${1:-100000}
work=$(mktemp -d /tmp/giveback-import-bench.XXXXXX)
chmod 755 "$work"
port=$(giveback_free_port 55480)
trap 'giveback_pg_stop "$work/pg"; rm -rf "$work"' EXIT
giveback_pg_start "$work/pg" "$port" "-c max_connections=300"

file="$work/generic.csv"
awk -v rows="$rows" 'BEGIN {
  print "donor_key,first_name,last_name,email,class_year,gift_key,amount,currency,gift_date,campaign,method";
  split("Ada Ben Chloe Dev Eun Femi Gus Hana Ivo Jo Kai Lea Mo Noor Oto Pia Rosa Sami Uma Wen", first, " ");
  for (i = 1; i <= rows; i++) {
    printf "bench-%d,%s,Donor%d,donor%d@example.org,%d,bench-gift-%d,%d.%02d,EUR,2025-%02d-%02d,Benchmark Fund %d,card\n",
      i, first[1 + i % 20], i, i, 1960 + i % 65, i, 5 + i % 995, i % 100, 1 + i % 12, 1 + i % 28, i % 20;
  }
}' > "$file"
echo "$rows rows, $(du -h "$file" | cut -f1) in $file"

dotnet build src/GiveBack.Server -c Release -nologo -clp:ErrorsOnly
start=$(date +%s.%N)
dotnet run --project src/GiveBack.Server -c Release --no-build -- import "$file" --mapping generic \
  "--ConnectionStrings:GiveBack=Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=200" \
  --GIVEBACK_ADMIN_API_KEY=gbk_import_bench --GivingPage:PublicBaseUrl=http://127.0.0.1:5199 --Scheduling:Enabled=false \
  | tr '\r' '\n' | awk 'NR % 20 == 1 || /completed|failed/'
end=$(date +%s.%N)
awk -v rows="$rows" -v s="$start" -v e="$end" 'BEGIN { printf "%d rows in %.1f s (host start and stop included): %.0f rows/s\n", rows, e - s, rows / (e - s) }'
