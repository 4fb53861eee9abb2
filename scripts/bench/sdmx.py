#!/usr/bin/env python3
"""A large SDMX-ML data message through `econ import sdmx`, against the Python `sdmx1` reader (issue 18).

usage: scripts/bench/sdmx.py [--mb 100] [--runs 3] [--out docs/sdmx-bench.md]

Writes a StructureSpecificData message of about --mb megabytes (monthly exchange-rate-like series,
240 observations each, with OBS_STATUS), builds econ in release mode, then times importing it into a
new SQLite store (`econ import sdmx`) and reading it with `sdmx.read_sdmx` (sdmx1, from pip; skipped
with a note when missing). Reports MB/s, peak memory (/usr/bin/time -v) and the ratio.
"""
import argparse, os, platform, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(__file__))
from run import ROOT, release_econ, rm, sh, timed  # noqa: E402

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific" xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns1="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=BENCH:DSD(1.0):ObsLevelDim:TIME_PERIOD">
<message:Header><message:ID>BENCH</message:ID><message:Test>false</message:Test><message:Prepared>2024-03-01T12:00:00</message:Prepared><message:Sender id="BENCH"/>
<message:Structure structureID="BENCH_DSD" namespace="urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=BENCH:DSD(1.0):ObsLevelDim:TIME_PERIOD" dimensionAtObservation="TIME_PERIOD"><common:Structure><Ref agencyID="BENCH" id="DSD" version="1.0"/></common:Structure></message:Structure></message:Header>
<message:DataSet ss:structureRef="BENCH_DSD" xsi:type="ns1:DataSetType" ss:dataScope="DataStructure" action="Replace">
"""
TAIL = "</message:DataSet></message:StructureSpecificData>\n"


def write(path, mb):
    size, n = 0, 0
    with open(path, "w") as f:
        f.write(HEAD)
        while size < mb * 1e6:
            lines = [f'<Series FREQ="M" CURRENCY="C{n:05d}" CURRENCY_DENOM="EUR" EXR_TYPE="SP00" EXR_SUFFIX="A" UNIT="C{n:05d}" UNIT_MULT="0" TITLE="Currency {n}/Euro">']
            for k in range(240):
                y, m = 2004 + k // 12, k % 12 + 1
                lines.append(f'<Obs TIME_PERIOD="{y}-{m:02d}" OBS_VALUE="{1 + (n * 7 + k) % 1000 / 997:.6f}" OBS_STATUS="A"/>')
            lines.append("</Series>\n")
            chunk = "\n".join(lines)
            f.write(chunk)
            size += len(chunk)
            n += 1
        f.write(TAIL)
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "sdmx-bench.md"))
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="econ-sdmx-")
    xml = os.path.join(work, "bench.xml")
    series = write(xml, args.mb)
    mb = os.path.getsize(xml) / 1e6
    print(f"{mb:.1f} MB, {series:,} series, {series * 240:,} observations in {xml}")
    econ = release_econ(work)
    db = os.path.join(work, "econ.sqlite")
    fresh = rm(db)

    wall, peak = timed(f"{econ} import sdmx {xml} --db {db}", fresh, args.runs)[:2]
    print(f"econ import sdmx: {wall:.2f} s ({mb / wall:.1f} MB/s), peak {peak:.0f} MB")
    rows = [("econ import sdmx (SQLite store)", wall, peak)]
    try:
        import sdmx  # noqa: F401

        reader = f"{sys.executable} -c \"import sdmx; m = sdmx.read_sdmx('{xml}'); print(sum(len(s) for s in m.data[0].series.values()))\""
        swall, speak = timed(reader, None, 1)[:2]
        print(f"sdmx1 read_sdmx: {swall:.2f} s ({mb / swall:.1f} MB/s), peak {speak:.0f} MB")
        rows.append(("sdmx1 `sdmx.read_sdmx` (read only)", swall, speak))
    except ImportError:
        print("sdmx1 is not installed (pip install sdmx1): compared with nothing")
    with open(args.out, "w") as f:
        f.write("# Importing a large SDMX-ML message\n\n")
        f.write(
            f"Made by `scripts/bench/sdmx.py`: a {mb:.0f} MB StructureSpecificData message ({series:,} monthly series, "
            f"{series * 240:,} observations with OBS_STATUS), release build, median of {args.runs} runs for econ "
            f"(1 for sdmx1) on {os.cpu_count()} cores ({platform.machine()}).\n\n"
        )
        f.write("| reader | wall s | MB/s | peak MB |\n|---|---:|---:|---:|\n")
        for name, w, p in rows:
            f.write(f"| {name} | {w:.2f} | {mb / w:.1f} | {p:.0f} |\n")
        if len(rows) == 2:
            f.write(f"\necon imports (parses, decides and stores) {rows[1][1] / rows[0][1]:.1f}× faster than sdmx1 only reads.\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
