#!/usr/bin/env python3
"""Real FRED clients against `econ serve`, checked against what `econ show` prints for the same store.

usage: fred-clients.py --econ BIN --db STORE --url http://127.0.0.1:PORT/fred --key KEY SERIES...

For each series it checks, with fredapi (https://github.com/mortada/fredapi) and full_fred:
  - get_series: the current figures, date by date, equal `econ show SERIES`;
  - get_series_info: id and title equal `econ series show SERIES`;
  - get_series_all_releases / get_series_as_of_date: on every publication day, and the day before,
    the latest release per date equals `econ show SERIES --as-of DAY`;
  - get_series_vintage_dates: exactly the days on which `econ show --as-of` changed;
  - search: a word of the title finds the series;
  - full_fred's get_series_df: the same current figures.
Prints one line per check and exits 1 on the first mismatch, 2 when a client is not installed.
"""
import argparse
import datetime as dt
import json
import math
import os
import subprocess
import sys

try:
    import fredapi
    import full_fred.fred
except ImportError as error:  # the caller skips the test with this note
    print(f"skip: {error}", file=sys.stderr)
    sys.exit(2)


def econ(args, *rest):
    out = subprocess.run([args.econ, *rest, "--db", args.db], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def period_start(period):
    """econ's period text -> the first day (FRED's observation date)."""
    text = period.split("/")[0]
    if len(text) == 4:
        return dt.date(int(text), 1, 1)
    if text[5] == "H":
        return dt.date(int(text[:4]), 1 if text[6] == "1" else 7, 1)
    if text[5] == "Q":
        return dt.date(int(text[:4]), 3 * int(text[6]) - 2, 1)
    if len(text) == 7:
        return dt.date(int(text[:4]), int(text[5:7]), 1)
    return dt.date.fromisoformat(text[:10])


def published_day(published):
    """A publication time -> the first day it covers (its vintage date)."""
    if len(published) == 4:
        return dt.date(int(published), 1, 1)
    if len(published) == 7:
        return dt.date(int(published[:4]), int(published[5:7]), 1)
    return dt.date.fromisoformat(published[:10])


def figures(rows):
    """econ show rows -> {date: value} (a range by its midpoint, as the FRED routes give it)."""
    out = {}
    for row in rows:
        value = row["value"]
        if value is None and row.get("low") is not None and row.get("high") is not None:
            value = (row["low"] + row["high"]) / 2
        out[period_start(row["period"])] = value
    return out


def same(a, b):
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)):
        return (a is None or math.isnan(a)) and (b is None or (isinstance(b, float) and math.isnan(b)))
    return math.isclose(float(a), float(b), rel_tol=1e-12)


def check(label, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + label + ("" if ok else f": {detail}"))
    if not ok:
        sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--econ", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--url", required=True, help="the server's FRED root, e.g. http://127.0.0.1:8080/fred")
    parser.add_argument("--key", required=True)
    parser.add_argument("series", nargs="+")
    args = parser.parse_args()

    fred = fredapi.Fred(api_key=args.key)
    fred.root_url = args.url
    os.environ["FRED_API_KEY"] = args.key
    ff = full_fred.fred.Fred()
    ff._FredBase__url_base = args.url.rstrip("/") + "/"  # full_fred has no setter for its base URL

    for code in args.series:
        current = figures(econ(args, "show", code, "--format", "json"))
        got = {d.date(): v for d, v in fred.get_series(code).items()}
        check(f"{code}: fredapi get_series", got.keys() == current.keys() and all(same(got[d], current[d]) for d in got),
              f"{got} != {current}")

        info = fred.get_series_info(code)
        meta = econ(args, "series", "show", code, "--format", "json")[0]
        title = meta["title_en"] or meta["title_ru"] or code
        check(f"{code}: fredapi get_series_info", info["id"] == code and info["title"] == title, dict(info))

        releases = fred.get_series_all_releases(code)
        revisions = econ(args, "show", code, "--revisions", "--format", "json")
        days = sorted({published_day(r["published"]) for r in revisions})
        probe = sorted(set(days) | {d - dt.timedelta(days=1) for d in days})
        for day in probe:
            as_of = fred.get_series_as_of_date(code, day.isoformat())
            latest = {}
            for _, row in as_of.sort_values("realtime_start").iterrows():
                latest[row["date"].date()] = row["value"]
            expected = figures(econ(args, "show", code, "--as-of", day.isoformat(), "--format", "json"))
            ok = latest.keys() == expected.keys() and all(same(latest[d], expected[d]) for d in latest)
            check(f"{code}: fredapi get_series_as_of_date {day}", ok, f"{latest} != {expected}")
        check(f"{code}: fredapi get_series_all_releases", len(releases) >= len(current), f"{len(releases)} rows")

        vintages = [d.date() for d in fred.get_series_vintage_dates(code)]
        # A vintage is a day on which a figure changed: its value, or its qualifier ("about" became "more than").
        def stated(day):
            rows = econ(args, "show", code, "--as-of", day.isoformat(), "--format", "json")
            return {(period_start(r["period"]), r["value"], r["qualifier"], r["low"], r["high"]) for r in rows}

        changed = [day for day in days if stated(day - dt.timedelta(days=1)) != stated(day)]
        check(f"{code}: fredapi get_series_vintage_dates", vintages == changed, f"{vintages} != {changed}")

        word = next((w for w in title.split() if len(w) > 4 and w.isalpha()), code)
        found = fred.search(word)
        check(f"{code}: fredapi search '{word}'", found is not None and code in found.index, "not found")

        frame = ff.get_series_df(code)
        got = {dt.date.fromisoformat(d): (None if v == "." else float(v)) for d, v in zip(frame["date"], frame["value"])}
        check(f"{code}: full_fred get_series_df", got.keys() == current.keys() and all(same(got[d], current[d]) for d in got),
              f"{got} != {current}")
        found = ff.search_for_series([code], search_type="series_id")
        check(f"{code}: full_fred search_for_series", any(s["id"] == code for s in found.get("seriess", [])), found)


if __name__ == "__main__":
    main()
