#!/usr/bin/env bash
# Fuzzes econ's parsers for a fixed budget, two ways:
#  1. libFuzzer (swiftc -sanitize=fuzzer,address) on the extractor and the period, time and number
#     parsers (scripts/fuzz/FuzzTarget.swift), seeded with the extraction corpus, for SECONDS;
#  2. the seeded property tests of swift test (Fuzz*Tests: extractor, parsers, CSV reader, writer,
#     export -> import) with SCALE times their budget and a fresh seed.
# A crash input lands in scripts/fuzz/crashes/; turn each into a regression test.
#
# usage: scripts/fuzz/run.sh [SECONDS] [SCALE]    (default 300 s, scale 50)
# The last run's output is kept in scripts/fuzz/last-run.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SECONDS_BUDGET="${1:-300}"; SCALE="${2:-50}"
BUILD="$ROOT/.build/fuzz"
mkdir -p "$BUILD/corpus" "$ROOT/scripts/fuzz/crashes"
echo "econ fuzz run ($(date -u +%FT%TZ), $(nproc) cores, $(swiftc --version 2>&1 | head -1))"

flags=(-sanitize=fuzzer,address -parse-as-library -O -g)
cd "$BUILD"
swiftc "${flags[@]}" -emit-module -emit-object -wmo -module-name EconModel "$ROOT"/Sources/EconModel/*.swift -o EconModel.o
swiftc "${flags[@]}" -emit-module -emit-object -wmo -package-name econ -I . -module-name EconExtract \
  $(find "$ROOT/Sources/EconExtract" -name '*.swift') -o EconExtract.o
swiftc "${flags[@]}" -I . "$ROOT/scripts/fuzz/FuzzTarget.swift" EconModel.o EconExtract.o -o fuzz-econ 2>&1 | grep -v "Cannot export local symbol" || true

# Seeds: every corpus sentence for the extractor (first byte 0), canonical texts for the parsers (1).
n=0
while IFS= read -r line; do
  n=$((n + 1)); { printf '\x00'; printf '%s' "$line"; } >"corpus/sentence-$n"
done < <(grep -hv '^#' "$ROOT"/Tests/EconExtractTests/Corpus/*.tsv | cut -f2)
{ printf '\x00'; cat "$ROOT/data/articles/2025-11-tokayev-visit.ru.txt"; } >corpus/seed-article
for p in 2024 2024-Q3 2024-H1 2024-03 2025-11-06 2025-01/2025-09 2025-11-06T09:30:00Z 2025-11-06T09:30:00.5+05:00 56.6 1e9 -2.5E-3 26000000000; do
  printf '\x01%s' "$p" >"corpus/parse-${p//\//_}"
done
echo "seed corpus: $(ls corpus | wc -l) inputs"

echo "--- libFuzzer, ${SECONDS_BUDGET} s"
status=0
./fuzz-econ -max_total_time="$SECONDS_BUDGET" -max_len=8192 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$ROOT/scripts/fuzz/crashes/" corpus 2>&1 | grep -E "^(#[0-9]+ +DONE|Done|stat::|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Fatal error|INFO: seed)" || status=$?
crashes=$(find "$ROOT/scripts/fuzz/crashes" -type f | wc -l)
echo "crash inputs in scripts/fuzz/crashes: $crashes"

seed=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
echo "--- property tests (Fuzz*Tests), seed $seed, budget x$SCALE"
cd "$ROOT"
t0=$(date +%s)
if ECON_FUZZ_SEED=$seed ECON_FUZZ_SCALE=$SCALE swift test --filter 'Fuzz' 2>&1 | grep -E "^(✔|✘) (Test|Suite)|recorded an issue" ; then :; fi
echo "property tests took $(($(date +%s) - t0)) s"
[[ $crashes == 0 ]]
