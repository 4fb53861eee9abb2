#!/usr/bin/env python3
"""Opens a workbook econ wrote in LibreOffice Calc (headless) and checks what a user would see.

usage: scripts/xlsx/libreoffice-check.py --econ BIN --db STORE --work DIR

Exports the store with `econ export --format xlsx --chart` and, for comparison, as plain long CSV;
then has LibreOffice convert the workbook (every sheet to CSV, and to ODS) and checks:
  - the sheets Observations, Series and Charts are there;
  - every observation arrives with its series and period as text and its value as the same number
    (LibreOffice writes the raw cell values, not the formatted ones);
  - a publication day is a date cell (LibreOffice writes it in its ISO form), months and years text;
  - the Series sheet has a row per series;
  - the Charts sheet holds a native chart per series with two figures or more.
Prints one line per check; exits 1 on a failure, 2 when soffice is missing.
"""
import argparse
import csv
import glob
import os
import shutil
import subprocess
import sys
import zipfile

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def check(label, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + label + ("" if ok else f": {detail}"))
    if not ok:
        sys.exit(1)


def soffice(args, work):
    # A profile of its own, so that a LibreOffice the user has open does not take the job.
    profile = "file://" + os.path.join(work, "lo-profile")
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", *args], cwd=work, check=True,
                   capture_output=True, timeout=300)


def main():
    if SOFFICE is None:
        print("skip: soffice is not installed (apt-get install libreoffice-calc-nogui)", file=sys.stderr)
        sys.exit(2)
    parser = argparse.ArgumentParser()
    parser.add_argument("--econ", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    args.work = os.path.abspath(args.work)
    os.makedirs(args.work, exist_ok=True)
    book = os.path.join(args.work, "econ.xlsx")
    subprocess.run([args.econ, "export", "--format", "xlsx", "--chart", "--out", book, "--db", args.db], check=True)
    plain = subprocess.run([args.econ, "export", "--db", args.db], check=True, capture_output=True, text=True).stdout
    expected = list(csv.DictReader(plain.splitlines()))
    series_count = len({r["series"] for r in expected})

    # Every sheet to its own CSV: UTF-8 (76), ',' and '"', raw values (not as shown), sheet -1 = all.
    soffice(["--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', book], args.work)
    sheets = {os.path.basename(p)[len("econ-"):-len(".csv")]: p for p in glob.glob(os.path.join(args.work, "econ-*.csv"))}
    check("LibreOffice opens the workbook with sheets Observations, Series, Charts",
          {"Observations", "Series", "Charts"} <= set(sheets), sorted(sheets))

    with open(sheets["Observations"], encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    check("Observations: the header", header[:4] == ["series", "title", "period", "value"], header)
    check("Observations: a row per figure", len(body) == len(expected), f"{len(body)} != {len(expected)}")
    wanted = {(r["series"], r["period"]): r for r in expected}
    for row in body:
        series, period, value, published = row[0], row[2], row[3], row[10]
        want = wanted.get((series, period))
        check(f"Observations: {series} {period} is an exported figure", want is not None, row)
        if want["value"] != "":
            check(f"Observations: {series} {period} value", float(value) == float(want["value"]), f"{value} != {want['value']}")
        if len(want["published"]) == 10:
            check(f"Observations: {series} {period} published is a date", published == want["published"], published)
        else:
            check(f"Observations: {series} {period} published stays text", published == want["published"], published)

    with open(sheets["Series"], encoding="utf-8") as f:
        series_rows = list(csv.reader(f))[1:]
    check("Series: a row per series", len(series_rows) >= series_count, f"{len(series_rows)} < {series_count}")

    soffice(["--convert-to", "ods", book], args.work)
    with zipfile.ZipFile(os.path.join(args.work, "econ.ods")) as ods:
        charts = [n for n in ods.namelist() if n.endswith("/content.xml") and b"<chart:chart" in ods.read(n)]
    counts = {}
    for r in expected:
        counts[r["series"]] = counts.get(r["series"], 0) + 1
    with_two = sum(1 for c in counts.values() if c >= 2)
    check("Charts: a native chart per series with two figures or more", len(charts) == with_two, f"{len(charts)} != {with_two}")


if __name__ == "__main__":
    main()
