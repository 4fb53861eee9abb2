#!/usr/bin/env python3
"""econ against the real alternatives, side by side in one run (issue 9).

usage: scripts/bench/run.py [--series N] [--years N] [--runs N] [--out docs/benchmarks.md]

Generates the data deterministically (scripts/bench/generate.py: 20,000 series x 100 years =
2,000,000 observations, 50 MB), builds econ in release mode and the C loader, then measures:
import (econ, a C program with one prepared INSERT, the sqlite3 CLI's .import, sqlite-utils when
installed), re-import of the same file into the full store, export of everything (econ export vs
sqlite3 -csv SELECT * on econ's own observation table), year-over-year over every series (econ
trend --all --transform pc1 --format csv vs SQLite's LAG window query on the C program's table),
extraction speed (scripts/bench/extract.sh), and the wall time of small commands on a small store. Prints medians of several runs, peak
memory (/usr/bin/time -v) and econ's ratio to each reference, and writes a Markdown table.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, **kw)


def release_econ(work):
    """Builds econ in release mode (the log in WORK/build.log) and returns the binary's path."""
    sh(f"cd {ROOT} && swift build -c release --product econ > {work}/build.log 2>&1")
    return os.path.join(ROOT, ".build", "release", "econ")


def rm(*paths):
    """A set-up step that removes SQLite stores (with their -wal and -shm files), for timed()."""
    def f():
        for p in paths:
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(p + suffix):
                    os.remove(p + suffix)
    return f


def timed(cmd, setup=None, runs=3):
    """Median wall seconds, max peak RSS (MB) and median CPU seconds (user + system) of `cmd` over
    `runs` runs; `setup` runs before each."""
    walls, peaks, cpus = [], [], []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-v", "bash", "-c", cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        walls.append(time.perf_counter() - start)
        if p.returncode != 0:
            sys.exit(f"failed ({p.returncode}): {cmd}\n{p.stderr[-2000:]}")
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
        peaks.append(int(m.group(1)) / 1024 if m else float("nan"))
        user = re.search(r"User time \(seconds\): ([0-9.]+)", p.stderr)
        system = re.search(r"System time \(seconds\): ([0-9.]+)", p.stderr)
        cpus.append(float(user.group(1)) + float(system.group(1)) if user and system else float("nan"))
    timed.cpu = statistics.median(cpus)
    return statistics.median(walls), max(peaks)


timed.cpu = float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--series", type=int, default=20000)
    ap.add_argument("--years", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "benchmarks.md"))
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="econ-bench-")
    csv = os.path.join(work, "data.csv")
    rows = args.series * args.years
    print(f"generating {rows:,} observations in {csv}")
    sh(f"python3 {ROOT}/scripts/bench/generate.py {csv} {args.series} {args.years}")
    print("building econ (release) and the C loader")
    econ = release_econ(work)
    sh(f"cc -O2 -o {work}/load {ROOT}/scripts/bench/c/load.c -lsqlite3")
    sh(f"cc -O2 -o {work}/load_econ {ROOT}/scripts/bench/c/load_econ.c -lsqlite3")
    db = os.path.join(work, "econ.sqlite")
    cdb = os.path.join(work, "c.sqlite")
    clidb = os.path.join(work, "cli.sqlite")

    results = []

    def row(task, tool, wall, peak, ref=None):
        cpu = timed.cpu  # of the last timed run, which this row reports
        results.append((task, tool, wall, cpu, peak, ref))
        ratio = f"  ({wall / ref:.2f}x)" if ref else ""
        print(f"{task:<28} {tool:<48} {wall:8.2f} s {cpu:8.2f} cpu-s {peak:8.1f} MB{ratio}")

    r = args.runs
    c_wall, c_peak = timed(f"{work}/load {cdb} {csv}", rm(cdb), r)
    row("import", "C, one prepared INSERT (limit)", c_wall, c_peak)
    w, p = timed(f"sqlite3 {clidb} -cmd '.mode csv' -cmd '.import {csv} obs' '.quit'", rm(clidb), r)
    row("import", "sqlite3 CLI .import", w, p)
    if shutil.which("sqlite-utils"):
        w, p = timed(f"sqlite-utils insert {work}/su.sqlite obs {csv} --csv", rm(f"{work}/su.sqlite"), 1)
        row("import", "sqlite-utils CLI (1 run)", w, p)
    # An econ store with the series and no figures, for the C program on econ's schema.
    firsts = os.path.join(work, "series.csv")
    with open(csv) as src, open(firsts, "w") as dst:
        seen = set()
        for line in src:
            code = line.split(",", 1)[0]
            if code not in seen:
                seen.add(code)
                dst.write(line)
    template = os.path.join(work, "template.sqlite")
    sh(f"{econ} import csv {firsts} --db {template} --measure flow --unit USD --frequency annual --quiet")
    sh(f"sqlite3 {template} 'DELETE FROM observation; PRAGMA wal_checkpoint(TRUNCATE);' > /dev/null")
    edb = os.path.join(work, "c-econ.sqlite")

    def fresh_template():
        rm(edb)()
        shutil.copy(template, edb)

    ce_wall, ce_peak = timed(f"{work}/load_econ {edb} {csv}", fresh_template, r)
    row("import", "C, one prepared INSERT, econ's schema", ce_wall, ce_peak, c_wall)
    cb_wall, cb_peak = timed(f"{work}/load_econ {edb} {csv} 32", fresh_template, r)
    row("import", "C, 32 rows per INSERT, econ's schema", cb_wall, cb_peak, c_wall)
    imp = f"{econ} import csv {csv} --db {db} --measure flow --unit USD --frequency annual --quiet"
    e_wall, e_peak = timed(imp, rm(db), r)
    row("import", "econ import csv", e_wall, e_peak, c_wall)
    row("import", "econ import csv, against C on econ's schema", e_wall, e_peak, ce_wall)
    row("import", "econ import csv, against C batched on econ's schema", e_wall, e_peak, cb_wall)
    w, p = timed(f"{econ} import csv {csv} --db {db} --quiet", None, r)
    row("re-import (all unchanged)", "econ import csv", w, p, e_wall)

    s_wall, s_peak = timed(f"sqlite3 -csv {db} 'SELECT * FROM observation' > {work}/raw.csv", None, r)
    row("export all", "sqlite3 -csv SELECT * (econ's table)", s_wall, s_peak)
    w, export_peak = timed(f"{econ} export --db {db} > {work}/econ.csv", None, r)
    row("export all", "econ export (long)", w, export_peak, s_wall)

    lag = ("SELECT series, period, (value / LAG(value) OVER (PARTITION BY series ORDER BY period) - 1) * 100 "
           "FROM obs")
    l_wall, l_peak = timed(f"sqlite3 -csv {cdb} \"{lag}\" > {work}/lag.csv", None, r)
    row("year-over-year, all series", "SQLite LAG window query (C table)", l_wall, l_peak)
    w, trend_peak = timed(f"{econ} trend --all --transform pc1 --format csv --db {db} > {work}/pc1.csv", None, r)
    row("year-over-year, all series", "econ trend --all --transform pc1", w, trend_peak, l_wall)

    # Memory as the data grows: the same commands on a tenth of the rows.
    small_rows = rows // 10
    small_csv = os.path.join(work, "tenth.csv")
    sh(f"python3 {ROOT}/scripts/bench/generate.py {small_csv} {args.series // 10} {args.years}")
    tdb = os.path.join(work, "tenth.sqlite")
    _, ti = timed(f"{econ} import csv {small_csv} --db {tdb} --measure flow --unit USD --frequency annual --quiet", rm(tdb), 1)
    _, te = timed(f"{econ} export --db {tdb} > /dev/null", None, 1)
    _, tt = timed(f"{econ} trend --all --transform pc1 --format csv --db {tdb} > /dev/null", None, 1)
    growth = {"import csv": (ti, e_peak), "export": (te, export_peak), "trend --all --transform pc1": (tt, trend_peak)}
    for name, (little, big) in growth.items():
        print(f"{'memory growth':<28} {name:<48} {little:8.1f} MB at {small_rows:,} rows, {big:.1f} MB at {rows:,}")

    out = subprocess.run(["sh", f"{ROOT}/scripts/bench/extract.sh", "20"], capture_output=True, text=True, check=True).stdout
    m = re.search(r"best of 3: ([0-9.]+) s\s+→\s+([0-9.]+) MB/s", out)
    if m:
        print(f"{'extraction':<28} {'econ extractor, 20 MB of Russian news text':<44} {float(m.group(1)):8.2f} s   {float(m.group(2)):.1f} MB/s")
        results.append(("extraction (20 MB, one core)", f"EconExtract: {float(m.group(2)):.1f} MB/s (target 5)", float(m.group(1)),
                        float("nan"), float("nan"), None))

    small = os.path.join(work, "small.sqlite")
    sh(f"{econ} demo --data {ROOT}/data --out {work}/demo > /dev/null")
    shutil.copy(f"{work}/demo/econ.sqlite", small)
    w, p = timed(f"{econ} show ru_kz.trade_turnover --db {small}", None, max(r, 5))
    row("small command", "econ show (bundled data store)", w, p)
    w, p = timed(f"{econ} append ru_kz.investment.yearly 2019 1e9 --db {small}", None, max(r, 5))
    row("small command", "econ append (bundled data store)", w, p)

    with open(args.out, "w") as f:
        f.write("# Benchmarks\n\n")
        f.write(f"Made by `scripts/bench/run.py` ({rows:,} observations: {args.series:,} series x {args.years} years, "
                f"median of {r} runs, peak RSS from /usr/bin/time -v) on this project's 2-core machine, shared with other work, "
                "so expect noise of 10-20 %.\n\n")
        f.write("| task | tool | wall (s) | CPU (s) | peak memory (MB) | econ / reference (wall) |\n|---|---|---|---|---|---|\n")
        for task, tool, wall, cpu, peak, ref in results:
            f.write(f"| {task} | {tool} | {wall:.2f} | {cpu:.2f} | {peak:.1f} | {f'{wall / ref:.2f}x' if ref else ''} |\n")
        f.write("\nPeak memory of econ as the data grows (the same commands on a tenth of the rows):\n\n")
        f.write(f"| command | {small_rows:,} rows (MB) | {rows:,} rows (MB) |\n|---|---|---|\n")
        for name, (little, big) in growth.items():
            f.write(f"| {name} | {little:.1f} | {big:.1f} |\n")
    print(f"wrote {args.out}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
