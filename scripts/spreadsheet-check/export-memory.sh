#!/usr/bin/env bash
# Peak memory and wall time of `econ export` as the store grows, for every layout: a benchmark note,
# not a test. Builds stores of SERIES × YEARS annual figures straight in SQLite (the schema comes from
# econ itself), then exports each with /usr/bin/time -v. Usage: export-memory.sh [ECON] [SIZES…]
# where a size is SERIESxYEARS (default: 2000x100 20000x100).
set -euo pipefail
ECON="${1:-.build/release/econ}"
shift || true
sizes=("${@:-2000x100 20000x100}")
work="$(mktemp -d "${TMPDIR:-/tmp}/econ-export-memory.XXXXXX")"
trap 'rm -rf "$work"' EXIT

printf '| observations | layout | peak RSS (MB) | wall (s) | output (MB) |\n|---|---|---|---|---|\n'
for size in ${sizes[@]}; do
    series="${size%x*}"
    years="${size#*x}"
    db="$work/econ-$size.sqlite"
    "$ECON" series add seed --measure flow --unit USD --frequency annual --db "$db" >/dev/null
    sqlite3 "$db" <<SQL
DELETE FROM series;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $series)
INSERT INTO series (id, code, title_en, measure, unit, frequency, created_at)
SELECT i, printf('bench.s%06d', i), printf('Series %d', i), 'flow', 'USD', 'annual', '2025-01-01T00:00:00.000000Z' FROM n;
WITH RECURSIVE y(year) AS (SELECT 1926 UNION ALL SELECT year + 1 FROM y WHERE year < 1925 + $years)
INSERT INTO observation (series_id, period, published, recorded_at, value, qualifier, source)
SELECT s.id, y.year, '2025', '2025-01-01T00:00:00.000000Z', (s.id * 7919 + y.year * 104729) % 1000003 * 1000.5,
       CASE WHEN y.year % 10 = 0 THEN 'approx' ELSE 'exact' END, 'synthetic'
FROM series s, y ORDER BY s.id, y.year;
SQL
    rows=$((series * years))
    for layout in long wide by-period sdmx; do
        /usr/bin/time -v "$ECON" export --layout "$layout" --db "$db" --out "$work/out.csv" 2>"$work/time.txt"
        rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/time.txt")
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
        bytes=$(stat -c %s "$work/out.csv")
        printf '| %s | %s | %s | %s | %.1f |\n' "$rows" "$layout" "$rss" "$wall" "$(echo "$bytes / 1048576" | bc -l)"
    done
    start=$(date +%s.%N)
    sqlite3 -csv "$db" "SELECT * FROM observation" >"$work/sqlite.csv"
    end=$(date +%s.%N)
    printf '| %s | `sqlite3 -csv SELECT *` | – | %.2f | %.1f |\n' "$rows" "$(echo "$end - $start" | bc -l)" "$(echo "$(stat -c %s "$work/sqlite.csv") / 1048576" | bc -l)"
done
