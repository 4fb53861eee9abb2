#!/usr/bin/env python3
"""Writes the benchmark's long CSV deterministically.

Recipe: SERIES series named bench.s00000 … , each with YEARS annual values for the years
1925 … 1925+YEARS-1; value = round(1000 + 997 * ((i * 7919 + y * 104729) % 10007) / 10007, 1)
for series i and year offset y. Rows are sorted by series, then year (how statistical releases
come), header `series,period,value`. Same arguments, same bytes.

usage: generate.py OUT.csv [SERIES] [YEARS]     (default 20000 series x 100 years = 2,000,000 rows)
"""
import sys

out = sys.argv[1]
series = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
years = int(sys.argv[3]) if len(sys.argv) > 3 else 100
with open(out, "w", newline="\n") as f:
    f.write("series,period,value\n")
    for i in range(series):
        code = f"bench.s{i:05d}"
        lines = []
        for y in range(years):
            v = 1000 + 997 * ((i * 7919 + y * 104729) % 10007) / 10007
            lines.append(f"{code},{1925 + y},{v:.1f}\n")
        f.write("".join(lines))
