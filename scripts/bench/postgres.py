#!/usr/bin/env python3
"""econ's PostgreSQL engine against psql's \\copy on the same server (issue 16).

usage: scripts/bench/postgres.py [--series N] [--years N] [--runs N] [--out docs/postgres-bench.md]

Generates the benchmark's long CSV (scripts/bench/generate.py: 20,000 series x 100 years =
2,000,000 observations), builds econ in release mode, starts a throwaway server
(scripts/postgres/test-server; or uses $ECON_BENCH_POSTGRES), then measures, each in a fresh schema:

- import: `psql -c "\\copy t FROM file CSV HEADER"` into a plain four-column table (the limit) and
  `econ import csv` into an econ store; then re-importing the same file (all unchanged);
- export: `psql -c "\\copy (SELECT code, period, value … FROM econ's tables) TO file CSV"` and
  `econ export` of every series.

Prints medians of several runs, peak memory (/usr/bin/time -v) and econ's ratio to psql, and writes
a Markdown table.
"""
import argparse, os, platform, subprocess, sys, tempfile, uuid

sys.path.insert(0, os.path.dirname(__file__))
from run import ROOT, release_econ, sh, timed  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--series", type=int, default=20000)
    ap.add_argument("--years", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "postgres-bench.md"))
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="econ-pgbench-")
    csv = os.path.join(work, "data.csv")
    rows = args.series * args.years
    print(f"generating {rows:,} observations in {csv}")
    sh(f"python3 {ROOT}/scripts/bench/generate.py {csv} {args.series} {args.years}")
    print("building econ (release)")
    econ = release_econ(work)

    server_dir = None
    uri = os.environ.get("ECON_BENCH_POSTGRES")
    if not uri:
        out = subprocess.run([f"{ROOT}/scripts/postgres/test-server", "start"], check=True, capture_output=True, text=True).stdout
        env = dict(line.replace("export ", "", 1).split("=", 1) for line in out.splitlines() if line.startswith("export "))
        uri, server_dir = env["ECON_TEST_POSTGRES"], env["ECON_TEST_PG_DIR"]
    try:
        version = subprocess.run(["psql", uri, "-Atc", "SHOW server_version"], check=True, capture_output=True, text=True).stdout.strip()
        results = []

        def row(task, tool, wall, peak, ref=None):
            cpu = timed.cpu
            results.append((task, tool, wall, cpu, peak, ref))
            ratio = f"  ({wall / ref:.2f}x)" if ref else ""
            print(f"{task:<28} {tool:<46} {wall:8.2f} s {cpu:8.2f} cpu-s {peak:8.1f} MB{ratio}")

        def schema_uri(name):
            return f"{uri}{'&' if '?' in uri else '?'}options=-csearch_path%3D{name}"

        def psql(sql):
            sh(f"psql '{uri}' -q -v ON_ERROR_STOP=1 -c \"{sql}\" > /dev/null")

        state = {}

        def fresh_plain():
            name = "plain_" + uuid.uuid4().hex[:8]
            psql(f"CREATE SCHEMA {name}; CREATE TABLE {name}.t (series text, period text, value double precision, qualifier text DEFAULT 'exact')")
            state["plain"] = name

        def fresh_store():
            state["store"] = "store_" + uuid.uuid4().hex[:8]

        r = args.runs
        p_wall, p_peak = timed(
            "psql \"$PLAIN\" -q -c \"\\\\copy t (series, period, value) FROM '" + csv + "' CSV HEADER\"",
            lambda: (fresh_plain(), os.environ.__setitem__("PLAIN", schema_uri(state["plain"]))), r)
        row("import", "psql \\copy into a plain 4-column table", p_wall, p_peak)
        imp = f"{econ} import csv {csv} --db \"$STORE\" --measure flow --unit USD --frequency annual --quiet"
        e_wall, e_peak = timed(imp, lambda: (fresh_store(), os.environ.__setitem__("STORE", schema_uri(state["store"]))), r)
        row("import", "econ import csv", e_wall, e_peak, p_wall)
        w, p = timed(f"{econ} import csv {csv} --db \"$STORE\" --quiet", None, r)
        row("re-import (all unchanged)", "econ import csv", w, p, e_wall)

        # What econ's schema costs by itself: the same rows (dumped from the store econ filled) sent
        # by psql's \copy into econ's observation table, with its primary key and the statement-level
        # reference checks, and with the primary key only.
        tsv = f"{work}/observation.tsv"
        columns = "series_id, period, published, recorded_at, value, qualifier, low, high, retracted, source, note"
        sh(f"psql \"$STORE\" -q -c \"\\copy (SELECT {columns} FROM observation) TO '{tsv}'\"")
        twin = "twin_" + uuid.uuid4().hex[:8]
        os.environ["TWIN"] = schema_uri(twin)
        sh(f"{econ} series add twin.tmp --measure flow --unit USD --frequency annual --db \"$TWIN\" > /dev/null")
        psql(f"DELETE FROM {twin}.series; INSERT INTO {twin}.series SELECT * FROM {state['store']}.series")
        load = f"psql \"$TWIN\" -q -c \"\\copy observation ({columns}) FROM '{tsv}'\""
        w, p = timed(load, lambda: sh("psql \"$TWIN\" -q -c 'TRUNCATE observation'"), r)
        row("import", "psql \\copy into econ's table (key + reference checks)", w, p, p_wall)
        sh("psql \"$TWIN\" -q -c 'ALTER TABLE observation DISABLE TRIGGER observation_inserted_references'")
        w, p = timed(load, lambda: sh("psql \"$TWIN\" -q -c 'TRUNCATE observation'"), r)
        row("import", "psql \\copy into econ's table (key only)", w, p, p_wall)

        select = ("SELECT s.code, o.period, o.value, s.unit, o.qualifier, o.low, o.high, o.note, o.source, o.published, o.recorded_at "
                  "FROM observation o JOIN series s ON s.id = o.series_id ORDER BY s.code, o.period, o.published, o.recorded_at")
        s_wall, s_peak = timed(f"psql \"$STORE\" -q -c \"\\\\copy ({select}) TO '{work}/psql.csv' CSV HEADER\"", None, r)
        row("export all", "psql \\copy (SELECT … JOIN …) TO file", s_wall, s_peak)
        w, p = timed(f"{econ} export --db \"$STORE\" > {work}/econ.csv", None, r)
        row("export all", "econ export (long)", w, p, s_wall)
        lines = int(subprocess.run(["wc", "-l", f"{work}/econ.csv"], capture_output=True, text=True).stdout.split()[0])
        print(f"econ export wrote {lines - 1:,} rows")

        cpu = platform.processor() or platform.machine()
        with open(args.out, "w") as f:
            f.write("# PostgreSQL engine benchmark\n\n")
            f.write(f"Made by `scripts/bench/postgres.py` ({rows:,} observations: {args.series:,} series x {args.years} years, "
                    f"median of {args.runs} runs) on {os.cpu_count()} cores ({cpu}), PostgreSQL {version} on the same machine "
                    "(a throwaway cluster, fsync off), econ built in release mode. Wall and CPU seconds (user + system), "
                    "peak resident memory of the timed client (psql's, not the server's); ratio = wall time over the row's reference: "
                    "psql's \\copy into a plain table for import rows, econ's first import for the re-import, psql's export for export rows.\n\n")
            f.write("| task | tool | wall s | cpu s | peak MB | ratio |\n|---|---|---:|---:|---:|---:|\n")
            for task, tool, wall, cpu_s, peak, ref in results:
                f.write(f"| {task} | {tool} | {wall:.2f} | {cpu_s:.2f} | {peak:.0f} | {f'{wall / ref:.2f}x' if ref else ''} |\n")
        print(f"wrote {args.out}")
    finally:
        if server_dir:
            subprocess.run([f"{ROOT}/scripts/postgres/test-server", "stop", server_dir])


if __name__ == "__main__":
    main()
