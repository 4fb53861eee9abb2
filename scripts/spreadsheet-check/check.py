#!/usr/bin/env python3
"""Checks econ's CSV exports against real spreadsheet software (LibreOffice Calc, headless).

For two stores (the bundled data, built by `econ demo`, and a small crafted store with formula
payloads, Cyrillic, bounds, ranges and every period form), every layout and a set of dialects, it:

1. exports with the real `econ` binary;
2. reads the file back with Python's csv module and checks that every layout carries the same
   figures as the plain long export (values compared as exact decimals after undoing the scale,
   text after dropping the one formula-guard apostrophe econ's import drops);
3. converts the file to .xlsx with LibreOffice under a Russian (`;`, language 1049) and an English
   (`,`, language 1033) setting — the separator each locale's Excel uses on a double-click — and
   reads the cells with openpyxl: a cell whose CSV text is a number must arrive as that number,
   every other cell as exactly its text (Cyrillic intact, apostrophes visible, nothing turned into a
   date, no formula), or as a date where dates were asked for (`--period-as start`).

Runs marked "expect: pass" fail the script when a cell is wrong; runs marked "informational" show
what happens when the file and the locale do not match, or the guard is off, and never fail it.
"""

import argparse
import csv
import datetime
import decimal
import io
import os
import re
import subprocess
import sys
from collections import defaultdict

import openpyxl

LOCALES = {
    # name: (separator byte for the filter, LibreOffice language id)
    "ru": (59, 1049),
    "en": (44, 1033),
    # The file's own separator, but the other language's number rules: what a user gets who picks
    # the separator by hand in the import dialog.
    "ru, separator ','": (44, 1049),
    "en, separator ';'": (59, 1033),
}

PAYLOADS = [
    '=HYPERLINK("http://example.com/x","click")',
    "@SUM(1+1)",
    "+cmd|' /C calc'!A0",
    "-2+3",
]


def econ(args, binary, out=None):
    result = subprocess.run([binary] + args, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"econ {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def crafted_store(binary, db):
    """A small store whose text and numbers are the hard cases for spreadsheets."""
    steps = [
        ["series", "add", "craft.money", "--measure", "flow", "--unit", "USD", "--frequency", "irregular",
         "--title-ru", "Инвестиции «Рога и копыта»; проверка", "--title-en", "Investment, a test"],
        ["series", "add", "craft.jobs", "--measure", "stock", "--unit", "jobs", "--frequency", "irregular",
         "--title-ru", "Рабочие места", "--title-en", "Jobs"],
        ["append", "craft.money", "2024", "56.6e9", "--published", "2025-11-07", "--note=" + PAYLOADS[0], "--source=" + PAYLOADS[1]],
        ["append", "craft.money", "2024-Q3", "0.1", "--published", "2025-11-07", "--note=" + PAYLOADS[2]],
        ["append", "craft.money", "2024-03", "-5", "--published", "2025-11-07", "--note=" + PAYLOADS[3], "--source", "Ведомости"],
        ["append", "craft.money", "2025-11-06", "1.5", "--qualifier", "approx", "--published", "2025-11-07",
         "--note", "примерно; около, «в кавычках»"],
        ["append", "craft.money", "2024-H1", "17e9", "--qualifier", "more-than", "--published", "2025-11"],
        ["append", "craft.money", "2025-01/2025-09", "--qualifier", "range", "--low", "3e9", "--high", "5e9",
         "--published", "2025-10", "--note", "'quoted start"],
        ["append", "craft.money", "2023", "123456789.123", "--published", "2025"],
        ["append", "craft.money", "2022", "5155.993", "--published", "2025"],
        ["append", "craft.jobs", "2025-11", "64000", "--qualifier", "more-than", "--published", "2025-11"],
        ["append", "craft.jobs", "2024-03", "175", "--published", "2024-04-01"],
    ]
    for step in steps:
        econ(step + ["--db", db], binary)


# ---------------------------------------------------------------------------------------------
# Runs

class Run:
    def __init__(self, name, args, delimiter, decimal_comma, locale, expect, scale=0, dates=False, text_periods=False):
        self.name = name
        self.guarded = "--no-formula-guard" not in args
        self.args = args
        self.delimiter = delimiter
        self.decimal_comma = decimal_comma
        self.locale = locale
        self.expect = expect  # "pass" or "informational"
        self.scale = scale
        self.dates = dates
        self.text_periods = text_periods


def runs_for(layout):
    base = ["--layout", layout]
    return [
        Run("excel-ru", base + ["--preset", "excel-ru"], ";", True, "ru", "pass", text_periods=True),
        Run("excel-en", base + ["--preset", "excel-en"], ",", False, "en", "pass", text_periods=True),
        Run("excel-ru billions titles-ru", base + ["--preset", "excel-ru", "--scale", "billions", "--titles", "ru"], ";", True,
            "ru", "pass", scale=9, text_periods=True),
        Run("excel-en thousands titles-en", base + ["--preset", "excel-en", "--scale", "thousands", "--titles", "en"], ",", False,
            "en", "pass", scale=3, text_periods=True),
        Run("excel-en period-as start", base + ["--preset", "excel-en", "--period-as", "start"], ",", False, "en", "pass",
            dates=True),
        Run("default (written periods, no BOM)", base, ",", False, "en", "informational"),
        Run("excel-en opened with Russian settings", base + ["--preset", "excel-en"], ",", False, "ru", "informational",
            text_periods=True),
        Run("excel-ru opened with English settings", base + ["--preset", "excel-ru"], ";", True, "en", "informational",
            text_periods=True),
        Run("excel-en, Russian number rules", base + ["--preset", "excel-en"], ",", False, "ru, separator ','",
            "informational", text_periods=True),
        Run("excel-ru, English number rules", base + ["--preset", "excel-ru"], ";", True, "en, separator ';'",
            "informational", text_periods=True),
        Run("excel-ru --no-formula-guard", base + ["--preset", "excel-ru", "--no-formula-guard"], ";", True, "ru",
            "informational", text_periods=True),
    ]


# ---------------------------------------------------------------------------------------------
# Reading a CSV back with Python's csv module into canonical facts

D = decimal.Decimal


def number(text, decimal_comma, scale):
    """Exact decimal of a number cell, scale undone by moving the point (never float)."""
    if text == "":
        return None
    return D(text.replace(",", ".") if decimal_comma else text).scaleb(scale)


def unguard(text):
    """What econ's import does: drop one leading apostrophe."""
    return text[1:] if text.startswith("'") else text


SDMX_HALF = re.compile(r"^(\d{4})-S([12])$")
SDMX_SPAN = re.compile(r"^(\d{4})-(\d{2})-01/P(\d+)M$")


def from_sdmx_period(text):
    m = SDMX_HALF.match(text)
    if m:
        return f"{m.group(1)}-H{m.group(2)}"
    m = SDMX_SPAN.match(text)
    if m:
        y, mo, n = int(m.group(1)), int(m.group(2)), int(m.group(3))
        last = y * 12 + mo - 1 + n - 1
        return f"{y:04d}-{mo:02d}/{last // 12:04d}-{last % 12 + 1:02d}"
    return text


def read_csv(path, delimiter):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def facts(layout, rows, run):
    """{(series, period): {field: value}} from any layout, in canonical form."""
    out = defaultdict(dict)
    dc, sc = run.decimal_comma, run.scale

    def unguard(text):
        # econ's import drops one leading apostrophe; without the guard, text is as stored.
        return text[1:] if run.guarded and text.startswith("'") else text

    def period(text):
        return text[1:] if text.startswith("'") else text

    if layout == "long":
        head = rows[0]
        for r in rows[1:]:
            c = dict(zip(head, r))
            key = (unguard(c["series"]), period(c["period"]))
            f = out[key]
            f["value"] = number(c["value"], dc, sc)
            f["qualifier"] = c["qualifier"]
            f["low"] = number(c["low"], dc, sc)
            f["high"] = number(c["high"], dc, sc)
            f["note"] = unguard(c["note"])
            f["source"] = unguard(c["source"])
    elif layout == "sdmx":
        head = rows[0]
        for r in rows[1:]:
            c = dict(zip(head, r))
            key = (unguard(c["SERIES"]), from_sdmx_period(period(c["TIME_PERIOD"])))
            f = out[key]
            assert D(c["UNIT_MULT"]) == sc, f"UNIT_MULT {c['UNIT_MULT']} for scale {sc}"
            f["value"] = number(c["OBS_VALUE"], dc, sc)
            f["qualifier"] = c["ECON_QUALIFIER"]
            f["low"] = number(c["OBS_LOWER"], dc, sc)
            f["high"] = number(c["OBS_UPPER"], dc, sc)
            f["note"] = unguard(c["OBS_COMMENT"])
            f["source"] = unguard(c["SOURCE"])
    elif layout == "wide":
        head = rows[0]
        first_period = head.index("field") + 1
        periods = [period(p) for p in head[first_period:]]
        for r in rows[1:]:
            series, field = unguard(r[0]), r[first_period - 1]
            for when, cell in zip(periods, r[first_period:]):
                if cell == "":
                    continue
                out[(series, when)][field] = cell if field == "qualifier" else number(cell, dc, sc)
    elif layout == "by-period":
        head = rows[0]
        columns = []
        for name in head[1:]:
            m = re.match(r"^(.*) \[(qualifier|low|high)\]$", name)
            columns.append((unguard(m.group(1)), m.group(2)) if m else (unguard(name), "value"))
        data = [r for r in rows[1:] if r[0] not in ("unit", "title")]
        for r in data:
            when = period(r[0])
            for (series, field), cell in zip(columns, r[1:]):
                if cell == "":
                    continue
                out[(series, when)][field] = cell if field == "qualifier" else number(cell, dc, sc)
    return out


def comparable(reference, layout):
    """The reference facts reduced to what a layout carries (wide ones: no notes; exact figures
    need no qualifier there; a bound's low/high rows only where the series has bounds)."""
    if layout in ("long", "sdmx"):
        return {k: {f: v for f, v in fs.items()} for k, fs in reference.items()}
    out = {}
    for k, fs in reference.items():
        out[k] = {f: fs[f] for f in ("value", "qualifier", "low", "high") if fs.get(f) not in (None, "")}
    return out


def reduce_to(got, layout):
    if layout in ("long", "sdmx"):
        return {k: dict(v) for k, v in got.items()}
    out = {}
    for k, fs in got.items():
        out[k] = {f: v for f, v in fs.items() if v not in (None, "")}
    return out


def csv_module_check(layout, path, run, reference):
    if run.dates:
        return []  # periods are dates there, not keys; the spreadsheet check covers them
    rows = read_csv(path, run.delimiter)
    got = reduce_to(facts(layout, rows, run), layout)
    want = comparable(reference, layout)
    if layout in ("wide", "by-period"):
        # Wide layouts carry a qualifier only for series that have a non-exact figure.
        for k, fs in want.items():
            if fs.get("qualifier") == "exact" and "qualifier" not in got.get(k, {}):
                fs.pop("qualifier")
    problems = []
    for k in sorted(set(got) | set(want)):
        if got.get(k) != want.get(k):
            problems.append(f"{k}: csv module read {got.get(k)}, store has {want.get(k)}")
    return problems


# ---------------------------------------------------------------------------------------------
# LibreOffice

def convert(files, run, outdir):
    sep, lang = LOCALES[run.locale]
    # CSV:separator,quote,charset(76 = UTF-8),first line,column formats,language
    infilter = f"CSV:{sep},34,76,1,,{lang}"
    subprocess.run(["soffice", "--headless", f"--infilter={infilter}", "--convert-to", "xlsx", "--outdir", outdir] + files,
                   capture_output=True, check=True, timeout=600)


NUMBER = {False: re.compile(r"^-?\d+(\.\d+)?(e[+-]\d+)?$"), True: re.compile(r"^-?\d+(,\d+)?(e[+-]\d+)?$")}
DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def cell_problems(path_csv, path_xlsx, run):
    """Compares every spreadsheet cell with the CSV text it came from."""
    rows = read_csv(path_csv, run.delimiter)
    sheet = openpyxl.load_workbook(path_xlsx).active
    grid = [[c for c in r] for r in sheet.iter_rows()]
    problems = []
    counts = defaultdict(int)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = grid[i][j] if i < len(grid) and j < len(grid[i]) else None
            value = cell.value if cell is not None else None
            kind = cell.data_type if cell is not None else "n"
            where = f"{openpyxl.utils.get_column_letter(j + 1)}{i + 1}"
            if kind == "f":
                counts["formula"] += 1
                problems.append(f"{where}: formula executed: {text!r} -> {value!r}")
                continue
            if text == "":
                if value not in (None, ""):
                    problems.append(f"{where}: empty cell became {value!r}")
                continue
            if NUMBER[run.decimal_comma].match(text):
                want = float(text.replace(",", "."))
                if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value) == want:
                    counts["number"] += 1
                else:
                    counts["number wrong"] += 1
                    problems.append(f"{where}: number {text!r} arrived as {value!r} ({kind})")
                continue
            m = DAY.match(text)
            if m and run.dates:
                want = datetime.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if isinstance(value, datetime.datetime) and value == want:
                    counts["date (asked for)"] += 1
                else:
                    problems.append(f"{where}: date {text!r} arrived as {value!r} ({kind})")
                continue
            if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
                counts["turned into a date"] += 1
                problems.append(f"{where}: text {text!r} turned into a date {value!r}")
            elif isinstance(value, str) and value == text:
                counts["text"] += 1
                if any("\u0400" <= ch <= "\u04ff" for ch in text):
                    counts["Cyrillic text"] += 1
                if text.startswith("'") and unguard(text) in PAYLOADS:
                    counts["payload kept as text"] += 1
            else:
                counts["text changed"] += 1
                problems.append(f"{where}: text {text!r} arrived as {value!r} ({kind})")
    if len(grid) > len(rows):
        problems.append(f"spreadsheet has {len(grid)} rows, CSV {len(rows)}")
    return problems, counts


# ---------------------------------------------------------------------------------------------

PROBE_PERIODS = ["2024", "2024-H1", "2024-Q3", "2024-03", "2025-11-06", "2025-01/2025-09",
                 "'2024-03", "'2025-11-06", "2025-11-01"]


def period_probe(work):
    """What LibreOffice makes of each period form, written plainly and kept as text."""
    print("What LibreOffice makes of a period cell (CSV text -> cell):")
    for locale, (sep, lang) in (("ru", LOCALES["ru"]), ("en", LOCALES["en"])):
        path = os.path.join(work, f"periods-{locale}.csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("period\r\n" + "".join(p + "\r\n" for p in PROBE_PERIODS))
        outdir = os.path.join(work, f"periods-{locale}")
        subprocess.run(["soffice", "--headless", f"--infilter=CSV:{sep},34,76,1,,{lang}", "--convert-to", "xlsx",
                        "--outdir", outdir, path], capture_output=True, check=True, timeout=300)
        sheet = openpyxl.load_workbook(os.path.join(outdir, f"periods-{locale}.xlsx")).active
        cells = [r[0] for r in sheet.iter_rows(min_row=2)]
        shown = []
        for text, cell in zip(PROBE_PERIODS, cells):
            v = cell.value
            kind = ("DATE " + v.date().isoformat()) if isinstance(v, datetime.datetime) else (
                f"number {v}" if isinstance(v, (int, float)) else f"text {v!r}")
            shown.append(f"{text} -> {kind}")
        print(f"  {locale}: " + "; ".join(shown))
    print()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--econ", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--work", required=True)
    a = parser.parse_args()

    version = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.strip()
    print("econ spreadsheet check")
    print(f"LibreOffice: {version}")
    print(f"Python {sys.version.split()[0]}, openpyxl {openpyxl.__version__}")
    print("Not checked here: Microsoft Excel and Google Sheets (not available on this machine); LibreOffice Calc is the stand-in.")
    print()

    period_probe(a.work)

    stores = {}
    demo = os.path.join(a.work, "demo")
    econ(["demo", "--data", a.data, "--out", demo], a.econ)
    stores["bundled data"] = os.path.join(demo, "econ.sqlite")
    crafted = os.path.join(a.work, "crafted.sqlite")
    crafted_store(a.econ, crafted)
    stores["crafted store"] = crafted

    failures = 0
    for store_name, db in stores.items():
        ref_path = os.path.join(a.work, "reference.csv")
        with open(ref_path, "w", encoding="utf-8", newline="") as f:
            f.write(econ(["export", "--no-formula-guard", "--db", db], a.econ))
        reference = facts("long", read_csv(ref_path, ","), Run("reference", ["--no-formula-guard"], ",", False, "en", "pass"))
        print(f"== {store_name}: {len(reference)} current figures")
        for layout in ("long", "wide", "by-period", "sdmx"):
            for n, run in enumerate(runs_for(layout)):
                stem = f"{store_name.split()[0]}-{layout}-{n}"
                csv_path = os.path.join(a.work, stem + ".csv")
                econ(["export"] + run.args + ["--db", db, "--out", csv_path], a.econ)
                outdir = os.path.join(a.work, "xlsx-" + stem)
                convert([csv_path], run, outdir)
                problems, counts = cell_problems(csv_path, os.path.join(outdir, stem + ".xlsx"), run)
                csv_problems = csv_module_check(layout, csv_path, run, reference)
                with open(csv_path, "rb") as f:
                    head = f.read(3)
                bom = head == b"\xef\xbb\xbf"
                summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
                ok = not problems and not csv_problems
                if run.expect == "pass":
                    verdict = "PASS" if ok else "FAIL"
                    failures += 0 if ok else 1
                else:
                    verdict = "info"
                print(f"  [{verdict}] {layout:9} {run.name:38} locale {run.locale:17} BOM {'yes' if bom else 'no '}  {summary}")
                if csv_problems:
                    print(f"         csv module: {len(csv_problems)} difference(s) from the store")
                    for p in csv_problems[:5]:
                        print(f"           {p}")
                elif not run.dates:
                    print("         csv module: same figures as the store")
                if problems:
                    kinds = defaultdict(int)
                    for p in problems:
                        kinds[p.split(": ", 1)[1].split(" ")[0]] += 1
                    print(f"         spreadsheet: {len(problems)} cell(s) differ from the CSV text; first ones:")
                    for p in problems[:4]:
                        print(f"           {p}")
        print()
    print(f"RESULT: {'all expected runs passed' if failures == 0 else f'{failures} expected run(s) FAILED'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
