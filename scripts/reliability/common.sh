# Shared by the reliability scripts: finds the econ binary and makes a scratch folder.
# ECON=/path/to/econ picks a binary; otherwise the package is built (debug) and its binary used.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [[ -z "${ECON:-}" ]]; then
  (cd "$ROOT" && swift build --product econ >/dev/null)
  ECON="$(cd "$ROOT" && swift build --show-bin-path)/econ"
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/econ-reliability.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# sql DB QUERY: one query through the sqlite3 shell, read-only, so checks never change the store.
sql() { sqlite3 -readonly -batch -noheader "$1" "$2"; }

fail=0
check() {  # check NAME CONDITION-RESULT(0/1) DETAIL
  if [[ "$2" == 0 ]]; then echo "PASS  $1${3:+: $3}"; else echo "FAIL  $1${3:+: $3}"; fail=1; fi
}
