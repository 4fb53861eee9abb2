#!/usr/bin/env python3
"""The web view of `econ serve` in headless Chromium: screenshots, and checks on the DOM Chromium built.

usage: web-check.py --url http://127.0.0.1:PORT --series CODE [--out DIR]

For `/`, `/series/CODE` and `/report` it asks Chromium (`chromium --headless --dump-dom`) for the
page's DOM and checks what a reader sees: the series table and search form, the chart, the figures
with their qualifiers in words, the revisions, the as-of picker and the download links, and no
script anywhere. With --out it also saves a screenshot of each page. Exits 1 on a failed check,
2 when Chromium is not installed.
"""
import argparse
import html.parser
import os
import shutil
import subprocess
import sys

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"]


class Elements(html.parser.HTMLParser):
    """Counts elements by tag and class, and collects the text."""

    def __init__(self):
        super().__init__()
        self.tags = {}
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for name, value in attrs:
            if name == "class":
                for c in (value or "").split():
                    key = f"{tag}.{c}"
                    self.tags[key] = self.tags.get(key, 0) + 1
            if name == "type" and tag == "input":
                key = f"input[{value}]"
                self.tags[key] = self.tags.get(key, 0) + 1

    def handle_data(self, data):
        self.text.append(data)


def dom(url):
    out = subprocess.run([CHROMIUM, *FLAGS, "--dump-dom", url], capture_output=True, text=True, timeout=120)
    parser = Elements()
    parser.feed(out.stdout)
    return parser, " ".join(parser.text)


def check(label, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + label + ("" if ok else f": {detail}"))
    if not ok:
        sys.exit(1)


def main():
    if CHROMIUM is None:
        print("skip: chromium is not installed", file=sys.stderr)
        sys.exit(2)
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--series", required=True)
    parser.add_argument("--out")
    args = parser.parse_args()
    pages = {"index": "/", "series": f"/series/{args.series}", "report": "/report"}

    index, text = dom(args.url + pages["index"])
    check("index: a row per series", index.tags.get("tr", 0) > 10, index.tags)
    check("index: search box and filters", index.tags.get("input[search]") == 1 and index.tags.get("select", 0) == 4, index.tags)
    check("index: links to series pages", args.series in text, "series missing")

    series, text = dom(args.url + pages["series"])
    check("series: an SVG chart", series.tags.get("svg.chart") == 1, series.tags)
    check("series: the chart has points", series.tags.get("circle", 0) + series.tags.get("line", 0) > 3, series.tags)
    check("series: qualifiers in words", any(w in text for w in ("about ", "more than ", "exactly ")), text[:200])
    check("series: figures and revisions tables", series.tags.get("table.figures") == 1 and series.tags.get("table.revisions") == 1, series.tags)
    check("series: an as-of date picker", series.tags.get("input[date]") == 1, series.tags)
    check("series: downloads", "CSV for Excel (Russian)" in text and "xlsx" in text, "no download links")

    report, text = dom(args.url + pages["report"])
    check("report: a section and chart per series", report.tags.get("svg.chart", 0) == report.tags.get("section.series", -1) > 0, report.tags)

    for name, parsed in (("index", index), ("series", series), ("report", report)):
        check(f"{name}: no script", parsed.tags.get("script", 0) == 0, parsed.tags)

    if args.out:
        os.makedirs(args.out, exist_ok=True)
        for name, path in pages.items():
            target = os.path.join(args.out, f"{name}.png")
            subprocess.run([CHROMIUM, *FLAGS, f"--screenshot={target}", "--window-size=1100,1600", args.url + path],
                           capture_output=True, timeout=120)
            check(f"{name}: screenshot", os.path.getsize(target) > 10_000, target)


if __name__ == "__main__":
    main()
