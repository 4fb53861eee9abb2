#!/usr/bin/env bash
# kill -9 a large `econ import csv` at random moments, TRIALS times. After each kill the store must
# pass PRAGMA integrity_check, still hold what it held before, and hold none or all of the import;
# econ must open it again and a new import must complete.
#
# usage: scripts/reliability/crash.sh [TRIALS] [SERIES] [YEARS]   (default 40 trials, 2000 x 100 = 200,000 rows)
# The last run's output is kept in scripts/reliability/crash.last-run.txt.
source "$(dirname "$0")/common.sh"
TRIALS="${1:-40}"; SERIES="${2:-2000}"; YEARS="${3:-100}"
ROWS=$((SERIES * YEARS))
echo "econ crash check: $TRIALS kill -9 trials on an import of $ROWS rows ($(date -u +%FT%TZ), $(nproc) cores)"
python3 "$ROOT/scripts/bench/generate.py" "$WORK/big.csv" "$SERIES" "$YEARS"
echo "input: $(du -h "$WORK/big.csv" | cut -f1) CSV"

BASE="$WORK/base.sqlite"
"$ECON" series add rel.keep --measure stock --unit jobs --frequency annual --db "$BASE" >/dev/null
"$ECON" append rel.keep 2024 64000 --qualifier more-than --db "$BASE" >/dev/null
"$ECON" append rel.keep 2025 65000 --db "$BASE" >/dev/null
base_rows=$(sql "$BASE" "SELECT count(*) FROM observation")
import_args=(--measure flow --unit USD --frequency annual --quiet)

# One uninterrupted run gives the window to kill in.
cp "$BASE" "$WORK/full.sqlite"
t0=$(date +%s%N)
"$ECON" import csv "$WORK/big.csv" "${import_args[@]}" --db "$WORK/full.sqlite"
duration_ms=$((($(date +%s%N) - t0) / 1000000))
full_rows=$(sql "$WORK/full.sqlite" "SELECT count(*) FROM observation")
echo "uninterrupted import: ${duration_ms} ms, $base_rows -> $full_rows observations"

none=0; all=0; bad=0
for ((t = 1; t <= TRIALS; t++)); do
  DB="$WORK/trial.sqlite"
  rm -f "$DB" "$DB-wal" "$DB-shm"
  cp "$BASE" "$DB"
  # Odd trials: a uniformly random moment in [0, 1.1 x the uninterrupted duration]; even trials:
  # in [0.85, 1.05 x], around the commit, where the WAL is being written.
  if ((t % 2)); then delay_ms=$((RANDOM * duration_ms * 11 / 10 / 32767))
  else delay_ms=$((duration_ms * 85 / 100 + RANDOM * duration_ms * 20 / 100 / 32767)); fi
  "$ECON" import csv "$WORK/big.csv" "${import_args[@]}" --db "$DB" >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  integrity=$(sql "$DB" "PRAGMA integrity_check" 2>&1 || true)
  rows=$(sql "$DB" "SELECT count(*) FROM observation" 2>&1 || true)
  series=$(sql "$DB" "SELECT count(*) FROM series" 2>&1 || true)
  kept=$(sql "$DB" "SELECT group_concat(value) FROM observation o JOIN series s ON s.id = o.series_id WHERE s.code = 'rel.keep'" 2>&1 || true)
  outcome=bad
  if [[ "$integrity" == ok && "$kept" == "64000.0,65000.0" ]]; then
    if [[ "$rows" == "$base_rows" && "$series" == 1 ]]; then outcome=none; none=$((none + 1)); fi
    if [[ "$rows" == "$full_rows" && "$series" == $((SERIES + 1)) ]]; then outcome=all; all=$((all + 1)); fi
  fi
  # econ opens the store again (recovering the WAL) and reads it.
  shown=0; "$ECON" show rel.keep --db "$DB" >/dev/null 2>&1 || shown=$?
  [[ $shown == 0 ]] || outcome=bad
  [[ $outcome == bad ]] && bad=$((bad + 1))
  printf 'trial %2d: killed after %5d ms: %-4s (integrity %s, %s observations, %s series)\n' "$t" "$delay_ms" "$outcome" "$integrity" "$rows" "$series"
done

# After a kill, importing again completes and stores the whole file once.
DB="$WORK/trial.sqlite"
"$ECON" import csv "$WORK/big.csv" "${import_args[@]}" --db "$DB"
again=$(sql "$DB" "SELECT count(*) FROM observation")
echo "none: $none, all: $all, anything else: $bad"
check "every killed import left none or all of its rows, the earlier figures intact, integrity ok" "$((bad != 0))" "$none none + $all all of $TRIALS"
check "the kills landed both before and after the commit" "$((none == 0 || all == 0))" "(a run with only one kind says little)"
check "importing again after the last kill stores the whole file once" "$((again != full_rows))" "$again observations"
exit $fail
