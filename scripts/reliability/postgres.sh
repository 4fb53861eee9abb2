#!/usr/bin/env bash
# The PostgreSQL engine under many processes and faults (issue 16), against a throwaway server
# (scripts/postgres/test-server) or the one ECON_TEST_POSTGRES names:
# - WRITERS processes x APPENDS `econ append`s and READERS processes exporting, all at once: every
#   append that exited 0 is stored exactly once, revision keys have no duplicates, reads exit 0;
# - a role with only SELECT: reads work, a write exits 77;
# - a connection killed mid-import (pg_terminate_backend): exit 75, nothing of that import stored,
#   the same import run again stores every row;
# - a wrong password exits 77, a server that is not running exits 69, and no password is printed.
#
# usage: scripts/reliability/postgres.sh [WRITERS] [APPENDS] [READERS]   (default 8 200 4)
# The last run's output is kept in scripts/reliability/postgres.last-run.txt.
source "$(dirname "$0")/common.sh"
WRITERS="${1:-8}"; APPENDS="${2:-200}"; READERS="${3:-4}"

server_dir=""
if [[ -z "${ECON_TEST_POSTGRES:-}" ]]; then
  eval "$("$ROOT/scripts/postgres/test-server" start)"
  server_dir="$ECON_TEST_PG_DIR"
  trap 'rm -rf "$WORK"; "$ROOT/scripts/postgres/test-server" stop "$server_dir"' EXIT
fi
SCHEMA="rel_$(date +%s)_$$"
DB="$ECON_TEST_POSTGRES?options=-csearch_path%3D$SCHEMA"
q() { PGOPTIONS=-cclient_min_messages=warning psql "$ECON_TEST_POSTGRES" -Atq -v ON_ERROR_STOP=1 -c "$1"; }
echo "econ PostgreSQL check: $WRITERS writers x $APPENDS appends, $READERS readers exporting ($(date -u +%FT%TZ), $(nproc) cores, $(q 'SHOW server_version'))"

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

reader() {  # exports until the writers are done; one exit code per line
  local r=$1
  while [[ ! -e "$WORK/done" ]]; do
    local rc=0
    "$ECON" export --out "$WORK/export-$r.csv" --db "$DB" 2>>"$WORK/r$r.err" || rc=$?
    echo "$rc" >>"$WORK/reads.log"
  done
}

start=$(date +%s)
readers=()
for ((r = 0; r < READERS; r++)); do reader "$r" & readers+=($!); done
writers=()
for ((w = 0; w < WRITERS; w++)); do writer "$w" & writers+=($!); done
wait "${writers[@]}"
touch "$WORK/done"
wait "${readers[@]}"
elapsed=$(($(date +%s) - start))
total=$(wc -l <"$WORK/appends.log")
ok=$(awk '$3 == 0' "$WORK/appends.log" | wc -l)
reads=$(wc -l <"$WORK/reads.log")
bad_reads=$(awk '$1 != 0' "$WORK/reads.log" | wc -l)
echo "appends: $total run, $ok exited 0; exports: $reads run, $bad_reads not 0; ${elapsed}s"

q "SELECT s.code, o.period, count(*) FROM $SCHEMA.observation o JOIN $SCHEMA.series s ON s.id = o.series_id GROUP BY 1, 2" | tr '|' ' ' | sort >"$WORK/stored"
awk '$3 == 0 {print "rel.w" $1, $2, 1}' "$WORK/appends.log" | sort >"$WORK/expected"
missing=$(comm -23 "$WORK/expected" "$WORK/stored" | wc -l)
unexpected=$(comm -13 "$WORK/expected" "$WORK/stored" | wc -l)
check "every append ran and exited 0" "$((total != WRITERS * APPENDS || ok != total))" "$ok of $((WRITERS * APPENDS))"
check "every append that exited 0 is stored exactly once" "$((missing != 0))" "$missing missing or duplicated"
check "nothing else is stored" "$((unexpected != 0))" "$unexpected unexpected"
dupes=$(q "SELECT count(*) FROM (SELECT series_id, period, published, recorded_at FROM $SCHEMA.observation GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d")
check "no revision key twice" "$((dupes != 0))" "$dupes"
check "every export exited 0 while others wrote" "$((bad_reads != 0))" "$reads exports"
errors=$(cat "$WORK"/*.err | grep -c . || true)
check "nothing printed on stderr" "$((errors != 0))" "$errors lines"

# A role that may only read.
q "GRANT USAGE ON SCHEMA $SCHEMA TO econ_reader; GRANT SELECT ON ALL TABLES IN SCHEMA $SCHEMA TO econ_reader" 2>/dev/null || true
READER="postgresql://econ_reader:econ-reader@${ECON_TEST_POSTGRES#*@}?options=-csearch_path%3D$SCHEMA"
rc=0; "$ECON" show rel.w0 --db "$READER" >/dev/null 2>"$WORK/ro.err" || rc=$?
check "a read-only role reads" "$rc"
rc=0; msg=$("$ECON" append rel.w0 2999 1 --db "$READER" 2>&1) || rc=$?
check "a read-only role's write exits 77" "$([[ $rc == 77 ]]; echo $?)" "exit $rc: $msg"

# A connection killed in the middle of an import.
{ echo "series,period,value"; for ((s = 0; s < 400; s++)); do for ((y = 1501; y <= 2000; y++)); do echo "kill.s$s,$y,$s.$y"; done; done; } >"$WORK/big.csv"
rc=0
"$ECON" import csv "$WORK/big.csv" --measure flow --unit USD --frequency annual --quiet --db "$DB" 2>"$WORK/kill.err" &
importer=$!
killed=0
for ((i = 0; i < 100; i++)); do
  sleep 0.1
  n=$(q "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'econ' AND pid <> pg_backend_pid() AND query NOT LIKE '%pg_stat_activity%' AND state <> 'idle'")
  if [[ $n != 0 ]]; then killed=1; break; fi
done
wait "$importer" || rc=$?
stored=$(q "SELECT count(*) FROM $SCHEMA.observation o JOIN $SCHEMA.series s ON s.id = o.series_id WHERE s.code LIKE 'kill.%'")
echo "import killed mid-way: terminated=$killed exit $rc, $stored rows stored: $(head -c 300 "$WORK/kill.err")"
check "a connection killed mid-import: exit 75, nothing stored" "$([[ $killed == 1 && $rc == 75 && $stored == 0 ]]; echo $?)"
rc=0; "$ECON" import csv "$WORK/big.csv" --measure flow --unit USD --frequency annual --quiet --db "$DB" || rc=$?
stored=$(q "SELECT count(*) FROM $SCHEMA.observation o JOIN $SCHEMA.series s ON s.id = o.series_id WHERE s.code LIKE 'kill.%'")
check "the same import run again stores every row" "$([[ $rc == 0 && $stored == 200000 ]]; echo $?)" "exit $rc, $stored rows"

# Wrong password, no server.
WRONG="postgresql://econ:wrong-secret@${ECON_TEST_POSTGRES#*@}"
rc=0; msg=$("$ECON" series list --db "$WRONG" 2>&1) || rc=$?
check "a wrong password exits 77 and is not printed" "$([[ $rc == 77 && $msg != *wrong-secret* ]]; echo $?)" "exit $rc: $msg"
rc=0; msg=$("$ECON" series list --db "postgresql://econ:pw@127.0.0.1:1/econ_test" 2>&1) || rc=$?
check "no server: exit 69 naming host and port" "$([[ $rc == 69 && $msg == *127.0.0.1* ]]; echo $?)" "exit $rc: $msg"

q "DROP SCHEMA $SCHEMA CASCADE" >/dev/null
exit "$fail"
