#!/usr/bin/env python3
"""List the claims drawn for a spot check of the dataset, deterministically.

    python3 data/tools/spot_check.py [--seed 20261129] [--count 20]

The population is every claim of every system figure in data/dataset/systems-*.json, in a fixed
order (file name, then system, figure and claim as they appear). random.Random(seed).sample draws
an order over the whole population; the first N are printed, so drawing "the next picks" when a
page cannot be found just means reading further down the same list. Nothing is changed; the
checks themselves and their verdicts are recorded in docs/spot-checks.md.
"""
import argparse
import glob
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "dataset"))


def population():
    sources = {}
    for p in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        for s in json.load(open(p, encoding="utf-8")).get("sources", []):
            sources[s["id"]] = s
    out = []
    for p in sorted(glob.glob(os.path.join(DATA, "systems-*.json"))):
        for s in json.load(open(p, encoding="utf-8"))["systems"]:
            for fig, f in s["figures"].items():
                for i, c in enumerate(f["claims"]):
                    out.append((s["id"], fig, i, c, sources[c["source"]]))
    return out


def value(c):
    v = c.get("value", f"{c.get('min')}-{c.get('max')}")
    return f"{v} ({c['qualifier']})" if "qualifier" in c else str(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--count", type=int, default=20)
    a = ap.parse_args()
    pop = population()
    order = random.Random(a.seed).sample(range(len(pop)), len(pop))
    print(f"seed {a.seed}; {len(pop)} system-figure claims; first {a.count} picks\n")
    for n, k in enumerate(order[:a.count], 1):
        sid, fig, i, c, s = pop[k]
        print(f"{n}. {sid} {fig}[{i}] value={value(c)}")
        print(f"   claimant: {c['claimant']} ({c['claimantKind']}); asOf {c.get('asOf', 'undated')}")
        print(f"   source: {s['id']} | {s['title']} | {s['publisher']} | {s.get('published', '-')}")
        print(f"   url: {s.get('url', '-')}")
        print(f"   quote: {c['quote']}")
        if c.get("note"):
            print(f"   note: {c['note']}")
        print()


if __name__ == "__main__":
    main()
