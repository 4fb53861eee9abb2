#!/usr/bin/env python3
"""A folder of many news articles through `econ import article` end to end (issue 17).

usage: scripts/bench/articles.py [--articles N] [--runs N] [--out docs/articles-bench.md]

Builds N articles (default 10,000) from the labelled news corpus (Tests/EconKitTests/Corpus/articles,
the text after each file's header): article i is corpus text i mod 91, with a first line of its own
so that every article is a distinct document, and a sidecar giving its published date. Then, with
econ built in release mode, times importing the folder into a new store (extraction,
classification, store) and importing it again (everything unchanged), and reports MB/s of article
text and peak memory (/usr/bin/time -v).
"""
import argparse, glob, os, platform, re, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(__file__))
from run import ROOT, release_econ, rm, sh, timed  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "articles-bench.md"))
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="econ-articles-")
    folder = os.path.join(work, "news")
    os.makedirs(folder)
    corpus = []
    for path in sorted(glob.glob(os.path.join(ROOT, "Tests/EconKitTests/Corpus/articles/*.txt"))):
        raw = open(path, encoding="utf-8").read()
        header, text = raw.split("\n\n", 1)
        published = re.search(r"^# published: (.*)$", header, re.M).group(1)
        corpus.append((text, None if published == "unknown" else published))
    total = 0
    for i in range(args.articles):
        text, published = corpus[i % len(corpus)]
        body = f"Материал {i + 1} из ленты.\n{text}"
        name = os.path.join(folder, f"{i:05d}.txt")
        with open(name, "w", encoding="utf-8") as f:
            f.write(body)
        total += len(body.encode("utf-8"))
        if published:
            with open(name[:-4] + ".json", "w", encoding="utf-8") as f:
                f.write(f'{{"published": "{published}", "source": "bench"}}')
    mb = total / 1e6
    print(f"{args.articles:,} articles, {mb:.1f} MB of text in {folder}")
    econ = release_econ(work)
    db = os.path.join(work, "econ.sqlite")
    fresh = rm(db)

    imp = f"{econ} import article {folder} --db {db} > {work}/import.log"
    first, first_peak = timed(imp, fresh, args.runs)
    again, again_peak = timed(imp, None, args.runs)
    last = open(f"{work}/import.log", encoding="utf-8").read().strip().splitlines()[-1]
    print(f"first import: {first:.2f} s ({mb / first:.2f} MB/s), peak {first_peak:.0f} MB")
    print(f"again (all unchanged): {again:.2f} s ({again / first:.2f}x the first), peak {again_peak:.0f} MB")
    print(f"econ's summary of the last run: {last}")
    with open(args.out, "w") as f:
        f.write("# Importing a folder of articles\n\n")
        f.write(f"Made by `scripts/bench/articles.py`: {args.articles:,} articles ({mb:.1f} MB of Russian news text, the labelled "
                f"corpus repeated), `econ import article FOLDER` (release build) into an SQLite store, median of {args.runs} runs "
                f"on {os.cpu_count()} cores ({platform.machine()}).\n\n")
        f.write("| run | wall s | MB/s of text | peak MB |\n|---|---:|---:|---:|\n")
        f.write(f"| first import (new store) | {first:.2f} | {mb / first:.2f} | {first_peak:.0f} |\n")
        f.write(f"| again (everything unchanged) | {again:.2f} | {mb / again:.2f} | {again_peak:.0f} |\n\n")
        f.write(f"Re-importing took {again / first:.2f}× the first import. econ's summary: `{last}`\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
