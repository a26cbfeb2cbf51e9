#!/usr/bin/env bash
# Sets up everything the test suite needs — PostgreSQL from Debian's packages, a throwaway cluster on 127.0.0.1 —
# then builds and runs every test project, and ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
. deploy/scripts/postgres.sh

giveback_ensure_packages postgresql ca-certificates chromium python3-aiosmtpd
giveback_ensure_receipt_fonts
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }

work=$(mktemp -d /tmp/giveback-test.XXXXXX)
chmod 755 "$work"
pg_dir="$work/pg"
pg_port=$(giveback_free_port 55440)
cleanup() { giveback_pg_stop "$pg_dir"; rm -rf "$work"; }
trap cleanup EXIT

# Durability is not what the suite tests; these settings only make a throwaway cluster faster.
giveback_pg_start "$pg_dir" "$pg_port" "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
export GIVEBACK_TEST_DB="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
echo "PostgreSQL for the tests: 127.0.0.1:$pg_port ($pg_dir)"

dotnet build GiveBack.sln -c Release -nologo -clp:ErrorsOnly

results="$work/results"
status=0
dotnet test GiveBack.sln -c Release --no-build -nologo --logger "trx" --results-directory "$results" "$@" || status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
[ "$passed" -gt 0 ] || status=1
echo "$passed passed, $failed failed"
exit "$status"
