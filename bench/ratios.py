#!/usr/bin/env python3
"""Ratios between the benchmark's results: bench/ratios.py 1000000, or 1000000-cold for the runs without the
count cache (reads bench/data/results/N-*.md; the PostgreSQL figures are the same for both)."""
import re
import statistics
import sys

n = sys.argv[1]
size = n.split("-")[0]


def per_query(mode, section):
    text = open(f"bench/data/results/{size if mode == 'sql' else n}-{mode}.md").read()
    part = text.split(section + ", per query\n\n")[1].split("\n\n")[0]
    rows = re.findall(r"^\| `([^`]*)` \| (-?\d+) \| ([\d.]+) \| ([\d.]+) \|$", part, re.M)
    return {q: float(p50) for q, _, p50, _ in rows}


def overall(mode, name):
    text = open(f"bench/data/results/{n}-{mode}.md").read()
    m = re.search(r"^\| " + re.escape(name) + r" \| \d+ \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|", text, re.M)
    return tuple(float(x) for x in m.groups())


app = overall("http", "app over HTTP")
floor = overall("floor", "JobSearch in-process (floor)")
print(f"app / floor: p50 {app[0] / floor[0]:.2f}, p95 {app[1] / floor[1]:.2f}, p99 {app[2] / floor[2]:.2f}")
http = per_query("http", "app over HTTP")
for name in ("PostgreSQL ILIKE", "PostgreSQL full-text search"):
    try:
        sql = per_query("sql", name)
    except IndexError:
        continue
    ratios = sorted(sql[q] / http[q] for q in sql)
    print(f"{name} / app, per keyword query (p50 against p50), {len(ratios)} queries: "
          f"min {ratios[0]:.0f}, median {statistics.median(ratios):.0f}, max {ratios[-1]:.0f}")
