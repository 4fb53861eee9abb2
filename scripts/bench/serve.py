#!/usr/bin/env python3
"""`econ serve` under load, against datasette serving the same SQLite file (issue 19).

usage: scripts/bench/serve.py [--series N] [--seconds S] [--connections C] [--postgres URI] [--out docs/serve-bench.md]

Builds econ in release mode, makes a store of N monthly series of 100 observations each (bench.s0000 …),
then runs wrk (apt-get install wrk) with C connections for S seconds against:
  - econ: /fred/series/observations?series_id=bench.s0042&file_type=json&api_key=KEY (100 observations, JSON);
  - econ: /series/bench.s0042 (the web page: chart, tables, revisions);
  - datasette (pip install datasette) on the same file: the same 100 observations as JSON by a SQL
    query joining series and observation, and its HTML table page filtered to the same rows;
and, with --postgres, econ over a PostgreSQL copy of the store (econ copy). Records requests per
second, p50/p99 latency and econ's memory (RSS before and after, and its peak) in a Markdown table.
"""
import argparse, os, re, shutil, signal, socket, subprocess, sys, tempfile, time, urllib.parse, urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ECON = os.path.join(ROOT, ".build", "release", "econ")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except Exception:
            time.sleep(0.2)
    sys.exit(f"no answer from {url}")


def wrk(url, seconds, connections):
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1))

    def latency(p):
        m = re.search(rf"\s{p}%\s+([0-9.]+)(us|ms|s)", out)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p50": latency(50), "p99": latency(99), "non2xx": int(errors.group(1)) if errors else 0,
            "socket": socket_errors.group(1) if socket_errors else ""}


def rss(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def serve_econ(db, port):
    process = subprocess.Popen([ECON, "serve", "--db", db, "--listen", f"127.0.0.1:{port}", "--quiet"], stderr=subprocess.DEVNULL)
    wait_for(f"http://127.0.0.1:{port}/healthz")
    return process


def measure(label, url, seconds, connections, pid=None):
    urllib.request.urlopen(url).read()  # warm
    before = rss(pid) if pid else None
    result = wrk(url, seconds, connections)
    result["label"] = label
    if pid:
        result["rss"] = f"{before:.0f} → {rss(pid):.0f} MB (peak {rss(pid, 'VmHWM'):.0f})"
    else:
        result["rss"] = ""
    print(f"{label}: {result['rps']:.0f} req/s, p50 {result['p50']:.2f} ms, p99 {result['p99']:.2f} ms, non-2xx {result['non2xx']} {result['socket']} {result['rss']}", flush=True)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--series", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--postgres", help="a PostgreSQL URI to copy the store to and serve from")
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "serve-bench.md"))
    args = parser.parse_args()
    for tool in ("wrk", "datasette"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed (wrk: apt-get install wrk; datasette: pip install datasette)")
    if not os.environ.get("ECON_BENCH_SKIP_BUILD"):
        subprocess.run(["swift", "build", "-c", "release", "--product", "econ"], cwd=ROOT, check=True)

    work = tempfile.mkdtemp(prefix="econ-serve-bench-")
    db = os.path.join(work, "bench.sqlite")
    csv = os.path.join(work, "bench.csv")
    with open(csv, "w") as f:
        f.write("series,period,value\n")
        for s in range(args.series):
            for m in range(100):
                year, month = 2017 + m // 12, m % 12 + 1
                f.write(f"bench.s{s:04d},{year}-{month:02d},{1000 + s + m * 1.5}\n")
    subprocess.run([ECON, "import", "csv", csv, "--db", db, "--measure", "flow", "--unit", "USD", "--frequency", "monthly", "--published", "2025-01-15", "--quiet"], check=True)
    key = subprocess.run([ECON, "keys", "add", "bench", "--db", db], capture_output=True, text=True, check=True).stdout.strip()
    code = "bench.s0042"
    fred = f"/fred/series/observations?series_id={code}&file_type=json&api_key={key}"
    page = f"/series/{code}?api_key={key}"
    results = []

    port = free_port()
    econ = serve_econ(db, port)
    check = urllib.request.urlopen(f"http://127.0.0.1:{port}{fred}").read().decode()
    assert check.count('"date"') == 100, check[:300]
    results.append(measure("econ, SQLite: FRED series/observations (JSON, 100 obs)", f"http://127.0.0.1:{port}{fred}", args.seconds, args.connections, econ.pid))
    results.append(measure("econ, SQLite: web page /series/{code}", f"http://127.0.0.1:{port}{page}", args.seconds, args.connections, econ.pid))
    econ.send_signal(signal.SIGTERM)
    econ.wait(timeout=30)

    port = free_port()
    datasette = subprocess.Popen(["datasette", "serve", db, "--port", str(port), "--setting", "sql_time_limit_ms", "10000"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(f"http://127.0.0.1:{port}/")
    sql = ("select o.period, o.value, o.qualifier, o.published from observation o join series s on s.id = o.series_id "
           "where s.code = :code order by o.period")
    ds_json = f"http://127.0.0.1:{port}/bench.json?" + urllib.parse.urlencode({"sql": sql, "code": code, "_shape": "array"})
    rows = urllib.request.urlopen(ds_json).read().decode()
    assert rows.count('"period"') == 100, rows[:300]
    series_id = int(subprocess.run(["sqlite3", db, f"select id from series where code = '{code}'"], capture_output=True, text=True).stdout)
    ds_page = f"http://127.0.0.1:{port}/bench/observation?series_id={series_id}&_size=100"
    results.append(measure("datasette: the same 100 observations (SQL, JSON)", ds_json, args.seconds, args.connections, datasette.pid))
    results.append(measure("datasette: table page filtered to the series (HTML)", ds_page, args.seconds, args.connections, datasette.pid))
    datasette.terminate()
    datasette.wait(timeout=30)

    if args.postgres:
        subprocess.run([ECON, "copy", db, args.postgres], check=True, stdout=subprocess.DEVNULL)
        # Keys are not copied between stores: make one in the PostgreSQL store.
        pg_key = subprocess.run([ECON, "keys", "add", "bench", "--db", args.postgres], capture_output=True, text=True, check=True).stdout.strip()
        fred = fred.replace(key, pg_key)
        page = page.replace(key, pg_key)
        port = free_port()
        econ = serve_econ(args.postgres, port)
        results.append(measure("econ, PostgreSQL: FRED series/observations (JSON, 100 obs)", f"http://127.0.0.1:{port}{fred}", args.seconds, args.connections, econ.pid))
        results.append(measure("econ, PostgreSQL: web page /series/{code}", f"http://127.0.0.1:{port}{page}", args.seconds, args.connections, econ.pid))
        econ.send_signal(signal.SIGTERM)
        econ.wait(timeout=30)

    lines = [
        f"| what | req/s | p50 ms | p99 ms | non-2xx | memory (RSS) |",
        "|---|---|---|---|---|---|",
    ] + [f"| {r['label']} | {r['rps']:.0f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['non2xx']} | {r['rss']} |" for r in results]
    ratio_json = results[0]["rps"] / results[2]["rps"]
    ratio_page = results[1]["rps"] / results[3]["rps"]
    summary = f"econ / datasette: {ratio_json:.1f}× on the JSON observations, {ratio_page:.1f}× on the page."
    print("\n".join(lines) + "\n\n" + summary)
    if args.out:
        with open(args.out, "a") as f:
            f.write(f"\n## Run of {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: {args.series} series × 100 observations, "
                    f"wrk -t2 -c{args.connections} -d{args.seconds}s, {os.cpu_count()} cores\n\n")
            f.write("\n".join(lines) + "\n\n" + summary + "\n")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
