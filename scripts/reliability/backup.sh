#!/usr/bin/env bash
# `econ backup` while WRITERS processes append: each of BACKUPS copies must open as an econ store,
# pass PRAGMA integrity_check and hold a consistent snapshot (as many figures as the store held at
# some moment during the backup, each series' figures a prefix of what its writer appended).
#
# usage: scripts/reliability/backup.sh [BACKUPS] [WRITERS] [APPENDS]   (default 30 4 150)
# The last run's output is kept in scripts/reliability/backup.last-run.txt.
source "$(dirname "$0")/common.sh"
BACKUPS="${1:-30}"; WRITERS="${2:-4}"; APPENDS="${3:-150}"
DB="$WORK/econ.sqlite"
echo "econ backup check: $BACKUPS backups while $WRITERS writers append $APPENDS figures each ($(date -u +%FT%TZ), $(nproc) cores)"
for ((w = 0; w < WRITERS; w++)); do
  "$ECON" series add "rel.w$w" --measure flow --unit USD --frequency annual --db "$DB" >/dev/null
done
writer() {
  local w=$1
  for ((j = 0; j < APPENDS; j++)); do
    "$ECON" append "rel.w$w" "$((1000 + j))" "$j" --db "$DB" >/dev/null 2>>"$WORK/w$w.err" || echo "append exit $?" >>"$WORK/w$w.err"
  done
}
writers=()
for ((w = 0; w < WRITERS; w++)); do writer "$w" & writers+=($!); done

failures=0; counts=()
for ((b = 1; b <= BACKUPS; b++)); do
  copy="$WORK/backup-$b.sqlite"
  rc=0; "$ECON" backup "$copy" --db "$DB" >/dev/null 2>"$WORK/backup-$b.err" || rc=$?
  integrity=$(sql "$copy" "PRAGMA integrity_check" 2>&1 || true)
  rows=$(sql "$copy" "SELECT count(*) FROM observation" 2>&1 || true)
  # Each writer appends periods 1000, 1001, … in order, so a consistent snapshot holds, per series,
  # exactly the periods 1000 … 1000+n-1.
  gaps=$(sql "$copy" "SELECT count(*) FROM (SELECT series_id, count(*) AS n, min(period) AS lo, max(period) AS hi FROM observation GROUP BY series_id) WHERE lo != '1000' OR CAST(hi AS INTEGER) - 1000 + 1 != n" 2>&1 || true)
  shown=0; "$ECON" series list --db "$copy" >/dev/null 2>&1 || shown=$?
  status=ok
  [[ $rc == 0 && $integrity == ok && $gaps == 0 && $shown == 0 ]] || { status=FAIL; failures=$((failures + 1)); cat "$WORK/backup-$b.err"; }
  counts+=("$rows")
  printf 'backup %2d: exit %d, integrity %s, %4s figures, %s series with a gap, econ opens it: %s -> %s\n' "$b" "$rc" "$integrity" "$rows" "$gaps" "$([[ $shown == 0 ]] && echo yes || echo no)" "$status"
  sleep 0.2
done
wait "${writers[@]}"
final=$(sql "$DB" "SELECT count(*) FROM observation")
distinct=$(printf '%s\n' "${counts[@]}" | sort -u | wc -l)
echo "store at the end: $final figures; the backups caught $distinct different states"
# kill -9 during a backup: FILE keeps the previous backup whole (the copy is renamed into place
# only when complete). A killed process cannot remove its temporary copy; the next backup to the
# same file removes those of dead processes, so at most the last one is left here.
python3 "$ROOT/scripts/bench/generate.py" "$WORK/big.csv" 2000 100
"$ECON" import csv "$WORK/big.csv" --measure flow --unit USD --frequency annual --quiet --db "$DB"
"$ECON" backup "$WORK/kept.sqlite" --db "$DB" >/dev/null
kept_rows=$(sql "$WORK/kept.sqlite" "SELECT count(*) FROM observation")
t0=$(date +%s%N); "$ECON" backup "$WORK/timing.sqlite" --db "$DB" >/dev/null; backup_ms=$((($(date +%s%N) - t0) / 1000000))
"$ECON" append rel.w0 1999 1 --db "$DB" >/dev/null  # so that a completed new backup differs from the kept one
kill_bad=0; kill_new=0
for ((k = 1; k <= 10; k++)); do
  "$ECON" backup "$WORK/kept.sqlite" --db "$DB" >/dev/null 2>&1 &
  pid=$!
  delay_ms=$((RANDOM * backup_ms * 12 / 10 / 32767))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  integrity=$(sql "$WORK/kept.sqlite" "PRAGMA integrity_check" 2>&1 || true)
  rows=$(sql "$WORK/kept.sqlite" "SELECT count(*) FROM observation" 2>&1 || true)
  if [[ $integrity != ok ]] || [[ $rows != "$kept_rows" && $rows != $((kept_rows + 1)) ]]; then kill_bad=$((kill_bad + 1)); fi
  [[ $rows == $((kept_rows + 1)) ]] && kill_new=$((kill_new + 1))
done
leftover=$(ls -A "$WORK" | grep -c '^\.kept\.sqlite\.tmp-' || true)
echo "kill -9 during 10 backups of a $kept_rows-figure store (${backup_ms} ms each): $((10 - kill_bad)) left a whole backup ($kill_new of them the new one); $leftover temporary copies left by killed processes"
check "a backup killed at any moment leaves the previous backup or the new one, whole" "$((kill_bad != 0))"

errors=$(cat "$WORK"/w*.err | grep -c . || true)
check "every backup taken under load opens, passes integrity_check and is a consistent snapshot" "$((failures != 0))" "$((BACKUPS - failures)) of $BACKUPS"
check "the writers were never refused" "$((errors != 0))" "$errors error lines"
check "the backups were taken while the store changed" "$((distinct < 2))" "$distinct distinct sizes"
check "no temporary files left beside the backups that completed" "$(ls -a "$WORK" | grep -v '^\.kept\.sqlite\.tmp-' | grep -c '\.tmp-' || true)"
exit $fail
