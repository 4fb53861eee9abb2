#!/usr/bin/env bash
# Formats every Swift file in place with the toolchain's swift-format (config: .swift-format).
# `scripts/format.sh --check` only reports files that would change (exit 1 if any).
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.swift')
if [ "${1:-}" = "--check" ]; then
  swift format lint --strict $files
else
  swift format format --in-place $files
fi
