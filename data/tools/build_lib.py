"""Helpers for build_dataset.py: read facts.tsv, check quotes against what was seen, and
assemble source, claim and figure records in the shape of dataset format v1.

Every quote is checked here to be a verbatim part of the excerpt it is taken from (a facts.tsv
row, or a page excerpt recorded in seen_pages.py), so a typo in the spec fails the build instead
of shipping a quote nobody saw.
"""
import csv
import json
import os
import re

import reading_pages

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TSV = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "sources", "facts.tsv"))

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_WORDS = 25
UNCHECKED_NOTE = "not yet re-checked against the page by a second reader"
LANG_TITLE = re.compile(r"\((Hindi|Urdu|Arabic|Malayalam|Tamil|Telugu|Gujarati|Marathi|Bengali|Italian|Portuguese|Ukrainian|Japanese|German)(?: web story)?\)$")


class BuildError(Exception):
    pass


def load_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    header, data = rows[0], rows[1:]
    out = {}
    for i, r in enumerate(data, 1):
        out[i] = dict(zip(header, r))
    return out


def words(text):
    return len(text.split())


def segments(quote):
    """A quote may be cut with '...'; each piece must be verbatim, in order."""
    return [s.strip() for s in quote.split("...") if s.strip()]


def verbatim_in(quote, excerpt):
    pos = 0
    for seg in segments(quote):
        j = excerpt.find(seg, pos)
        if j < 0:
            return False
        pos = j + len(seg)
    return True


ORRG_SOURCE = "orrg-weapons-json-nasic-2020"
ORRG_FILE = "app/data/weapons/weapons.json"
ORRG_COMMIT = "85eaceb333a4ad60d47eeb3f1b08c9abee48cccb"


def orrg_record(fragment, field):
    """The compiled record a claim from the ORRG file rests on: the file, its commit, the entry
    (by name), the field and its value, read from the claim's JSON fragment."""
    entry = json.loads(fragment)
    return {"file": ORRG_FILE, "commit": ORRG_COMMIT, "entry": entry["name"], "field": field,
            "value": str(entry[field])}


class Builder:
    def __init__(self, rows, seen, reading=None):
        self.rows = rows
        self.seen = dict(seen)    # key -> dict(title, publisher, published?, url?, text, ...)
        # the second reading (data/reading/pages.txt): every cited source has a block; the words it
        # records are "seen" too, under the key "reading:<source id>"
        self.reading = reading if reading is not None else reading_pages.load()
        for sid, block in self.reading.items():
            if block["found"]:
                self.seen["reading:" + sid] = {"text": reading_pages.page_text(block), "url": block.get("address"),
                                               "source": sid}
        self.sources = {}         # id -> record
        self.source_origin = {}   # id -> ("row", n) or ("seen", key)
        self.provenance = []      # list of dicts: where each claim's quote was checked
        self.used_rows = set()

    # ---------- sources ----------
    def source(self, sid, kind, row=None, seen=None, **over):
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", sid):
            raise BuildError(f"bad source id {sid}")
        if row is not None:
            r = self.rows[row]
            if r["check"] == "drop":
                raise BuildError(f"row {row} is marked drop; it must not be cited")
            rec = {"id": sid, "title": r["source_title"], "publisher": r["publisher"]}
            pub = r["published_date"].strip()
            if DATE_RE.fullmatch(pub):
                rec["published"] = pub
            if r["url"]:
                rec["url"] = r["url"]
            origin = ("row", row)
        elif seen is not None:
            s = self.seen[seen]
            rec = {"id": sid}
            for k in ("title", "publisher"):
                if s.get(k):
                    rec[k] = s[k]
            for k in ("authors", "published", "url"):
                if s.get(k):
                    rec[k] = s[k]
            origin = ("seen", seen)
        else:
            raise BuildError("a source needs a row or a seen page")
        rec["kind"] = kind
        m = LANG_TITLE.search(rec.get("title", ""))
        if m and row is not None:
            # facts.tsv marks a page's language after its title: "... (Hindi)"; not part of the title
            rec["title"] = rec["title"][:m.start()].rstrip()
            if "note" not in over:
                rec["note"] = f"page in {m.group(1)}; the title is the curators' English translation"
        for k, v in over.items():
            if v is None:
                rec.pop(k, None)
            else:
                rec[k] = v
        # key order as in data-format.md
        order = ["id", "title", "publisher", "authors", "published", "url", "accessed", "kind", "note"]
        rec = {k: rec[k] for k in order if k in rec}
        if sid in self.sources:
            if self.sources[sid] != rec:
                raise BuildError(f"source {sid} defined twice differently")
        self.sources[sid] = rec
        self.source_origin[sid] = origin
        return sid

    # ---------- claims ----------
    def claim(self, src, quote, claimant, kind, asOf, row=None, seen=None, value=None,
              lo=None, hi=None, q=None, note=None, lang=None, gloss=None, record=None):
        if src not in self.sources:
            raise BuildError(f"unknown source {src}")
        if row is None and seen is None:
            origin = self.source_origin[src]
            if origin[0] == "row":
                row = origin[1]
            else:
                seen = origin[1]
        if row is not None:
            r = self.rows[row]
            if r["check"] == "drop":
                raise BuildError(f"row {row} is marked drop; it must not be cited")
            excerpt = r["quote_or_excerpt_seen"]
            # a claim must cite the page its row was read in
            o = self.source_origin[src]
            if o[0] != "row" or self.rows[o[1]]["url"] != r["url"]:
                raise BuildError(f"row {row} cited with source {src} of another page")
            where = {"row": row}
            self.used_rows.add(row)
        else:
            excerpt = self.seen[seen]["text"]
            o = self.source_origin[src]
            src_url = self.rows[o[1]]["url"] if o[0] == "row" else self.seen[o[1]].get("url")
            if seen.startswith("reading:"):
                # the words the second reading recorded from this source's page (its address as
                # stored may carry feed parameters, so the source id is what must agree)
                if self.seen[seen]["source"] != src:
                    raise BuildError(f"reading of {seen} cited with source {src}")
            elif self.seen[seen].get("url") != src_url:
                raise BuildError(f"seen page {seen} cited with source {src} of another page")
            where = {"seen": seen}
        if not verbatim_in(quote, excerpt):
            # the second reading may have recorded the page's exact words (a dash, the original
            # language) where the first reading's excerpt paraphrased or normalised them
            again = self.seen.get("reading:" + src)
            if again is None or not verbatim_in(quote, again["text"]):
                raise BuildError(f"quote not verbatim in {where}: {quote!r}")
            where = {"reading": src}
        if "[" in quote or "]" in quote:
            raise BuildError(f"quote carries a bracketed annotation: {quote!r}")
        if words(quote) > MAX_WORDS:
            raise BuildError(f"quote has {words(quote)} words: {quote!r}")
        block = self.reading.get(src)
        if block is None:
            raise BuildError(f"source {src} has no block in the second reading (data/reading/pages.txt)")
        # every claim has now been read a second time (data/reading/second-reading.tsv), so the old
        # "not yet re-checked" note is dropped wherever a spec still passes it
        if note is not None:
            note = "; ".join(p for p in note.split("; ") if p != UNCHECKED_NOTE) or None
        if record is None and src == ORRG_SOURCE:
            record = orrg_record(quote, "classification" if isinstance(value, str) else "range_km")
        if asOf is not None and not DATE_RE.fullmatch(asOf):  # None: the source gives no date
            raise BuildError(f"bad asOf {asOf}")
        c = {}
        if value is not None:
            c["value"] = value
        if lo is not None:
            c["min"] = lo
            c["max"] = hi
        if q is not None:
            c["qualifier"] = q
        c["claimant"] = claimant
        c["claimantKind"] = kind
        c["source"] = src
        c["quote"] = quote
        if lang is not None:
            c["quoteLanguage"] = lang
        if gloss is not None:
            c["gloss"] = gloss
        if record is not None:
            c["record"] = record
        if asOf is not None:
            c["asOf"] = asOf
        c["reading"] = "quoteOnPage" if block["found"] else "pageNotSeen"
        if note is not None:
            c["note"] = note
        self.provenance.append(dict(where, quote=quote, source=src))
        return c


def figure(claims, basis, value=None, lo=None, hi=None):
    f = {}
    if value is not None:
        f["value"] = value
    else:
        f["min"] = lo
        f["max"] = hi
    f["basis"] = basis
    f["claims"] = claims
    return f
