"""Claim checks (dataset format version 2): each statement of reach in the dataset, beside the
measurements that test it. The app computes the numbers; this file only says what to measure.

A statement refers to a claim already in the dataset (an event's or a system figure's), found by
its quote, which this script checks is there; or it is a claim of the check's own, checked
verbatim against what was seen like every other claim. No verdict is written anywhere: the
reader draws the conclusion.

Measurement kinds: distance (launch point of the range's country to a place, beside a range),
territoryShare (share of a country's territory within the range), placesInRange (capitals or all
places within the range, optionally of one country), rangeComparison (two or more ranges).
A range is {"system": id} or {"longestOf": country}, with "use": headline, lowestClaim or
highestClaim.
"""
from build_lib import BuildError, verbatim_in, words


def system_range(sid, use):
    return {"system": sid, "use": use}


def longest_of(country, use):
    return {"longestOf": country, "use": use}


def event_claim(events, eid, quote):
    ev = {e["id"]: e for e in events}.get(eid)
    if ev is None or not any(c["quote"] == quote for c in ev["claims"]):
        raise BuildError(f"claim check: no claim of event {eid} quotes {quote!r}")
    return {"event": eid, "quote": quote}


def figure_claim(systems, sid, figure, quote):
    s = {x["id"]: x for x in systems}.get(sid)
    if s is None or figure not in s["figures"] or not any(c["quote"] == quote for c in s["figures"][figure]["claims"]):
        raise BuildError(f"claim check: no {figure} claim of {sid} quotes {quote!r}")
    return {"system": sid, "figure": figure, "quote": quote}


def check(cid, statement, measurements, note=None):
    c = {"id": cid, "statement": statement, "measurements": measurements}
    if note:
        c["note"] = note
    return c


def build(b, systems, events, opinion_text):
    from spec_sources import opinion_nawaz
    from spec_events import OPINION_NOTE
    out = []
    washington_from_pakistan = {"kind": "distance", "to": "washington", "range": longest_of("PAK", "highestClaim")}

    # --- the U.S. official's statement (Jon Finer, 19 December 2024, as reported by Reuters)
    out.append(check("finer-beyond-south-asia", event_claim(
        events, "finer-remarks-2024-12-19",
        "If those trends continue, Finer said, Pakistan will have the capability to strike targets well beyond South Asia, including in the United States."),
        [washington_from_pakistan,
         {"kind": "placesInRange", "range": longest_of("PAK", "highestClaim"), "places": "capitals"}],
        note="the statement speaks of a capability if trends continue; the measurements use the ranges claimed so far"))

    # --- Pakistan's Foreign Office reply to it
    out.append(check("pakistan-fo-allegations-unfounded", event_claim(
        events, "pakistan-fo-on-finer-2024-12-21",
        "In a statement, Pakistan Foreign Ministry spokesperson Mumtaz Zahra Baloch said that these allegations are \"unfounded, devoid of rationality and sense of history.\""),
        [washington_from_pakistan]))

    # --- the opinion article (Nawal Nawaz, CISS)
    out.append(check("opinion-shaheen-3-deter-only-india", figure_claim(
        systems, "shaheen-3", "rangeKm",
        "the longest-range ballistic missile of Pakistan, the Shaheen III, has demonstrated a range of 2750 kilometers, explicitly designed to deter only India"),
        [{"kind": "placesInRange", "range": system_range("shaheen-3", "headline"), "places": "capitals"},
         {"kind": "territoryShare", "territory": "IND", "range": system_range("shaheen-3", "headline")},
         {"kind": "placesInRange", "range": longest_of("PAK", "highestClaim"), "places": "capitals"}]))
    out.append(check("opinion-india-icbm-above-5000", event_claim(
        events, "finer-remarks-2024-12-19",
        "While maintaining silence on India\u2019s Inter-Continental Ballistic Missile Program, (ICBM), with a manifest range of above 5000 kilometers, U.S. officials have raised misleading concerns"),
        [{"kind": "rangeComparison", "ranges": [longest_of("IND", "headline"), longest_of("IND", "highestClaim"),
                                                longest_of("PAK", "headline")]}]))
    out.append(check("opinion-no-intention-beyond", event_claim(
        events, "finer-remarks-2024-12-19",
        "The country\u2019s ballistic missile program has no intention to endanger sovereignty of any other state including allies of its longstanding partner, the United Sates."),
        [{"kind": "placesInRange", "range": longest_of("PAK", "highestClaim"), "places": "capitals"},
         washington_from_pakistan]))
    # the Foreign Office's words as the article quotes them: a claim of the check's own
    src = opinion_nawaz(b)
    mofa = ("our strategic programme and allied capabilities are solely meant to deter and thwart a clear and "
            "visible existential threat from our neighbourhood")
    if not verbatim_in(mofa, opinion_text) or words(mofa) > 25:
        raise BuildError("the Foreign Office quote is not verbatim in the opinion article")
    statement = b.claim(src, mofa, "Pakistan Ministry of Foreign Affairs, as quoted by Nawal Nawaz (CISS)",
                        "ownGovernment", None,
                        note=OPINION_NOTE + "; the article quotes the Ministry's statement and gives no date for it")
    out.append(check("pakistan-mofa-neighbourhood", statement,
                     [{"kind": "placesInRange", "range": longest_of("PAK", "headline"), "places": "capitals"},
                      {"kind": "territoryShare", "territory": "IND", "range": longest_of("PAK", "headline")}]))

    # --- Agni-V: "any target in China", "the northern-most parts of China"
    out.append(check("agni-5-any-target-in-china", figure_claim(
        systems, "agni-5", "rangeKm",
        "With a range reportedly greater than 5,000 kilometers, the Agni V can reach any target in China"),
        [{"kind": "territoryShare", "territory": "CHN", "range": system_range("agni-5", "lowestClaim")},
         {"kind": "placesInRange", "range": system_range("agni-5", "lowestClaim"), "places": "all", "in": "CHN"}]))
    for cid, quote in (("agni-5-northern-china-cgtn",
                        "with a range of around 5,500 kilometers, which can even reach the northern-most parts of China, local media claimed."),
                       ("agni-5-northern-china-ians",
                        "It has a range of 5,000 km and can reach the northern most parts of China.")):
        out.append(check(cid, figure_claim(systems, "agni-5", "rangeKm", quote),
                         [{"kind": "placesInRange", "range": system_range("agni-5", "headline"), "places": "all", "in": "CHN"},
                          {"kind": "territoryShare", "territory": "CHN", "range": system_range("agni-5", "headline")}]))

    # --- DF-26, the "Guam killer"
    for cid, quote in (("df-26-guam-killer-csis", "Nicknamed the Guam-killer, the missile has a range of 3,000-4,000 km"),
                       ("df-26-guam-killer-southfront",
                        "The intermediate-range ballistic missile is also known as the \u201cGuam killer\u201d for its range \u2013 3,000km to 5,741km (1,864 to 3,567 miles)")):
        out.append(check(cid, figure_claim(systems, "df-26", "rangeKm", quote),
                         [{"kind": "distance", "to": "hagatna", "range": system_range("df-26", "lowestClaim")},
                          {"kind": "distance", "to": "hagatna", "range": system_range("df-26", "highestClaim")}]))
    return out
