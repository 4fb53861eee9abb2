#!/usr/bin/env bash
# Input too big for swift test: very long lines in CSV files and articles, and garbage articles.
# Each must end with exit 0 (stored whole) or a clear error and its exit code — never a crash
# (70, a signal) — and a refused file leaves the store's contents unchanged.
#
# usage: scripts/reliability/bad-input.sh [MEGABYTES]   (default 64: the length of the long lines)
# The last run's output is kept in scripts/reliability/bad-input.last-run.txt.
source "$(dirname "$0")/common.sh"
MB="${1:-64}"
echo "econ bad input check: lines of $MB MB ($(date -u +%FT%TZ), $(nproc) cores)"
DB="$WORK/econ.sqlite"
"$ECON" series add rel.x --measure flow --unit USD --frequency annual --db "$DB" >/dev/null
"$ECON" append rel.x 2024 1 --db "$DB" >/dev/null
contents() { sql "$DB" "SELECT count(*), coalesce(sum(length(note)), 0) FROM observation"; }

run() {  # run NAME EXPECTED-EXIT(S) COMMAND...: runs, reports exit, time, peak memory, first error line
  local name=$1 expected=$2; shift 2
  local before after rc=0 t0 ms
  before=$(contents)
  t0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$WORK/rss" "$@" >"$WORK/out" 2>"$WORK/err" || rc=$?
  ms=$((($(date +%s%N) - t0) / 1000000))
  after=$(contents)
  local msg; msg=$(grep -v '^[0-9]*$' "$WORK/err" | head -c 300 | head -1 || true)
  printf '  %s: exit %d in %d ms, peak RSS %d MB%s\n' "$name" "$rc" "$ms" "$(($(tail -1 "$WORK/rss") / 1024))" "${msg:+: $msg}"
  local ok=1
  [[ " $expected " == *" $rc "* ]] && ok=0
  [[ $rc != 0 && "$after" != "$before" ]] && ok=1
  check "$name: exit in ($expected), never a crash; refused means store unchanged" "$ok" "store $before -> $after"
}

# One CSV row whose note is MB megabytes long: stored whole (SQLite allows 1 GB per value).
python3 - "$WORK/long-note.csv" "$MB" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("series,period,value,note\nrel.x,2025,2,")
    f.write("я" * (int(sys.argv[2]) * 1024 * 1024 // 2))
    f.write("\n")
PY
run "a CSV row with a $MB MB note" "0" "$ECON" import csv "$WORK/long-note.csv" --quiet --db "$DB"
stored=$(sql "$DB" "SELECT length(note) FROM observation WHERE period = '2025'")
echo "  stored note length: $stored characters"

# A CSV file that is one line of MB megabytes without a separator or line break.
head -c $((MB * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$WORK/one-line.csv"
run "a CSV file of one $MB MB line" "65" "$ECON" import csv "$WORK/one-line.csv" --db "$DB"

# A header of a million columns.
python3 -c "import sys; sys.stdout.write(','.join('c%d' % i for i in range(1000000)) + '\n')" >"$WORK/wide.csv"
run "a CSV header of 1,000,000 columns" "65" "$ECON" import csv "$WORK/wide.csv" --db "$DB"

# An unclosed quote at the start of a long file: the rest of the file is one field.
{ echo 'series,period,value,note'; echo 'rel.x,2026,3,"never closed'; head -c $((MB * 1024 * 1024)) /dev/zero | tr '\0' '\n'; } >"$WORK/quote.csv"
run "an unclosed quote followed by $MB MB" "65" "$ECON" import csv "$WORK/quote.csv" --db "$DB"

# An article that is one line (no paragraph breaks) of 4 MB of real sentences.
python3 - "$ROOT" "$WORK/long-article.txt" <<'PY'
import sys
root, out = sys.argv[1], sys.argv[2]
text = open(root + "/data/articles/2025-11-tokayev-visit.ru.txt", encoding="utf-8").read().replace("\n", " ")
with open(out, "w", encoding="utf-8") as f:
    while f.tell() < 4 * 1024 * 1024:
        f.write(text + " ")
PY
run "econ extract of a 4 MB one-line article" "0" "$ECON" extract "$WORK/long-article.txt" --published 2025-11 --format json
echo "  figures found: $(grep -c '"surface"' "$WORK/out" || true)"

# Binary garbage and invalid UTF-8 as articles.
head -c 100000 /dev/urandom >"$WORK/garbage.txt"
run "econ extract of binary garbage" "65" "$ECON" extract "$WORK/garbage.txt"
run "econ import article of binary garbage" "65" "$ECON" import article "$WORK/garbage.txt" --published 2025-11 --db "$DB"
printf 'Инвестиции составили более $26 млрд \xff\xfe в 2024 году.\n' >"$WORK/bad-utf8.txt"
run "econ import article of invalid UTF-8" "65" "$ECON" import article "$WORK/bad-utf8.txt" --published 2025-11 --db "$DB"
: >"$WORK/empty.txt"
run "econ import article of an empty file" "0 65" "$ECON" import article "$WORK/empty.txt" --published 2025-11 --db "$DB"
check "integrity_check" "$([[ $(sql "$DB" "PRAGMA integrity_check") == ok ]]; echo $?)"
exit $fail
