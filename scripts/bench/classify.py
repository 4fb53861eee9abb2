#!/usr/bin/env python3
"""What classification costs `econ import article` (issue 15: at most 10 % more; the gazetteer loads
in under 20 ms).

    python3 scripts/bench/classify.py [--runs 7] [--econ PATH]

Builds econ in release mode (unless --econ is given), then times, as whole processes, interleaved
A B A B … and quoting medians:

1. `import article --dry-run` of every article of the labelled news corpus
   (Tests/EconKitTests/Corpus/articles), one process per article as a user runs it,
   A: with the bundled rules (gazetteer, families, context) and
   B: with a rules file that replaces them by nothing (every figure goes straight to review);
   A/B - 1 is what classification adds.
2. `econ rules --explain TEXT` on a text with no figure (loads the rules and the gazetteer, builds the
   classifier) against `econ extract -` on the same text (neither): the difference bounds the load.
3. `econ rules --areas` (loads the gazetteer alone) against `econ rules` (prints the rules file):
   the gazetteer's load, with printing a 268-row table on top.

Results are written to docs/classification-bench.md by hand.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Tests", "EconKitTests", "Corpus", "articles")


def published(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# published:"):
                value = line.split(":", 1)[1].strip()
                return None if value == "unknown" else value
            if not line.startswith("#"):
                break
    return None


def timed(commands, stdin=None):
    start = time.perf_counter()
    for command in commands:
        subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def pair(label, a, b, runs, stdin=None):
    timed(a, stdin), timed(b, stdin)  # warm-up
    ta, tb = [], []
    for _ in range(runs):
        ta.append(timed(a, stdin))
        tb.append(timed(b, stdin))
    ratios = [x / y for x, y in zip(ta, tb)]
    print(f"{label}: A median {statistics.median(ta)*1000:.1f} ms, B median {statistics.median(tb)*1000:.1f} ms, "
          f"A/B median {statistics.median(ratios):.3f} (min {min(ratios):.3f}, max {max(ratios):.3f}), "
          f"A-B median {statistics.median([x - y for x, y in zip(ta, tb)])*1000:.1f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--econ")
    args = parser.parse_args()
    econ = args.econ
    if not econ:
        subprocess.run(["swift", "build", "-c", "release", "--product", "econ"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                  capture_output=True, text=True).stdout.strip()
        econ = os.path.join(bin_path, "econ")
    work = tempfile.mkdtemp(prefix="econ-bench-classify-")
    db = os.path.join(work, "store.sqlite")
    empty_rules = os.path.join(work, "no-rules.json")
    with open(empty_rules, "w") as f:
        json.dump({"replace_default": True}, f)
    env_home = {"XDG_CONFIG_HOME": work}
    os.environ.update(env_home)
    articles = sorted(os.path.join(CORPUS, name) for name in os.listdir(CORPUS) if name.endswith(".txt"))
    size = sum(os.path.getsize(p) for p in articles)

    def imports(extra):
        out = []
        for path in articles:
            command = [econ, "import", "article", path, "--dry-run", "--db", db] + extra
            date = published(path)
            if date:
                command += ["--published", date]
            out.append(command)
        return out

    subprocess.run([econ, "series", "list", "--db", db], stdout=subprocess.DEVNULL, check=False)
    print(f"econ: {econ}\ncorpus: {len(articles)} articles, {size} bytes; {args.runs} runs of each, interleaved")
    pair("import article --dry-run, every article (A: bundled rules, B: no rules)",
         imports([]), imports(["--rules", empty_rules]), args.runs)
    text = "Текст без единой цифры.".encode()
    pair("load (A: rules --explain, rules + gazetteer + classifier; B: extract -)",
         [[econ, "rules", "--explain", text.decode()]] * 20, [[econ, "extract", "-"]] * 20, args.runs, stdin=text)
    pair("gazetteer (A: rules --areas, loads the gazetteer and prints its 268 areas; B: rules, prints the rules file)",
         [[econ, "rules", "--areas"]] * 20, [[econ, "rules"]] * 20, args.runs)
    print("(the last two pairs run each command 20 times per sample: divide A-B by 20 for one process)")


if __name__ == "__main__":
    sys.exit(main())
