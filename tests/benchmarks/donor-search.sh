#!/usr/bin/env bash
# The workspace's donor search at 1M donors (docs/benchmarks.md, "Donor search as you type"): a throwaway PostgreSQL,
# a donors table shaped as the ledger's migrations make it, 1,000,000 donors with varied names, then the two
# statements DonorDirectory.SearchAsync sends (the count and the page) for typical typing, without and with the
# indexes of the DonorTrigramSearch migration. Prints each query's median of 5 warm runs. Not a test: nothing here
# passes or fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/scripts/postgres.sh
giveback_ensure_packages postgresql

work=$(mktemp -d /tmp/giveback-donor-search.XXXXXX)
chmod 755 "$work"
port=$(giveback_free_port 55470)
trap 'giveback_pg_stop "$work/pg"; rm -rf "$work"' EXIT
giveback_pg_start "$work/pg" "$port" "-c shared_buffers=1GB -c jit=off"
psql() { giveback_pg_run psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"; }

psql <<'SQL'
CREATE TABLE donors (
    id uuid PRIMARY KEY, first_name varchar(100) NOT NULL, last_name varchar(100) NOT NULL, email varchar(320),
    class_year integer, created_at timestamptz NOT NULL);
CREATE INDEX ix_donors_last_name_first_name_id ON donors (last_name, first_name, id);
-- 17,576 surnames of three syllables, 40 first names, a class year for most: about 57 donors share a surname.
INSERT INTO donors
SELECT gen_random_uuid(), f.name, l.name, lower(f.name || '.' || l.name || g) || '@example.org',
       CASE WHEN g % 5 = 0 THEN NULL ELSE 1960 + g % 65 END, now()
FROM generate_series(1, 1000000) g
CROSS JOIN LATERAL (SELECT (ARRAY['Ada','Ben','Chloé','Dev','Eun','Femi','Gus','Hana','Ivo','Jo','Kai','Lea','Mo','Noor',
    'Oto','Pia','Quentin','Rosa','Sami','Tariq','Uma','Victor','Wen','Xavier','Yara','Zoe','Amélie','Bruno','Camille',
    'Dmitri','Elif','Farid','Grace','Hugo','Inès','Jonas','Kenji','Lucía','Malik','Nadia'])[1 + g % 40] AS name) f
CROSS JOIN LATERAL (SELECT initcap(s[1 + (g / 7) % 26] || s[1 + (g / 191) % 26] || s[1 + (g / 4973) % 26]) AS name
    FROM (SELECT ARRAY['an','ber','cal','dor','el','fen','gar','hal','is','jor','ka','lin','mar','nor','ol','per','quin',
        'ros','sel','tor','ul','van','wil','xa','yor','zel'] AS s) syllables) l;
ANALYZE donors;
SQL

# The statements EF Core sends for DonorSearch (text or class year), as DonorDirectory.SearchAsync builds them.
read -r -d '' count_text <<'SQL' || true
SELECT count(*)::int FROM donors AS d
WHERE ((d.first_name || ' ') || d.last_name) ILIKE $1 ESCAPE '\' OR COALESCE(d.email, '') ILIKE $1 ESCAPE '\'
SQL
read -r -d '' page_text <<'SQL' || true
SELECT d.id, d.first_name, d.last_name, d.email, d.class_year FROM donors AS d
WHERE ((d.first_name || ' ') || d.last_name) ILIKE $1 ESCAPE '\' OR COALESCE(d.email, '') ILIKE $1 ESCAPE '\'
ORDER BY d.last_name, d.first_name, d.id LIMIT 25 OFFSET 0
SQL
count_year='SELECT count(*)::int FROM donors AS d WHERE d.class_year = $1'
# The workspace's search box counts only up to DonorSearch.TypedCountCap (1,000): EF Core's Take(1001).Count().
read -r -d '' capped_text <<'SQL' || true
SELECT count(*)::int FROM (SELECT 1 FROM donors AS d
WHERE ((d.first_name || ' ') || d.last_name) ILIKE $1 ESCAPE '\' OR COALESCE(d.email, '') ILIKE $1 ESCAPE '\' LIMIT 1001) AS t
SQL
capped_year='SELECT count(*)::int FROM (SELECT 1 FROM donors AS d WHERE d.class_year = $1 LIMIT 1001) AS t'
page_year='SELECT d.id, d.first_name, d.last_name, d.email, d.class_year FROM donors AS d WHERE d.class_year = $1 ORDER BY d.last_name, d.first_name, d.id LIMIT 25 OFFSET 0'

measure() { # label, then one line per search: kind<TAB>value
  echo "## $1"
  printf '| typed | matches | count (ms) | count up to 1,000 (ms) | page of 25 (ms) |\n|---|---|---|---|---|\n'
  while IFS=$'\t' read -r kind value; do
    if [ "$kind" = year ]; then c=$count_year; k=$capped_year; p=$page_year; arg=$value; type=int; else c=$count_text; k=$capped_text; p=$page_text; arg="%$value%"; type=text; fi
    out=$(psql -At <<SQL
PREPARE c($type) AS $c;
PREPARE k($type) AS $k;
PREPARE p($type) AS $p;
\timing on
EXECUTE c('$arg'); EXECUTE c('$arg'); EXECUTE c('$arg'); EXECUTE c('$arg'); EXECUTE c('$arg'); EXECUTE c('$arg');
EXECUTE k('$arg'); EXECUTE k('$arg'); EXECUTE k('$arg'); EXECUTE k('$arg'); EXECUTE k('$arg'); EXECUTE k('$arg');
EXECUTE p('$arg'); EXECUTE p('$arg'); EXECUTE p('$arg'); EXECUTE p('$arg'); EXECUTE p('$arg'); EXECUTE p('$arg');
SQL
)
    matches=$(echo "$out" | grep -v '^Time' | sed -n 1p)
    times=($(echo "$out" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'))
    median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
    echo "| $value | $matches | $(median "${times[@]:1:5}") | $(median "${times[@]:7:5}") | $(median "${times[@]:13:5}") |"
  done <<'CASES'
text	Marisan
text	Maris
text	jo.mar
text	Victor Gar
text	dor
year	1987
CASES
}

measure "Without the search indexes"
psql <<'SQL'
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_donors_name_trgm ON donors USING gin (((first_name || ' ') || last_name) gin_trgm_ops);
CREATE INDEX ix_donors_email_trgm ON donors USING gin ((COALESCE(email, '')) gin_trgm_ops);
CREATE INDEX ix_donors_class_year_name ON donors (class_year, last_name, first_name, id) WHERE class_year IS NOT NULL;
ANALYZE donors;
SQL
measure "With the DonorTrigramSearch indexes"
