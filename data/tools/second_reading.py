#!/usr/bin/env python3
"""The second reading of every claim: join each claim of the dataset to what was seen on its page.

    python3 data/tools/second_reading.py --orrg PATH/TO/weapons.json          # write the rows
    python3 data/tools/second_reading.py --orrg PATH/TO/weapons.json --check  # compare only

Inputs: the dataset (data/dataset/*.json), the reading's notes of each page
(data/reading/pages.txt, see reading_pages.py) and, for the claims taken from the ORRG
compilation, the file itself (app/data/weapons/weapons.json at commit 85eaceb of the repository
vampireLibrarianMonk/ballistic_missile_insights; it is not kept in this repository).

Output: data/reading/second-reading.tsv, one row per claim, and the summary between the
`second-reading-summary` markers in docs/spot-checks.md. Exit status 1 when a claim's quote is not
in the words recorded for its page, when a claim has no reading, when the dataset's `reading` mark
disagrees with the reading, or (with --check) when the committed rows or summary are stale.

Claim ids are positional: `system/figure[index]` for a system's figure claims and
`events/event-id[index]` for an event's, in the order of the dataset files.
"""
import argparse
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reading_pages as rp  # noqa: E402

REPO = rp.REPO
DATA = os.path.join(REPO, "data", "dataset")
TSV = os.path.join(REPO, "data", "reading", "second-reading.tsv")
SPOT = os.path.join(REPO, "docs", "spot-checks.md")
COLUMNS = ["claim_id", "source", "page_found", "how_read", "quote_found", "value_on_page",
           "claimant_on_page", "date_on_page", "verdict", "note"]
START = "<!-- second-reading-summary:start -->"
END = "<!-- second-reading-summary:end -->"
VERDICT_ORDER = ["as recorded", "corrected", "page not seen"]


def claims():
    out = []
    for p in sorted(glob.glob(os.path.join(DATA, "systems-*.json"))):
        for s in json.load(open(p, encoding="utf-8"))["systems"]:
            for fig, f in s["figures"].items():
                for i, c in enumerate(f["claims"]):
                    out.append((f"{s['id']}/{fig}[{i}]", fig, c))
    for p in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        for e in json.load(open(p, encoding="utf-8")).get("events", []):
            for i, c in enumerate(e["claims"]):
                out.append((f"events/{e['id']}[{i}]", None, c))
    return out


def value_text(c):
    if "min" in c:
        v = f"{fmt(c['min'])}-{fmt(c['max'])}"
    elif "value" in c:
        v = fmt(c["value"])
    else:
        return "(the quote is the claim)"
    q = c.get("qualifier")
    return f"{v} ({q})" if q and q not in ("exact", "range") else v


def fmt(v):
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def orrg_entries(path):
    data = json.load(open(path, encoding="utf-8"))
    entries = {}
    for country in data["countries"].values():
        for s in country["systems"]:
            entries[s["name"]] = s
    return entries


def check_orrg(c, fig, entries):
    """Compare a claim's JSON fragment with the file's entry, and its value with the field."""
    try:
        frag = json.loads(c["quote"])
    except ValueError:
        return "no (the quote is not a JSON fragment)"
    entry = entries.get(frag.get("name"))
    if entry is None:
        return "no (no entry of that name in the file)"
    if entry != frag:
        return "with differences: the entry in the file is " + json.dumps(entry, ensure_ascii=False)
    field = "classification" if fig == "class" else "range_km"
    if fig not in ("class", "rangeKm"):
        return "no (a compiled record gives only range and class)"
    if c.get("value") != entry.get(field):
        return f"no (the file's {field} is {entry.get(field)!r})"
    rec = c.get("record") or {}
    if rec and (rec.get("entry") != entry["name"] or rec.get("field") != field or rec.get("value") != str(entry[field])):
        return "no (the claim's record does not name this entry, field and value)"
    return "yes (the entry in the file, field by field)"


def committed_rows():
    """The rows as committed, by claim id (for the ORRG comparison when the file is not at hand)."""
    if not os.path.exists(TSV):
        return {}
    with open(TSV, encoding="utf-8") as f:
        lines = f.read().splitlines()
    head = lines[0].split("\t")
    return {r["claim_id"]: r for r in (dict(zip(head, l.split("\t"))) for l in lines[1:])}


def build_rows(pages, entries):
    rows, problems = [], []
    before = committed_rows() if entries is None else {}
    for cid, fig, c in claims():
        src = c["source"]
        block = pages.get(src)
        if block is None:
            problems.append(f"{cid}: no reading of its source {src}")
            continue
        judged = block["claims"].get(cid, {})
        if not block["found"]:
            quote_found = "page not seen"
            default = "page not seen"
        elif block.get("orrg"):
            if entries is not None:
                quote_found = check_orrg(c, fig, entries)
            elif before.get(cid, {}).get("source") == src:
                # without the file, the comparison recorded when it was last run with --orrg
                quote_found = before[cid]["quote_found"]
            else:
                problems.append(f"{cid}: an ORRG claim not yet compared; run with --orrg PATH to compare it with the file")
                continue
            default = "as recorded"
        else:
            quote_found = rp.compare(c["quote"], rp.page_text(block))
            default = "as recorded"
        if block["found"] and not rp.found_verbatim(quote_found):
            problems.append(f"{cid}: quote {quote_found!r} on {src}: {c['quote']!r}")
        verdict = judged.get("verdict", default)
        kind = verdict_kind(verdict)
        expected_mark = "pageNotSeen" if kind == "page not seen" else "quoteOnPage"
        if c.get("reading") != expected_mark:
            problems.append(f"{cid}: the dataset marks it {c.get('reading')!r}, the reading says {expected_mark!r}")
        rows.append({
            "claim_id": cid,
            "source": src,
            "page_found": block.get("address", "") if block["found"] else "no",
            "how_read": block.get("how", ""),
            "quote_found": quote_found,
            "value_on_page": judged.get("value", "as recorded: " + value_text(c)) if block["found"] else "",
            "claimant_on_page": judged.get("claimant", "as recorded: " + c["claimant"]) if block["found"] else "",
            "date_on_page": judged.get("date", block.get("date", "")) if block["found"] else "",
            "verdict": verdict,
            "note": judged.get("quote", ""),
        })
    unused = {(sid, cid) for sid, b in pages.items() for cid in b["claims"]} - {(r["source"], r["claim_id"]) for r in rows}
    for sid, cid in sorted(unused):
        if not cid.endswith("-removed") and not pages[sid]["claims"][cid]["verdict"].startswith("page not seen"):
            problems.append(f"{sid}: a judgement on {cid}, which is not a claim of this source in the dataset")
    return rows, problems


def verdict_kind(verdict):
    for v in VERDICT_ORDER:
        if verdict.startswith(v):
            return v
    raise rp.ReadingError(f"unknown verdict {verdict!r}")


def tsv_text(rows):
    def cell(v):
        return v.replace("\t", " ").replace("\n", " ")
    lines = ["\t".join(COLUMNS)] + ["\t".join(cell(r[k]) for k in COLUMNS) for r in rows]
    return "\n".join(lines) + "\n"


def summary(rows):
    """The Markdown summary; SecondReadingCoversEveryClaimTest computes the same from the rows."""
    counts = {v: 0 for v in VERDICT_ORDER}
    quotes = {}
    for r in rows:
        counts[verdict_kind(r["verdict"])] += 1
        q = r["quote_found"].split(" (")[0].split(":")[0]
        quotes[q] = quotes.get(q, 0) + 1
    out = [START, "", f"Claims read: {len(rows)} (every claim of the dataset).", "",
           "| verdict | claims |", "| --- | --- |"]
    out += [f"| {v} | {counts[v]} |" for v in VERDICT_ORDER]
    out += ["", "| quote found on the page | claims |", "| --- | --- |"]
    out += [f"| {q} | {n} |" for q, n in sorted(quotes.items())]
    not_seen = [r["claim_id"] for r in rows if verdict_kind(r["verdict"]) == "page not seen"]
    out += ["", "Claims whose page was not seen: " + (", ".join(not_seen) if not_seen else "none") + ".", "", END]
    return "\n".join(out)


def with_summary(doc, block):
    if START in doc:
        head, rest = doc.split(START, 1)
        _, tail = rest.split(END, 1)
        return head + block + tail
    return doc.rstrip("\n") + "\n\n" + block + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", default=rp.DEFAULT_PAGES)
    ap.add_argument("--orrg", help="app/data/weapons/weapons.json at commit 85eaceb")
    ap.add_argument("--check", action="store_true", help="compare with the committed rows and summary")
    a = ap.parse_args()
    pages = rp.load(a.pages)
    entries = orrg_entries(a.orrg) if a.orrg else None
    rows, problems = build_rows(pages, entries)
    for p in problems:
        print("problem:", p, file=sys.stderr)
    text = tsv_text(rows)
    doc = open(SPOT, encoding="utf-8").read()
    new_doc = with_summary(doc, summary(rows))
    if a.check:
        stale = []
        if open(TSV, encoding="utf-8").read() != text:
            stale.append(TSV)
        if doc != new_doc:
            stale.append(SPOT)
        for s in stale:
            print("stale:", os.path.relpath(s, REPO), file=sys.stderr)
        problems += stale
    else:
        with open(TSV, "w", encoding="utf-8") as f:
            f.write(text)
        with open(SPOT, "w", encoding="utf-8") as f:
            f.write(new_doc)
    kinds = {v: sum(1 for r in rows if verdict_kind(r["verdict"]) == v) for v in VERDICT_ORDER}
    print(f"claims {len(rows)}: " + ", ".join(f"{v} {n}" for v, n in kinds.items()))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
