#!/usr/bin/env bash
# Subject access at scale (docs/benchmarks.md, "Subject access"): a throwaway durable PostgreSQL, DONORS donors
# imported through the command line (alumni-like names, tests/benchmarks/alumni.awk), one more donor with GIFTS gifts
# over three years, then the real server, and the two answers a data-protection request is served from:
# `GET /api/v1/donors/{id}/export` (JSON) and `GET /api/v1/donors/{id}/export.pdf`, three times each with an admin key.
# Prints each answer's status, seconds and size. Not a test: nothing here passes or fails.
# Usage: tests/benchmarks/subject-access.sh [DONORS] [GIFTS] (default 200000 donors, 2000 gifts)
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/scripts/postgres.sh
giveback_ensure_packages postgresql curl

donors=${1:-200000}
gifts=${2:-2000}
work=$(mktemp -d /tmp/giveback-subject-access.XXXXXX)
chmod 755 "$work"
port=$(giveback_free_port 55490)
http_port=$(giveback_free_port 5290)
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; giveback_pg_stop "$work/pg"; rm -rf "$work"' EXIT
giveback_pg_start "$work/pg" "$port" "-c max_connections=300"
key=gbk_subject_access_bench
settings=(
  "--ConnectionStrings:GiveBack=Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=100"
  "--GIVEBACK_ADMIN_API_KEY=$key" "--GivingPage:PublicBaseUrl=http://127.0.0.1:$http_port" --Scheduling:Enabled=false)

awk -v rows="$donors" -f tests/benchmarks/alumni.awk -f /dev/stdin > "$work/donors.csv" <<'AWK'
BEGIN {
  print "donor_key,first_name,last_name,email,class_year";
  for (i = 1; i <= rows; i++) {
    person(i);
    printf "bench-%d,%s,%s,%s,%d\n", i, F, L, E, Y;
  }
}
AWK
awk -v rows="$gifts" 'BEGIN {
  print "donor_key,first_name,last_name,email,class_year,gift_key,amount,currency,gift_date,campaign,method";
  for (i = 1; i <= rows; i++) {
    printf "subject,Ada,Quillfeather,ada.quillfeather@example.org,1991,subject-gift-%d,%d.%02d,EUR,%d-%02d-%02d,Subject Fund %d,card\n",
      i, 5 + i % 495, i % 100, 2023 + i % 3, 1 + i % 12, 1 + i % 28, i % 4;
  }
}' > "$work/subject.csv"

dotnet build src/GiveBack.Server -c Release -nologo -clp:ErrorsOnly
for file in donors subject; do
  dotnet run --project src/GiveBack.Server -c Release --no-build -- import "$work/$file.csv" --mapping generic "${settings[@]}" \
    | tr '\r' '\n' | grep -E "completed|failed" | tail -1
done

# Run from the project folder, as run.sh does (its appsettings.json).
(cd src/GiveBack.Server && exec dotnet bin/Release/net10.0/GiveBack.Server.dll --urls "http://127.0.0.1:$http_port" "${settings[@]}" \
  >"$work/server.log" 2>&1) &
server_pid=$!
for _ in $(seq 120); do
  curl -fs -o /dev/null -H "Authorization: Bearer $key" "http://127.0.0.1:$http_port/api/v1/campaigns" && break
  sleep 1
done
id=$(giveback_pg_run psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atc "SELECT id FROM donors WHERE email = 'ada.quillfeather@example.org'")
echo "$donors donors on file; the subject $id has $gifts gifts"
for answer in export export.pdf; do
  for run in 1 2 3; do
    curl -s -o "$work/answer" -w "$answer run $run: HTTP %{http_code}, %{time_total} s, %{size_download} bytes\n" \
      -H "Authorization: Bearer $key" "http://127.0.0.1:$http_port/api/v1/donors/$id/$answer"
  done
done
