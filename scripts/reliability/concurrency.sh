#!/usr/bin/env bash
# Many econ processes on one store at once: WRITERS processes each run APPENDS `econ append`s (each a
# new figure of its own series), IMPORTERS processes each run 5 `econ import csv`s of 2,000 rows, and
# READERS processes loop over `econ show` and `econ export`. Then: every append and import that
# exited 0 is in the store exactly once, nothing else is, nobody printed "database is locked", and
# every exit code is 0 (or 75 with the busy message).
#
# usage: scripts/reliability/concurrency.sh [WRITERS] [APPENDS] [READERS] [IMPORTERS]   (default 8 200 4 2)
# The last run's output is kept in scripts/reliability/concurrency.last-run.txt.
source "$(dirname "$0")/common.sh"
WRITERS="${1:-8}"; APPENDS="${2:-200}"; READERS="${3:-4}"; IMPORTERS="${4:-2}"; IMPORTS=5
DB="$WORK/econ.sqlite"
echo "econ concurrency check: $WRITERS writers x $APPENDS appends, $IMPORTERS importers x $IMPORTS imports of 2000 rows, $READERS readers ($(date -u +%FT%TZ), $(nproc) cores)"

for ((w = 0; w < WRITERS; w++)); do
  "$ECON" series add "rel.w$w" --measure flow --unit USD --frequency annual --db "$DB" >/dev/null
done

writer() {  # one line per append: WRITER PERIOD EXIT-CODE
  local w=$1
  for ((j = 0; j < APPENDS; j++)); do
    local period=$((1000 + j)) rc=0
    "$ECON" append "rel.w$w" "$period" "$((w * 100000 + j)).5" --db "$DB" >>"$WORK/w$w.out" 2>>"$WORK/w$w.err" || rc=$?
    echo "$w $period $rc" >>"$WORK/appends.log"
  done
}

importer() {  # one line per import: IMPORTER ROUND EXIT-CODE; each import makes 20 new series
  local k=$1
  for ((r = 0; r < IMPORTS; r++)); do
    local file="$WORK/imp-$k-$r.csv" rc=0
    { echo "series,period,value"; for ((s = 0; s < 20; s++)); do for ((y = 1901; y <= 2000; y++)); do echo "imp.$k.$r.s$s,$y,$s.$y"; done; done; } >"$file"
    "$ECON" import csv "$file" --measure flow --unit USD --frequency annual --quiet --db "$DB" 2>>"$WORK/i$k.err" || rc=$?
    echo "$k $r $rc" >>"$WORK/imports.log"
  done
}

reader() {  # loops until the writers are done; one exit code per line
  local r=$1 n=0
  while [[ ! -e "$WORK/done" ]]; do
    local rc=0
    if ((n % 2 == 0)); then
      "$ECON" show "rel.w$((n % WRITERS))" --format csv --db "$DB" >/dev/null 2>>"$WORK/r$r.err" || rc=$?
    else
      "$ECON" export --out "$WORK/export-$r.csv" --db "$DB" 2>>"$WORK/r$r.err" || rc=$?
    fi
    echo "$rc" >>"$WORK/reads.log"
    n=$((n + 1))
  done
}

start=$(date +%s)
readers=()
for ((r = 0; r < READERS; r++)); do reader "$r" & readers+=($!); done
writers=()
for ((w = 0; w < WRITERS; w++)); do writer "$w" & writers+=($!); done
for ((k = 0; k < IMPORTERS; k++)); do importer "$k" & writers+=($!); done
wait "${writers[@]}"
touch "$WORK/done"
wait "${readers[@]}"
elapsed=$(($(date +%s) - start))

total=$(wc -l <"$WORK/appends.log")
ok=$(awk '$3 == 0' "$WORK/appends.log" | wc -l)
busy=$(awk '$3 == 75' "$WORK/appends.log" | wc -l)
other=$(awk '$3 != 0 && $3 != 75' "$WORK/appends.log" | wc -l)
reads=$(wc -l <"$WORK/reads.log")
bad_reads=$(awk '$1 != 0' "$WORK/reads.log" | wc -l)
imports_ok=$(awk '$3 == 0' "$WORK/imports.log" | wc -l)
imports_bad=$(awk '$3 != 0 && $3 != 75' "$WORK/imports.log" | wc -l)
echo "appends: $total run, $ok exited 0, $busy exited 75, $other other; imports: $(wc -l <"$WORK/imports.log") run, $imports_ok exited 0; reads: $reads run, $bad_reads not 0; ${elapsed}s"

# What the store holds, one line per (series, period) with its number of revisions.
sql "$DB" "SELECT s.code, o.period, count(*) FROM observation o JOIN series s ON s.id = o.series_id WHERE s.code LIKE 'rel.w%' GROUP BY 1, 2" | tr '|' ' ' | sort >"$WORK/stored"
awk '$3 == 0 {print "rel.w" $1, $2, 1}' "$WORK/appends.log" | sort >"$WORK/expected"
missing=$(comm -23 "$WORK/expected" "$WORK/stored" | wc -l)
unexpected=$(comm -13 "$WORK/expected" "$WORK/stored" | wc -l)
check "every append that exited 0 is stored exactly once" "$((missing != 0))" "$ok expected, $missing missing or duplicated"
check "nothing else is stored" "$((unexpected != 0))" "$(wc -l <"$WORK/stored") (series, period) pairs stored, $unexpected unexpected"
# Each import that exited 0 stored its 2,000 rows once; each that did not stored nothing.
bad_imports=0
while read -r k r rc; do
  rows=$(sql "$DB" "SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id WHERE s.code LIKE 'imp.$k.$r.%'")
  distinct=$(sql "$DB" "SELECT count(DISTINCT s.code || o.period) FROM observation o JOIN series s ON s.id = o.series_id WHERE s.code LIKE 'imp.$k.$r.%'")
  if [[ $rc == 0 ]]; then [[ $rows == 2000 && $distinct == 2000 ]] || bad_imports=$((bad_imports + 1))
  else [[ $rows == 0 ]] || bad_imports=$((bad_imports + 1)); fi
done <"$WORK/imports.log"
check "every import that exited 0 stored its 2000 rows once, the others nothing" "$((bad_imports != 0 || imports_bad != 0))" "$imports_ok of $((IMPORTERS * IMPORTS)) exited 0, $bad_imports wrong"
check "every append ran" "$((total != WRITERS * APPENDS))" "$total of $((WRITERS * APPENDS))"
locked=$(cat "$WORK"/*.err | grep -c "database is locked" || true)
check "no process printed 'database is locked'" "$((locked != 0))" "$locked lines"
unclear=$(cat "$WORK"/*.err | grep -v "is busy: another process held it longer than the busy timeout" | grep -c . || true)
check "the only errors printed are the busy message" "$((unclear != 0))" "$unclear other lines on stderr"
check "exit codes are 0 or 75 (busy)" "$((other != 0 || bad_reads != 0))" "$other appends and $bad_reads reads exited otherwise"
check "no writer needed to give up (75) within the default 30 s busy timeout" "$((busy != 0))" "$busy appends exited 75"
integrity=$(sql "$DB" "PRAGMA integrity_check")
check "integrity_check" "$([[ $integrity == ok ]]; echo $?)" "$integrity"
# Past the busy timeout: a process holding the write lock for 4 s makes an append with
# --busy-timeout 1 give up with 75 and the busy message, storing nothing.
(echo "BEGIN IMMEDIATE;"; sleep 4; echo "ROLLBACK;") | sqlite3 "$DB" &
holder=$!
sleep 0.5
t0=$(date +%s%N)
rc=0; msg=$("$ECON" append rel.w0 2999 1 --busy-timeout 1 --db "$DB" 2>&1) || rc=$?
waited_ms=$((($(date +%s%N) - t0) / 1000000))
wait "$holder"
stored=$(sql "$DB" "SELECT count(*) FROM observation WHERE period = '2999'")
echo "append against a 4 s write lock with --busy-timeout 1: exit $rc after ${waited_ms} ms: $msg"
check "past the busy timeout: exit 75, the busy message, nothing stored" "$([[ $rc == 75 && $msg == *"is busy: another process held it longer than the busy timeout (1 s)"* && $stored == 0 ]]; echo $?)"
rc=0; "$ECON" append rel.w0 2999 1 --busy-timeout 1 --db "$DB" >/dev/null 2>&1 || rc=$?
check "once the lock is gone the same append succeeds" "$rc"

# New stores: 20 rounds of 4 processes creating the same new store at the same moment.
created_ok=0; created_bad=0
for ((round = 0; round < 20; round++)); do
  NEW="$WORK/new-$round/econ.sqlite"
  pids=()
  for k in 0 1 2 3; do "$ECON" series add "n$k" --measure flow --unit USD --frequency annual --db "$NEW" >/dev/null 2>>"$WORK/new.err" & pids+=($!); done
  for pid in "${pids[@]}"; do if wait "$pid"; then created_ok=$((created_ok + 1)); else created_bad=$((created_bad + 1)); fi; done
  [[ $(sql "$NEW" "SELECT count(*) FROM series") == 4 ]] || created_bad=$((created_bad + 1))
done
check "4 processes creating one new store at once all succeed (20 rounds)" "$((created_bad != 0))" "$created_ok of 80 succeeded; $(cat "$WORK/new.err" | head -1)"

last_export=$(ls "$WORK"/export-*.csv 2>/dev/null | head -1)
if [[ -n "$last_export" ]]; then
  rows=$(($(wc -l <"$last_export") - 1))
  echo "one reader's last export held $rows figures"
fi
cat "$WORK"/*.err | sort | uniq -c | head -5
exit $fail
