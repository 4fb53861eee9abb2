#!/bin/sh
# Renders the HTML report of the demo store in headless Chromium and saves a PNG, so the page can be
# looked at (and shown in the docs) without a browser at hand.
#
#   scripts/report/screenshot.sh [OUT.png]      (default: docs/report-screenshot.png)
#
# Needs Chromium: installs it with apt-get when missing (Debian/Ubuntu, as root).
# Builds econ, runs `econ demo` into a temporary folder, writes the report of data/reports/ru-kz.json
# as HTML there, and screenshots it at a fixed window size (the page is static: no scripts, no
# network), so the same data gives the same picture.
set -eu
cd "$(dirname "$0")/../.."
out=${1:-docs/report-screenshot.png}
height=${REPORT_SCREENSHOT_HEIGHT:-2400}

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    browser=$(command -v chromium)
fi

swift build --product econ >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/debug/econ demo --out "$work" >/dev/null
# Exit status 1 means an alert fired: the report is still written.
.build/debug/econ report --config data/reports/ru-kz.json --db "$work/econ.sqlite" --format html --out "$work/report.html" || [ $? -eq 1 ]

"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=900,"$height" --screenshot="$work/shot.png" "file://$work/report.html" 2>/dev/null
cp "$work/shot.png" "$out"
echo "wrote $out"
