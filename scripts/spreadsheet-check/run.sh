#!/usr/bin/env bash
# Opens econ's CSV exports in real spreadsheet software (LibreOffice Calc, headless) under a Russian
# and an English locale and checks every cell; see README.md. Writes last-run.txt beside this script.
#
# Needs: swift (or ECON=path/to/econ), soffice (apt-get install libreoffice-calc),
#        python3 with openpyxl (pip install openpyxl).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [[ -z "${ECON:-}" ]]; then
    (cd "$root" && swift build --product econ >/dev/null)
    ECON="$root/.build/debug/econ"
fi
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc" >&2; exit 69; }
python3 -c "import openpyxl" 2>/dev/null || { echo "openpyxl not found: pip install openpyxl" >&2; exit 69; }

work="$(mktemp -d "${TMPDIR:-/tmp}/econ-spreadsheet-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$here/check.py" --econ "$ECON" --data "$root/data" --work "$work" | tee "$here/last-run.txt"
exit "${PIPESTATUS[0]}"
