#!/usr/bin/env python3
"""Validate econ's bundled data: data/series.json and the long CSV files in data/history/.

Usage: scripts/check-data.py [CSV ...]
       (default: every data/history/*.csv, checked against data/series.json)

Prints one `file:line: reason` message per problem and exits 1 if there is any, 0 otherwise
(2 when a file cannot be read at all). Python 3 standard library only.
"""

import calendar
import csv
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERIES_FILE = ROOT / "data" / "series.json"
HISTORY_DIR = ROOT / "data" / "history"

HEADER = ["series", "period", "value", "unit", "qualifier", "low", "high", "note", "source", "published"]
SERIES_KEYS = ["code", "title_en", "title_ru", "indicator", "measure", "unit", "frequency", "area",
               "counterpart", "accumulates", "source", "note"]
REQUIRED_KEYS = {"code", "title_en", "title_ru", "measure", "unit", "frequency"}
MEASURES = {"stock", "flow"}
FREQUENCIES = {"annual", "semiannual", "quarterly", "monthly", "daily", "irregular"}
QUALIFIERS = {"exact", "approx", "more-than", "at-least", "less-than", "at-most", "range"}
CODE_RE = re.compile(r"^[A-Za-z0-9._-]+$")
AREA_RE = re.compile(r"^[A-Z]{2}$")
UNIT_RE = re.compile(r"^(?:[A-Z]{3}|[a-z][a-z_]*)$")  # ISO 4217 code, or a lower-case word
# A plain decimal: optional minus, no leading zeros, no exponent, no trailing zeros in a fraction.
DECIMAL_RE = re.compile(r"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?$")
URL_RE = re.compile(r"^https?://\S+$")

problems = []


def report(path, line, reason):
    problems.append(f"{path}:{line}: {reason}")


def display(path):
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# --- periods and dates ------------------------------------------------------------------------

def _day(y, m, d):
    if not (1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]):
        return None
    return (y, m, d)


def _month_bounds(y1, m1, y2, m2):
    first, last = _day(y1, m1, 1), (_day(y2, m2, calendar.monthrange(y2, m2)[1]) if 1 <= m2 <= 12 else None)
    if first is None or last is None or first > last:
        return None
    return first, last


def parse_period(text):
    """Return (frequency or None for a span, first day, last day), or a string saying what is wrong."""
    m = re.fullmatch(r"(\d{4})", text)
    if m:
        y = int(m[1])
        b = _month_bounds(y, 1, y, 12)
        return ("annual", *b) if b else f"year out of range in period '{text}'"
    m = re.fullmatch(r"(\d{4})-H(\d)", text)
    if m:
        y, h = int(m[1]), int(m[2])
        if h not in (1, 2):
            return f"half-year must be H1 or H2 in period '{text}'"
        return ("semiannual", *_month_bounds(y, h * 6 - 5, y, h * 6))
    m = re.fullmatch(r"(\d{4})-Q(\d)", text)
    if m:
        y, q = int(m[1]), int(m[2])
        if not 1 <= q <= 4:
            return f"quarter must be Q1-Q4 in period '{text}'"
        return ("quarterly", *_month_bounds(y, q * 3 - 2, y, q * 3))
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m:
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return f"month must be 01-12 in period '{text}'"
        return ("monthly", *_month_bounds(y, mo, y, mo))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        d = _day(int(m[1]), int(m[2]), int(m[3]))
        return ("daily", d, d) if d else f"'{text}' is not a real day"
    m = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", text)
    if m:
        y1, m1, y2, m2 = map(int, m.groups())
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            return f"month must be 01-12 in period '{text}'"
        if (y1, m1) >= (y2, m2):
            return f"a span of months must run forward over at least two months: '{text}' (write one month as YYYY-MM)"
        return (None, *_month_bounds(y1, m1, y2, m2))
    return (f"'{text}' is not a period; use 2024, 2024-H1, 2024-Q3, 2024-03, 2025-11-06 or 2025-01/2025-09")


def parse_published(text):
    """Return the last day the publication date can stand for, or None when malformed."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not m:
        return None
    y = int(m[1])
    if m[2] is None:
        return _day(y, 12, 31)
    mo = int(m[2])
    if not 1 <= mo <= 12:
        return None
    if m[3] is None:
        return _day(y, mo, calendar.monthrange(y, mo)[1])
    return _day(y, mo, int(m[3]))


def decimal_key(text):
    """Exact comparison key for a plain decimal (no float rounding)."""
    from decimal import Decimal
    return Decimal(text)


# --- series.json ------------------------------------------------------------------------------

def json_line_of(raw_text, code):
    """Line of the `"code": "<code>"` entry in series.json, for messages (1 when not found)."""
    needle = json.dumps(code, ensure_ascii=False)
    for i, line in enumerate(raw_text.splitlines(), 1):
        if '"code"' in line and needle in line:
            return i
    return 1


def check_series(path):
    name = display(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        print(f"{name}:0: cannot read: {e.strerror}", file=sys.stderr)
        sys.exit(2)
    if raw.startswith(b"\xef\xbb\xbf"):
        report(name, 1, "file starts with a UTF-8 BOM")
    try:
        text = raw.decode("utf-8-sig")
        data = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        report(name, getattr(e, "lineno", 1), f"not valid UTF-8 JSON: {e}")
        return {}
    if not isinstance(data, list):
        report(name, 1, "top level must be a JSON array of series objects")
        return {}
    series = {}
    for i, s in enumerate(data):
        if not isinstance(s, dict):
            report(name, 1, f"element {i} is not an object")
            continue
        code = s.get("code")
        line = json_line_of(text, code) if isinstance(code, str) else 1
        where = f"series '{code}'" if isinstance(code, str) else f"element {i}"
        keys = list(s.keys())
        if keys != SERIES_KEYS:
            missing = [k for k in SERIES_KEYS if k not in s]
            extra = [k for k in keys if k not in SERIES_KEYS]
            if missing or extra:
                report(name, line, f"{where}: keys missing {missing}, unknown {extra}")
            else:
                report(name, line, f"{where}: keys out of order; expected {', '.join(SERIES_KEYS)}")
        for k in SERIES_KEYS:
            v = s.get(k)
            if v is not None and not isinstance(v, str):
                report(name, line, f"{where}: '{k}' must be a string or null")
            elif k in REQUIRED_KEYS and (v is None or not str(v).strip()):
                report(name, line, f"{where}: '{k}' is required")
        if not isinstance(code, str):
            continue
        if not CODE_RE.match(code):
            report(name, line, f"code '{code}' may hold only letters, digits, '.', '_' and '-'")
        if code in series:
            report(name, line, f"code '{code}' is defined twice")
        if s.get("measure") not in MEASURES:
            report(name, line, f"{where}: measure must be stock or flow, not {s.get('measure')!r}")
        if s.get("frequency") not in FREQUENCIES:
            report(name, line, f"{where}: frequency must be one of {', '.join(sorted(FREQUENCIES))}")
        if isinstance(s.get("unit"), str) and not UNIT_RE.match(s["unit"]):
            report(name, line, f"{where}: unit '{s['unit']}' is neither an ISO 4217 code (USD) nor a lower-case word (jobs)")
        for k in ("area", "counterpart"):
            v = s.get(k)
            if isinstance(v, str) and not AREA_RE.match(v):
                report(name, line, f"{where}: {k} '{v}' is not a two-letter ISO 3166 code")
        series[code] = (s, line)
    for code, (s, line) in series.items():
        acc = s.get("accumulates")
        if acc is None:
            continue
        if acc not in series:
            report(name, line, f"series '{code}': accumulates '{acc}', which is not a series")
            continue
        target = series[acc][0]
        if s.get("measure") != "stock":
            report(name, line, f"series '{code}': only a stock can accumulate a flow")
        if target.get("measure") != "flow":
            report(name, line, f"series '{code}': accumulates '{acc}', which is not a flow series")
        if target.get("unit") != s.get("unit"):
            report(name, line, f"series '{code}': unit {s.get('unit')} differs from its flow '{acc}' ({target.get('unit')})")
    return {code: s for code, (s, _) in series.items()}


# --- CSV --------------------------------------------------------------------------------------

def check_csv(path, series):
    name = display(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        print(f"{name}:0: cannot read: {e.strerror}", file=sys.stderr)
        sys.exit(2)
    if raw.startswith(b"\xef\xbb\xbf"):
        report(name, 1, "file starts with a UTF-8 BOM (write UTF-8 without BOM)")
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        report(name, line, "not valid UTF-8")
        return
    if "\r" in text:
        report(name, text[: text.index("\r")].count("\n") + 1, "carriage return found (line ends must be LF)")
    if text and not text.endswith("\n"):
        report(name, text.count("\n") + 1, "last line does not end with LF")

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    previous_key = None
    seen = {}
    line = 0
    header_done = False
    try:
        for fields in reader:
            line = reader.line_num
            if not header_done:
                header_done = True
                if fields != HEADER:
                    report(name, line, f"header must be exactly: {','.join(HEADER)}")
                    return
                continue
            if not fields or fields == [""]:
                report(name, line, "empty line")
                continue
            if len(fields) != len(HEADER):
                report(name, line, f"expected {len(HEADER)} fields, found {len(fields)}")
                continue
            row = dict(zip(HEADER, fields))
            key = check_row(name, line, row, series)
            if key is not None:
                if previous_key is not None and key < previous_key:
                    report(name, line, "rows are not sorted by series, period, published, source")
                previous_key = key
                dup = (row["series"], row["period"], row["value"], row["low"], row["high"], row["source"])
                if dup in seen:
                    report(name, line, f"duplicate of line {seen[dup]} (same series, period, value and source)")
                else:
                    seen[dup] = line
    except csv.Error as e:
        report(name, reader.line_num or line, f"malformed CSV: {e}")
    if not header_done:
        report(name, 1, "file is empty; a header is required")


def check_row(name, line, row, series):
    code = row["series"]
    s = series.get(code)
    if s is None:
        report(name, line, f"series '{code}' is not in data/series.json")
    # period
    parsed = parse_period(row["period"])
    period_bounds = None
    if isinstance(parsed, str):
        report(name, line, parsed)
    else:
        form, first, last = parsed
        period_bounds = (first, last)
        if s is not None and s.get("frequency") != "irregular" and form != s.get("frequency"):
            report(name, line, f"period '{row['period']}' does not fit series '{code}', which is {s.get('frequency')}")
    # numbers
    for k in ("value", "low", "high"):
        v = row[k]
        if v and not DECIMAL_RE.match(v):
            report(name, line, f"{k} '{v}' is not a plain decimal (digits, optional '-' and '.', no exponent, "
                               "no grouping, no leading or trailing zeros)")
            return None
    q = row["qualifier"]
    value, low, high = row["value"], row["low"], row["high"]
    if q not in QUALIFIERS:
        report(name, line, f"qualifier '{q}' is not one of {', '.join(sorted(QUALIFIERS))}")
    elif q == "range":
        if value:
            report(name, line, "a range has no value; put the bounds in low and high")
        if not (low and high):
            report(name, line, "a range needs both low and high")
        elif decimal_key(low) >= decimal_key(high):
            report(name, line, f"range low {low} is not below high {high}")
    else:
        if not value:
            report(name, line, f"qualifier '{q}' needs a value")
        elif q in ("exact", "approx"):
            if low or high:
                report(name, line, f"qualifier '{q}' takes no low/high")
        elif q in ("more-than", "at-least"):
            if low != value or high:
                report(name, line, f"qualifier '{q}' needs low = value ({value}) and an empty high")
        elif q in ("less-than", "at-most"):
            if high != value or low:
                report(name, line, f"qualifier '{q}' needs high = value ({value}) and an empty low")
    # unit
    if s is not None and row["unit"] != s.get("unit"):
        report(name, line, f"unit '{row['unit']}' differs from series '{code}' unit '{s.get('unit')}'")
    # published
    published_end = parse_published(row["published"])
    if published_end is None:
        report(name, line, f"published '{row['published']}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    elif period_bounds is not None and published_end < period_bounds[0]:
        report(name, line, f"published {row['published']} before the period {row['period']} begins")
    # source
    if not row["source"].strip():
        report(name, line, "source is empty")
    elif not URL_RE.match(row["source"]):
        report(name, line, f"source '{row['source']}' is not an http(s) URL")
    if period_bounds is None:
        return None
    return (code, period_bounds, row["published"], row["source"])


def main(argv):
    series = check_series(SERIES_FILE)
    paths = [Path(a) for a in argv[1:]] or sorted(HISTORY_DIR.glob("*.csv"))
    if not paths:
        report(display(HISTORY_DIR), 0, "no CSV files to check")
    for p in paths:
        check_csv(p, series)
    for message in problems:
        print(message, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
