#!/usr/bin/env python3
"""Reads a workbook econ wrote with openpyxl, as a spreadsheet user's script would, and prints what
it finds: the sheet names, whether the header is bold and frozen, the number of charts, then one
line per observation — series, period, value (as a number), published (a date cell as YYYY-MM-DD).

usage: scripts/xlsx/read.py FILE.xlsx      (exit 3 when openpyxl is not installed: pip install openpyxl)
"""
import datetime, sys

try:
    import openpyxl
except ImportError:
    sys.exit(3)


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    sheet = book["Observations"]
    print("sheets", ",".join(book.sheetnames))
    print("header", "bold" if sheet["A1"].font.b else "plain", "frozen" if sheet.freeze_panes == "A2" else "not-frozen")
    print("charts", len(book["Charts"]._charts) if "Charts" in book.sheetnames else 0)
    for row in sheet.iter_rows(min_row=2, values_only=True):
        series, _title, period, value, *_rest, published = row
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            value = "not-a-number" if value is not None else ""
        if isinstance(published, datetime.datetime):
            published = published.date().isoformat()
        print(f"{series}\t{period}\t{value}\t{published}")


if __name__ == "__main__":
    main()
