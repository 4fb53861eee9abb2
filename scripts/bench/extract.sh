#!/bin/sh
# Extraction speed of EconExtract in MB of Russian text per second, on one core, release build.
#
#   scripts/bench/extract.sh [MEGABYTES]      (default 50)
#
# Builds the library in release mode, compiles scripts/bench/extract-bench.swift against it with
# swiftc (no extra package target needed), generates a deterministic corpus of articles made of the
# real sentences in Tests/EconExtractTests/Corpus and the seed article (digits redrawn), then times
# extraction article by article, best of 3 runs. Results go in scripts/bench/extract-results.md by hand.
set -eu
cd "$(dirname "$0")/../.."
MB="${1:-50}"
WORK="${TMPDIR:-/tmp}/econ-bench-extract"
mkdir -p "$WORK"

swift build -c release --target EconExtract >/dev/null
BIN="$(swift build -c release --show-bin-path)"
swiftc -O -wmo -I "$BIN/Modules" scripts/bench/extract-bench.swift \
    "$BIN"/EconExtract.build/*.swift.o "$BIN"/EconModel.build/*.swift.o -o "$WORK/extract-bench"

CORPUS="$WORK/corpus-${MB}MB.txt"
if [ ! -f "$CORPUS" ]; then
    "$WORK/extract-bench" --generate "$CORPUS" --megabytes "$MB" \
        Tests/EconExtractTests/Corpus/news-sentences.tsv data/articles/2025-11-tokayev-visit.ru.txt
fi
echo "corpus: $CORPUS ($(wc -c <"$CORPUS") bytes)"
# One core: the extractor is single-threaded; taskset pins it when available.
if command -v taskset >/dev/null 2>&1; then PIN="taskset -c 0"; else PIN=""; fi
$PIN "$WORK/extract-bench" "$CORPUS" --published 2025-11 --repeat 3
