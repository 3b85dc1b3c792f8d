"""Read data/reading/pages.txt: what the second reading saw on each cited page.

The file has one block per source id:

    == source-id
    address: the page's address as the stored copy has it
    how: how the page was found and read
    date: the date the page gives (or why it gives none)
    found: no                      (only when the page was not found; the default is yes)
    file: path/relative/to/repo    (a page kept as a file in the project instead of a web copy)
    orrg: yes                      (the ORRG compilation: checked against the file itself)
    text: words copied verbatim from the stored copy (one or more lines)
    claim: claim-id | key: words | key: words | verdict: ...

A `claim:` line records a judgement about one claim: `claimant:`, `value:`, `quote:` or `date:`
say what the page gives where it differs from what was recorded, and `verdict:` is one of
`as recorded`, `corrected` (the dataset was changed to what the page says), `page not seen`
(possibly followed by words after a semicolon, e.g. what replaced the claim).
Lines starting with `#` and blank lines are ignored.
"""
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_PAGES = os.path.join(REPO, "data", "reading", "pages.txt")

VERDICTS = ("as recorded", "corrected", "page not seen")
CLAIM_KEYS = ("claimant", "value", "quote", "date", "verdict")


class ReadingError(Exception):
    pass


def load(path=DEFAULT_PAGES):
    """Source id -> block dict (address, how, date, found, file, orrg, text list, claims dict)."""
    pages = {}
    cur = None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("== "):
                sid = line[3:].strip()
                if sid in pages:
                    raise ReadingError(f"{path}:{n}: source {sid} has a second block")
                cur = pages[sid] = {"source": sid, "found": True, "text": [], "claims": {}, "line": n}
                continue
            if cur is None:
                raise ReadingError(f"{path}:{n}: a line before the first '== source-id'")
            key, sep, rest = line.partition(": ")
            if not sep:
                raise ReadingError(f"{path}:{n}: expected 'key: value', got {line!r}")
            if key == "text":
                cur["text"].append(rest)
            elif key == "claim":
                cid, judgement = parse_claim(rest, f"{path}:{n}")
                if cid in cur["claims"]:
                    raise ReadingError(f"{path}:{n}: claim {cid} judged twice")
                cur["claims"][cid] = judgement
            elif key == "found":
                if rest not in ("yes", "no"):
                    raise ReadingError(f"{path}:{n}: found must be yes or no")
                cur["found"] = rest == "yes"
            elif key in ("address", "how", "date", "file", "orrg"):
                cur[key] = rest
            else:
                raise ReadingError(f"{path}:{n}: unknown key {key!r}")
    return pages


def parse_claim(rest, where):
    parts = [p.strip() for p in rest.split(" | ")]
    cid, judgement = parts[0], {}
    for p in parts[1:]:
        k, sep, v = p.partition(": ")
        if not sep or k not in CLAIM_KEYS:
            raise ReadingError(f"{where}: bad claim part {p!r}")
        judgement[k] = v
    verdict = judgement.get("verdict", "")
    if not any(verdict.startswith(v) for v in VERDICTS):
        raise ReadingError(f"{where}: claim {cid} needs a verdict starting with one of {VERDICTS}")
    return cid, judgement


def page_text(block):
    """All words seen on the page, as one string (lines joined by newlines)."""
    if block.get("file"):
        with open(os.path.join(REPO, block["file"]), encoding="utf-8") as f:
            return f.read()
    return "\n".join(block["text"])


# ---------------------------------------------------------------- comparing quotes with pages
QUOTE_MARKS = dict.fromkeys(map(ord, "\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019'`"), None)
DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2011": "-", "\u2010": "-"})


def _space(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def _segments(quote):
    return [s.strip() for s in quote.split("...") if s.strip()]


def _in_order(segments, text):
    pos = 0
    for seg in segments:
        j = text.find(seg, pos)
        if j < 0:
            return False
        pos = j + len(seg)
    return True


def compare(quote, text):
    """How a claim's quote stands against the words seen: 'yes', 'yes, apart from quotation marks
    and apostrophes', 'with differences: dashes', or 'no'. A quote may be cut with '...'."""
    segs = _segments(_space(quote))
    t = _space(text)
    if _in_order(segs, t):
        return "yes"
    if _in_order([s.translate(QUOTE_MARKS) for s in segs], t.translate(QUOTE_MARKS)):
        return "yes, apart from quotation marks and apostrophes"
    if _in_order([s.translate(QUOTE_MARKS).translate(DASHES) for s in segs],
                 t.translate(QUOTE_MARKS).translate(DASHES)):
        return "with differences: dashes"
    if _in_order([s.translate(QUOTE_MARKS).translate(DASHES).lower() for s in segs],
                 t.translate(QUOTE_MARKS).translate(DASHES).lower()):
        return "with differences: letter case"
    return "no"


def found_verbatim(result):
    return result.startswith("yes")
