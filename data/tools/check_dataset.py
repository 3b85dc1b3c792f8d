#!/usr/bin/env python3
"""Check data/dataset/*.json against dataset format v1 (docs/data-format.md) and the sourcing
rules (shared/docs/data-sourcing.md), as far as a script can. Not the project's validator: a
curator's safety net.

    python3 data/tools/check_dataset.py [--dataset data/dataset] [--tsv ../shared/sources/facts.tsv]

Exit status 1 and a list of problems when anything fails; a summary either way.
"""
import argparse
import datetime
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

TOP = {"schemaVersion", "dataset", "sources", "countries", "places", "systems", "events", "claimChecks"}
DATASET = ({"name", "version", "updated"}, {"name", "version", "updated"})
SOURCE = ({"id", "title", "publisher", "kind"},
          {"id", "title", "publisher", "authors", "published", "url", "accessed", "kind", "note"})
COUNTRY = ({"id", "name", "representativePoint"}, {"id", "name", "representativePoint", "names", "namesSource"})
PLACE = ({"id", "name", "country", "lat", "lon", "kind", "coordinateSource"},
         {"id", "name", "country", "lat", "lon", "kind", "coordinateSource", "names", "namesSource"})
SYSTEM = ({"id", "name", "country", "category", "basing", "figures"},
          {"id", "name", "aliases", "country", "category", "basing", "figures", "note"})
FIGURE_KEYS = {"value", "min", "max", "basis", "claims"}
CLAIM = ({"claimant", "claimantKind", "source", "quote"},
         {"value", "min", "max", "qualifier", "claimant", "claimantKind", "source", "quote",
          "quoteLanguage", "gloss", "record", "asOf", "reading", "note"})
READINGS = {"quoteOnPage", "pageNotSeen"}
RECORD_KEYS = {"file", "commit", "entry", "field", "value"}
EVENT = ({"id", "date", "title", "kind", "countries", "claims"},
         {"id", "date", "title", "kind", "countries", "systems", "claims"})

SOURCE_KINDS = {"government", "news", "analysis", "academic", "reference", "opinion", "other"}
CLAIMANT_KINDS = {"ownGovernment", "otherGovernment", "independentAnalysis", "media", "opinion"}
QUALIFIERS = {"exact", "approx", "atLeast", "upTo", "range"}
CATEGORIES = {"ballistic", "cruise", "hypersonicGlide"}
BASINGS = {"land", "sea", "submarine", "air"}
EVENT_KINDS = {"test", "sanction", "agreement", "statement", "other"}
PLACE_KINDS = {"capital", "city"}
FIGURES = {"rangeKm", "firstTest", "class", "status", "payloadKg"}
NUMERIC = {"rangeKm", "payloadKg"}

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def real_date(s):
    if not isinstance(s, str) or not DATE_RE.fullmatch(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        if len(parts) == 3:
            datetime.date(*parts)
        elif len(parts) == 2:
            datetime.date(parts[0], parts[1], 1)
    except ValueError:
        return False
    return 1000 <= parts[0] <= 2100


def keys(obj, spec, where):
    required, allowed = spec
    if not isinstance(obj, dict):
        bad(where, "not an object")
        return False
    for k in required - obj.keys():
        bad(where, f"missing key {k}")
    for k in obj.keys() - allowed:
        bad(where, f"unknown key {k}")
    return True


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def words(text):
    return len(text.split())


def check_claim(c, where, fig, source_ids, event=False):
    keys(c, CLAIM, where)
    has_v = "value" in c
    has_span = "min" in c or "max" in c
    if has_span and not ("min" in c and "max" in c):
        bad(where, "min without max or max without min")
    if has_v and has_span:
        bad(where, "both value and min/max")
    if not event and not has_v and not has_span:
        bad(where, "figure claim without value or min/max")
    if c.get("qualifier") is not None and c["qualifier"] not in QUALIFIERS:
        bad(where, f"qualifier {c['qualifier']}")
    if has_span and c.get("qualifier", "range") != "range":
        bad(where, "min/max with a qualifier other than range")
    if c.get("claimantKind") not in CLAIMANT_KINDS:
        bad(where, f"claimantKind {c.get('claimantKind')}")
    if not isinstance(c.get("claimant"), str) or not c.get("claimant", "").strip():
        bad(where, "empty claimant")
    if c.get("source") not in source_ids:
        bad(where, f"source {c.get('source')} does not exist")
    q = c.get("quote", "")
    if not isinstance(q, str) or not q.strip():
        bad(where, "empty quote")
    elif words(q) > 25:
        bad(where, f"quote has {words(q)} words")
    if "asOf" in c and not real_date(c.get("asOf")):  # optional: absent when the source gives no date
        bad(where, f"asOf {c.get('asOf')!r} is not a real ISO date")
    if "reading" in c and c["reading"] not in READINGS:
        bad(where, f"reading {c['reading']!r}")
    if c.get("claimantKind") in ("ownGovernment", "otherGovernment") and c.get("reading") != "quoteOnPage":
        bad(where, "an official's claim must carry a quote the second reading found on the page (reading: quoteOnPage)")
    if "record" in c:
        r = c["record"]
        if not isinstance(r, dict) or set(r) != RECORD_KEYS or not all(isinstance(v, str) and v.strip() for v in r.values()):
            bad(where, "record must have file, commit, entry, field and value, all non-empty strings")
    lang = c.get("quoteLanguage", "en")
    if lang != "en" and "gloss" not in c:
        bad(where, "non-English quote without gloss")
    if fig in NUMERIC:
        for k in ("value", "min", "max"):
            if k in c and not is_num(c[k]):
                bad(where, f"{k} is not a number")
        if has_span and is_num(c.get("min")) and is_num(c.get("max")) and c["min"] > c["max"]:
            bad(where, "min > max")
        if fig == "rangeKm":
            for k in ("value", "min", "max"):
                if is_num(c.get(k)) and not (0 < c[k] <= 20037.5):
                    bad(where, f"range {c[k]} outside (0, 20037.5]")
        if fig == "payloadKg":
            for k in ("value", "min", "max"):
                if is_num(c.get(k)) and not c[k] > 0:
                    bad(where, f"payload {c[k]} not positive")
    elif fig == "firstTest":
        if has_v and not real_date(c["value"]):
            bad(where, f"firstTest value {c['value']!r} is not an ISO date")
    elif fig in ("class", "status"):
        if has_v and (not isinstance(c["value"], str) or not c["value"].strip()):
            bad(where, f"{fig} value must be a non-empty string")


def span(claims):
    lo, hi = None, None
    for c in claims:
        for k in ("value", "min", "max"):
            v = c.get(k)
            if is_num(v):
                lo = v if lo is None else min(lo, v)
                hi = v if hi is None else max(hi, v)
    return lo, hi


def check_claim_checks(merged, places, countries, systems, sources):
    """Claim checks (format 2): statements found by quote, references to existing records."""
    events = {x["id"]: x for _, x in merged["events"]}
    for name, k in merged["claimChecks"]:
        w = f"{name}/claimCheck/{k.get('id')}"
        st = k.get("statement", {})
        if "event" in st:
            if not any(c["quote"] == st.get("quote") for c in events.get(st["event"], {}).get("claims", [])):
                bad(w, "statement quote is not a claim of its event")
        elif "system" in st:
            f = systems.get(st["system"], {}).get("figures", {}).get(st.get("figure"), {})
            if not any(c["quote"] == st.get("quote") for c in f.get("claims", [])):
                bad(w, "statement quote is not a claim of its figure")
        elif st.get("source") not in sources:
            bad(w, "statement source does not exist")
        for m in k.get("measurements", []):
            if "to" in m and m["to"] not in places:
                bad(w, f"place {m['to']} does not exist")
            if "territory" in m and m["territory"] not in countries:
                bad(w, f"country {m['territory']} does not exist")
            for r in ([m["range"]] if "range" in m else []) + m.get("ranges", []):
                if "system" in r and r["system"] not in systems:
                    bad(w, f"system {r['system']} does not exist")
                if "longestOf" in r and r["longestOf"] not in countries:
                    bad(w, f"country {r['longestOf']} does not exist")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", default=os.path.normpath(os.path.join(HERE, "..", "dataset")))
    ap.add_argument("--tsv", default=os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "sources", "facts.tsv")))
    ap.add_argument("--provenance", default=os.path.join(HERE, "provenance.json"))
    a = ap.parse_args()

    merged = {k: [] for k in TOP - {"schemaVersion", "dataset"}}
    dataset_blocks = 0
    files = sorted(glob.glob(os.path.join(a.dataset, "*.json")))
    if not files:
        bad(a.dataset, "no json files")
    for path in files:
        name = os.path.basename(path)
        if os.path.getsize(path) > 10 * 1024 * 1024:
            bad(name, "larger than 10 MB")
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except (ValueError, UnicodeDecodeError) as e:
            bad(name, f"not valid UTF-8 JSON: {e}")
            continue
        if doc.get("schemaVersion") not in (1, 2):
            bad(name, "schemaVersion is not 1 or 2")
        if "claimChecks" in doc and doc.get("schemaVersion") != 2:
            bad(name, "claimChecks need schemaVersion 2")
        for k in doc.keys() - TOP:
            bad(name, f"unknown top-level key {k}")
        if "dataset" in doc:
            dataset_blocks += 1
            keys(doc["dataset"], DATASET, f"{name}/dataset")
            if not real_date(doc["dataset"].get("updated")):
                bad(f"{name}/dataset", "updated is not a date")
        for k in merged:
            if k in doc:
                if not isinstance(doc[k], list):
                    bad(name, f"{k} is not an array")
                else:
                    merged[k].extend((name, x) for x in doc[k])
    if dataset_blocks > 1:
        bad("dataset", "more than one file has a dataset block")

    # ids unique, in one file or across files
    seen_ids = {}
    for coll, items in merged.items():
        for name, x in items:
            i = x.get("id") if isinstance(x, dict) else None
            if i is None:
                continue
            if i in seen_ids:
                bad(f"{name}/{coll}/{i}", f"id also used in {seen_ids[i]}")
            seen_ids[i] = f"{name}/{coll}"

    sources = {x["id"]: x for _, x in merged["sources"] if isinstance(x, dict) and "id" in x}
    places = {x["id"]: x for _, x in merged["places"] if isinstance(x, dict) and "id" in x}
    countries = {x["id"]: x for _, x in merged["countries"] if isinstance(x, dict) and "id" in x}
    systems = {x["id"]: x for _, x in merged["systems"] if isinstance(x, dict) and "id" in x}

    for name, s in merged["sources"]:
        w = f"{name}/source/{s.get('id')}"
        keys(s, SOURCE, w)
        if not ID_RE.fullmatch(str(s.get("id"))):
            bad(w, "id is not lower-case-kebab")
        if s.get("kind") not in SOURCE_KINDS:
            bad(w, f"kind {s.get('kind')}")
        if "url" in s and not re.match(r"^https?://", s["url"]):
            bad(w, "url is not http(s)")
        for k in ("published", "accessed"):
            if k in s and not real_date(s[k]):
                bad(w, f"{k} {s[k]!r} is not a real ISO date")
        if "authors" in s and (not isinstance(s["authors"], list) or not all(isinstance(n, str) for n in s["authors"])):
            bad(w, "authors must be an array of names")

    for name, c in merged["countries"]:
        w = f"{name}/country/{c.get('id')}"
        keys(c, COUNTRY, w)
        if not ISO3_RE.fullmatch(str(c.get("id"))):
            bad(w, "id is not ISO alpha-3")
        if c.get("representativePoint") not in places:
            bad(w, f"representativePoint {c.get('representativePoint')} is not a place")
        elif places[c["representativePoint"]].get("kind") != "capital":
            bad(w, "representativePoint is not a capital")

    for name, p in merged["places"]:
        w = f"{name}/place/{p.get('id')}"
        keys(p, PLACE, w)
        if not ID_RE.fullmatch(str(p.get("id"))):
            bad(w, "id is not lower-case-kebab")
        if not ISO3_RE.fullmatch(str(p.get("country"))):
            bad(w, "country is not ISO alpha-3")
        lat, lon = p.get("lat"), p.get("lon")
        if not (is_num(lat) and -90 <= lat <= 90 and is_num(lon) and -180 <= lon <= 180):
            bad(w, "lat/lon out of range")
        else:
            for v in (lat, lon):
                if abs(round(v, 2) - v) > 1e-9:
                    bad(w, f"{v} is not to 0.01 degree")
        if p.get("kind") not in PLACE_KINDS:
            bad(w, f"kind {p.get('kind')}")
        if not str(p.get("coordinateSource", "")).strip():
            bad(w, "no coordinateSource")

    n_fig_claims = 0
    for name, s in merged["systems"]:
        w = f"{name}/system/{s.get('id')}"
        keys(s, SYSTEM, w)
        if not ID_RE.fullmatch(str(s.get("id"))):
            bad(w, "id is not lower-case-kebab")
        if s.get("country") not in countries:
            bad(w, f"country {s.get('country')} is not a dataset country")
        if s.get("category") not in CATEGORIES:
            bad(w, f"category {s.get('category')}")
        if not isinstance(s.get("basing"), list) or not s["basing"] or any(x not in BASINGS for x in s["basing"]):
            bad(w, f"basing {s.get('basing')}")
        figs = s.get("figures", {})
        if not isinstance(figs, dict) or "rangeKm" not in figs:
            bad(w, "figures without rangeKm")
            continue
        for fk, f in figs.items():
            fw = f"{w}/{fk}"
            if fk not in FIGURES:
                bad(fw, "unknown figure")
                continue
            for k in f.keys() - FIGURE_KEYS:
                bad(fw, f"unknown key {k}")
            if not str(f.get("basis", "")).strip():
                bad(fw, "no basis")
            has_v, has_span = "value" in f, ("min" in f and "max" in f)
            if has_v == has_span:
                bad(fw, "headline needs value, or min and max")
            claims = f.get("claims", [])
            if not claims:
                bad(fw, "no claims")
            for i, c in enumerate(claims):
                check_claim(c, f"{fw}/claim[{i}]", fk, sources)
                n_fig_claims += 1
            if fk in NUMERIC:
                lo, hi = span(claims)
                for k in ("value", "min", "max"):
                    v = f.get(k)
                    if k in f and not is_num(v):
                        bad(fw, f"headline {k} is not a number")
                    elif is_num(v) and lo is not None and not (lo <= v <= hi):
                        bad(fw, f"headline {k} {v} outside claims' span [{lo}, {hi}]")
                if fk == "rangeKm":
                    for k in ("value", "min", "max"):
                        if is_num(f.get(k)) and not (0 < f[k] <= 20037.5):
                            bad(fw, f"headline {f[k]} outside (0, 20037.5]")
                if has_span and is_num(f.get("min")) and is_num(f.get("max")) and f["min"] > f["max"]:
                    bad(fw, "headline min > max")
            elif fk == "firstTest":
                if not real_date(f.get("value")):
                    bad(fw, "headline is not an ISO date")
            elif not isinstance(f.get("value"), str):
                bad(fw, "headline is not a string")

    n_ev_claims = 0
    for name, e in merged["events"]:
        w = f"{name}/event/{e.get('id')}"
        keys(e, EVENT, w)
        if not ID_RE.fullmatch(str(e.get("id"))):
            bad(w, "id is not lower-case-kebab")
        if not real_date(e.get("date")):
            bad(w, f"date {e.get('date')!r}")
        if e.get("kind") not in EVENT_KINDS:
            bad(w, f"kind {e.get('kind')}")
        if not e.get("countries") or any(not ISO3_RE.fullmatch(str(c)) for c in e.get("countries", [])):
            bad(w, "countries must be ISO alpha-3 codes")
        for sid in e.get("systems", []):
            if sid not in systems:
                bad(w, f"system {sid} does not exist")
        if not e.get("claims"):
            bad(w, "no claims")
        for i, c in enumerate(e.get("claims", [])):
            check_claim(c, f"{w}/claim[{i}]", None, sources, event=True)
            n_ev_claims += 1

    # every source is used
    used = set()
    for _, s in merged["systems"]:
        for f in s.get("figures", {}).values():
            used.update(c.get("source") for c in f.get("claims", []))
    for _, e in merged["events"]:
        used.update(c.get("source") for c in e.get("claims", []))
    used.update(k["statement"].get("source") for _, k in merged["claimChecks"] if "source" in k.get("statement", {}))
    check_claim_checks(merged, places, countries, systems, sources)
    for sid in sorted(set(sources) - used):
        bad(f"source/{sid}", "not cited by any claim")

    # quotes verbatim in what was seen (facts.tsv row or a page in seen_pages.py)
    n_verbatim = 0
    if os.path.exists(a.provenance) and os.path.exists(a.tsv):
        from build_lib import load_rows, verbatim_in
        from seen_pages import SEEN
        import reading_pages
        reading = reading_pages.load()
        rows = load_rows(a.tsv)
        with open(a.provenance, encoding="utf-8") as f:
            prov = json.load(f)["claims"]
        index = {}
        for p in prov:
            index.setdefault((p["source"], p["quote"]), []).append(p)
        all_claims = [c for _, s in merged["systems"] for f in s.get("figures", {}).values() for c in f.get("claims", [])]
        all_claims += [c for _, e in merged["events"] for c in e.get("claims", [])]
        all_claims += [k["statement"] for _, k in merged["claimChecks"] if "source" in k.get("statement", {})]
        for c in all_claims:
            ps = index.get((c.get("source"), c.get("quote")))
            if not ps:
                bad(f"claim in {c.get('source')}", f"no provenance for quote {c.get('quote')!r}")
                continue
            for p in ps:
                if "row" in p:
                    r = rows[p["row"]]
                    if r["check"] == "drop":
                        bad(f"row {p['row']}", "a dropped row is cited")
                    text = r["quote_or_excerpt_seen"]
                    if sources.get(c["source"], {}).get("url") not in (None, r["url"]):
                        bad(f"row {p['row']}", f"source {c['source']} has another url than the row")
                elif "reading" in p or p["seen"].startswith("reading:"):
                    # words the second reading copied from the source's page (data/reading/pages.txt)
                    sid = p.get("reading") or p["seen"][len("reading:"):]
                    if sid != c["source"] or sid not in reading:
                        bad(f"claim in {c.get('source')}", f"reading {sid} is not this source's page")
                        continue
                    text = reading_pages.page_text(reading[sid])
                else:
                    if p["seen"] not in SEEN:
                        bad(f"claim in {c.get('source')}", f"page {p['seen']} not in seen_pages.py")
                        continue
                    text = SEEN[p["seen"]]["text"]
                    if sources.get(c["source"], {}).get("url") != SEEN[p["seen"]].get("url"):
                        bad(f"seen {p['seen']}", f"source {c['source']} has another url than the page read")
                if not verbatim_in(c["quote"], text):
                    bad(f"claim in {c.get('source')}", f"quote not verbatim in {p}: {c['quote']!r}")
            if "[" in c.get("quote", "") or "]" in c.get("quote", ""):
                bad(f"claim in {c.get('source')}", "quote has a bracketed annotation")
            n_verbatim += 1
    else:
        bad("provenance", "provenance.json or facts.tsv not found; quotes not checked against what was seen")

    print(f"files {len(files)}; systems {len(systems)} (PAK {sum(1 for s in systems.values() if s.get('country') == 'PAK')}, "
          f"IND {sum(1 for s in systems.values() if s.get('country') == 'IND')}, "
          f"CHN {sum(1 for s in systems.values() if s.get('country') == 'CHN')}); "
          f"figure claims {n_fig_claims}; events {len(merged['events'])} (claims {n_ev_claims}); "
          f"sources {len(sources)}; countries {len(countries)}; places {len(places)}; "
          f"quotes checked verbatim {n_verbatim}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
