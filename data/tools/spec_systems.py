"""Systems: which claims back each figure, and the headline rule.

Headline rules (written into every `basis`):
- rangeKm, payloadKg: the launching state's most recent own figure; where the sources give none,
  the figure most often given by distinct claimants (ties: the other-government claim, then the
  most recent). An "at least"/"up to" figure counts as its number.
- class: the launching state's own class where a source gives it; otherwise the most common class
  among the claims (ties: the other-government claim, then the most recent). Written as the usual
  abbreviation. ORRG's classes are its compiler's rule (independentAnalysis), not NASIC's.
- firstTest: the launching state's dated first flight where reported; otherwise the most precise
  date the claims agree on.
- status: the most recent status claim.

Claimant kinds: ownGovernment (the state about its own system), otherGovernment (NASIC, also via
the ORRG compilation for its ranges; U.S. DoD; ROK), independentAnalysis, media (an outlet's own unattributed
figure), opinion.
"""
from build_lib import figure
from spec_sources import ORRG, OPINION_CLAIMANT, opinion_nawaz

NASIC = "NASIC (2020 Ballistic and Cruise Missile Threat Report), as compiled by ORRG"
TR_HI = "English translation of a Hindi report; original wording not stored"


def tr(lang):
    return f"English translation of a{'n' if lang[0] in 'AEIOU' else ''} {lang} report; original wording not stored"


R_OWN = "the launching state's most recent own figure ({})"
R_COMMON = "no launching-state figure in the sources; the figure most often given by distinct claimants ({})"


def orrg(b, row, value, q=None):
    return b.claim(ORRG, b.rows[row]["quote_or_excerpt_seen"], NASIC, "otherGovernment", "2020",
                   row=row, value=value, q=q,
                   note="a '+' after the figure in the compilation is kept as 'at least'" if q == "atLeast" else None)


ORRG_RULE = "ORRG (the compilation's own class rule)"
ORRG_RULE_NOTE = ("the file's metadata: 'Class assignment follows standard thresholds: CRBM <= 300 km, SRBM 301-1000 km, "
                  "MRBM 1001-3000 km, IRBM 3001-5500 km, ICBM > 5500 km' (SLBM regardless of range); the class is the "
                  "compiler's, not a NASIC statement")


def orrg_class(b, row, value, note=None):
    return b.claim(ORRG, b.rows[row]["quote_or_excerpt_seen"], ORRG_RULE, "independentAnalysis", "2026-01-22",
                   row=row, value=value, note=ORRG_RULE_NOTE + ("; " + note if note else ""))


def system(sid, name, country, category, basing, figures, aliases=None, note=None):
    s = {"id": sid, "name": name}
    if aliases:
        s["aliases"] = aliases
    s.update({"country": country, "category": category, "basing": basing, "figures": figures})
    if note:
        s["note"] = note
    return s


UNCHECKED = "not yet re-checked against the page by a second reader"


# ---------------------------------------------------------------- Pakistan, core
def shaheen_3(b):
    dawn = b.source("dawn-2015-03-shaheen-3", "news", row=269)
    pro = b.source("propakistani-2022-04-shaheen-3", "news", row=58)
    ssii = b.source("ssii-2015-03-shaheen-3", "analysis", row=283)
    quint = b.source("quint-ap-2015-12-shaheen-3", "news", row=57)
    almay = b.source("almayadeen-2022-04-shaheen-3", "news", row=284)
    intell = b.source("intellnews-2015-12-shaheen-3", "news", row=272)
    quint_kn = b.source("quint-pti-2015-10-pakistan-forces", "news", row=230, published="2015-10")
    armyrec = b.source("armyrecognition-2025-pakistan-missiles", "news", row=280)
    rng = [
        orrg(b, 13, 2750),
        b.claim(dawn, "the Shaheen-III surface-to-surface ballistic missile, capable of carrying nuclear and conventional warheads to a range of 2,750 km.",
                "ISPR, as reported by Dawn", "ownGovernment", "2015-03-09", value=2750),
        b.claim(ssii, "the successful test of the Shaheen III surface to surface missile with an expanded range of 2750 kms",
                "Shireen Mazari, Director General, Strategic Studies Institute Islamabad", "independentAnalysis",
                "2015-03-09", value=2750, note=UNCHECKED),
        b.claim(pro, "Shaheen-III surface-to-surface ballistic missile capable of carrying nuclear and conventional warheads up to 2,750 kilometers.",
                "ISPR (DG ISPR Maj Gen Babar Iftikhar), as reported by ProPakistani", "ownGovernment", "2022-04-09",
                value=2750, q="upTo"),
        b.claim(opinion_nawaz(b), "the longest-range ballistic missile of Pakistan, the Shaheen III, has demonstrated a range of 2750 kilometers, explicitly designed to deter only India",
                OPINION_CLAIMANT, "opinion", None, value=2750,
                note="opinion article; undated: no copy seen gives its publication date"),
    ]
    cls = [
        orrg_class(b, 14, "MRBM"),
        b.claim(intell, "Pakistan test-fired a Shaheen-III, a surface-to-surface intermediate-range nuclear ballistic missile on Friday, Dec. 11, 2015",
                "intellnews.ro", "media", "2015-12", value="intermediate-range",
                note=UNCHECKED + "; the page reports ISPR for the range, not for the class wording"),
        b.claim(almay, "The land-based surface-to-surface medium-range ballistic missile Shaheen-III can carry both conventional and nuclear warheads.",
                "Al Mayadeen English (reporting an ISPR statement)", "media", "2022-04-09",
                value="medium-range ballistic missile",
                note=UNCHECKED + "; whether the class wording is ISPR's is not clear from the excerpt"),
    ]
    first = [
        b.claim(dawn, "Pakistan today conducted a successful test launch of the Shaheen-III surface-to-surface ballistic missile",
                "ISPR, as reported by Dawn", "ownGovernment", "2015-03-09", row=270, value="2015-03-09",
                note="Dawn does not itself say 'first'; AP (December 2015) calls the March 2015 launch the first test"),
        b.claim(quint, "the Shaheen-III, which was first test-fired in March.", "AP (video report on The Quint)", "media",
                "2015-12", value="2015-03", note="page undated; it reports the December 2015 test"),
        b.claim(almay, "The Shaheen-III ballistic missile underwent its initial tests in March 2015.",
                "Al Mayadeen English", "media", "2022-04-09", value="2015-03", note=UNCHECKED),
    ]
    status = [
        b.claim(quint_kn, "at least two more which are under development \u2013 the short-range Shaheen-1A and the medium-range Shaheen-3.",
                "Kristensen & Norris (Bulletin of the Atomic Scientists, Pakistani nuclear forces 2015), as reported by PTI",
                "independentAnalysis", "2015-10", row=231, value="under development", note=UNCHECKED),
        b.claim(armyrec, "the Shaheen-III, still in development, is the longest-range missile in Pakistan's inventory",
                "Army Recognition", "media", "2025", row=281, value="in development",
                note=UNCHECKED + "; page undated, URL path /2025/"),
    ]
    return system("shaheen-3", "Shaheen-III", "PAK", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("ISPR, April 2022"), value=2750),
        "firstTest": figure(first, "the launching state's reported date of the first launch (ISPR via Dawn); the other claims agree on March 2015", value="2015-03-09"),
        "class": figure(cls, "no launching-state class in the sources; the most common class among the claims (ORRG's class rule, Al Mayadeen: medium-range)", value="MRBM"),
        "status": figure(status, "the most recent status claim (Army Recognition, 2025)", value="in development"),
    })


def shaheen_2(b):
    an04 = b.source("arabnews-2004-03-shaheen-2", "news", row=275, title="Pakistan to test 2,000-km missile")
    an07 = b.source("arabnews-2007-02-shaheen-2", "news", seen="arabnews-2007-02-shaheen-2")
    fox = b.source("foxnews-2006-04-shaheen-2", "news", seen="fox-2006-04-shaheen-2")
    dawn15 = b.source("dawn-2015-03-shaheen-3", "news", row=269)
    dawn19 = b.source("dawn-2019-05-shaheen-2", "news", row=61)
    hindu14 = b.source("thehindu-2014-11-shaheen-2", "news", row=63)
    bbc = b.source("bbc-repost-2004-03-shaheen-2", "other", row=273, publisher="BBC News (reposted by envirosagainstwar.org)",
                   note="activist-site repost of a BBC News report of 9 March 2004; the BBC original not seen (a weak source, to be re-cited when the original is found)")
    rng = [
        orrg(b, 11, 2000),
        b.claim(an04, "Pakistan said yesterday it will soon test a 2,000-km (1,250-mile) range missile",
                "Pakistan Foreign Office (spokesman Masood Khan), as reported by Arab News", "ownGovernment",
                "2004-03-09", value=2000, note="the same report also gives Pakistan's figure as 'over 2,000 km'"),
        b.claim(an04, "one Pakistani newspaper has reported its range could be as high as 3,000 km (1,900 miles)",
                "an unnamed Pakistani newspaper, as reported by Arab News", "media", "2004-03-09",
                value=3000, q="upTo"),
        b.claim(fox, "The ballistic Missile Hatf VI (Shaheen II), with a range of 2,500 kilometers (1,555 miles), can carry",
                "Pakistani military statement, as reported by Fox News", "ownGovernment", "2006-04-29",
                value=2500, note="the statement describes an upgraded version; read by the curators on the page"),
        b.claim(an07, "The Shaheen II, or Hatf VI, missile with a range of 2,000 kilometers (1,240 miles) was launched",
                "Pakistani military spokesman Maj. Gen. Shaukat Sultan, as reported by Arab News", "ownGovernment",
                "2007-02-24", value=2000),
        b.claim(dawn15, "The Shaheen-II test missile was found capable of carrying nuclear and conventional warheads up to a range of 1500 km.",
                "Dawn", "media", "2015-03-09", row=271, value=1500, q="upTo",
                note="about the Shaheen-II test of late 2014; the sentence is Dawn's, not attributed to ISPR"),
        b.claim(dawn19, "Shaheen-II missile is capable of carrying both conventional and nuclear warheads up to a range of 1,500 kilometres, the ISPR handout said.",
                "ISPR, as reported by Dawn", "ownGovernment", "2019-05-23", value=1500, q="upTo"),
    ]
    cls = [
        orrg_class(b, 12, "MRBM"),
        b.claim(hindu14, "The intermediate-range missile Shaheen\u2014II, also called Hatf VI", "The Hindu", "media",
                "2014-11-13", value="intermediate-range",
                note="the sentence ends 'the military said'; the class wording is kept as the paper's"),
    ]
    first = [
        b.claim(bbc, "It was the first test of the Shaheen II missile", "BBC News", "media", "2004-03-09",
                row=274, value="2004-03-09",
                note="weak source: seen only as an activist-site repost of the BBC report; the BBC original not seen"),
    ]
    return system("shaheen-2", "Shaheen-II", "PAK", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("ISPR, May 2019: 1,500 km, the figure ISPR has used since 2014; Pakistan gave 2,000 km in 2004-2007 and 2,500 km in 2006"), value=1500),
        "firstTest": figure(first, "the only dated first-test claim in the sources", value="2004-03-09"),
        "class": figure(cls, "no launching-state class in the sources; ORRG's class rule (MRBM) and The Hindu ('intermediate-range') tie, no other-government claim, so the most recent: ORRG, 2026", value="MRBM"),
    }, aliases=["Hatf-VI"])


def ababeel(b):
    aa = b.source("anadolu-2017-01-ababeel", "news", seen="aa-2017-01-ababeel")
    voa = b.source("voa-2017-01-ababeel", "news", seen="voa-2017-01-ababeel")
    rng = [
        orrg(b, 15, 2200),
        b.claim(aa, "Pakistan test fired a surface-to-surface missile with a range of 2,200 kilometers (1,367 miles) on Tuesday",
                "Pakistani military spokesman Maj. Gen. Asif Ghafoor (ISPR), as reported by Anadolu Agency",
                "ownGovernment", "2017-01-24", value=2200),
    ]
    first = [
        b.claim(voa, "Tuesday\u2019s maiden flight test of the Ababeel missile was announced by military spokesman Major General Asif Ghafoor.",
                "Pakistani military spokesman Maj. Gen. Asif Ghafoor, as reported by Voice of America", "ownGovernment",
                "2017-01-24", value="2017-01-24",
                note="VOA's photo caption dates the ISPR handout of the launch 24 January 2017"),
    ]
    cls = [orrg_class(b, 16, "MRBM")]
    return system("ababeel", "Ababeel", "PAK", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("ISPR spokesman, January 2017"), value=2200),
        "firstTest": figure(first, "the launching state's announcement of the maiden flight", value="2017-01-24"),
        "class": figure(cls, "no launching-state class in the sources; the only class claim (ORRG's class rule)", value="MRBM"),
    }, note="ISPR described the missile as carrying multiple warheads (MIRV) (Anadolu Agency, 24 January 2017).")


# ---------------------------------------------------------------- India, core
def agni_5(b):
    bs12 = b.source("business-standard-pti-2012-04-agni-5", "news", row=117)
    cd13 = b.source("chinadaily-2013-09-agni-5", "news", row=119)
    aca18 = b.source("aca-2018-10-agni-5", "analysis", row=113, authors=["Alicia Sanders-Zakre"], published="2018-10")
    def12 = b.source("defaiya-pti-2012-07-india-forces", "news", row=236)
    voa24 = b.source("voa-2024-03-agni-5-mirv", "news", row=122, url=None,
                     note="read at a VOA content-system preview address (voa.pangea-cms.com/preview/...); the canonical voanews.com address was not verified, so none is given")
    cgtn = b.source("cgtn-2018-01-agni-5", "news", row=323)
    bs18 = b.source("business-standard-ians-2018-01-agni-5", "news", row=324)
    mc21 = b.source("moneycontrol-2021-06-agni-p", "news", row=363, published="2021-06")
    armytech = b.source("army-technology-agni-5-canister", "news", row=120)
    yeni = b.source("yenihaberden-anadolu-2018-01-agni-5", "news", row=325)
    rng = [
        orrg(b, 29, 5000, q="atLeast"),
        b.claim(bs12, "The surface-to-surface Agni-V is capable of striking a target more than 5,000 km away.",
                "PTI", "media", "2012-04-19", value=5000, q="atLeast",
                note="PTI's report of the first launch, in which DRDO chief V K Saraswat is quoted on the launch; the range is in PTI's text"),
        b.claim(def12, "With a range reportedly greater than 5,000 kilometers, the Agni V can reach any target in China",
                "Kristensen & Norris (Bulletin of the Atomic Scientists, Indian nuclear forces 2012), as reported by PTI",
                "independentAnalysis", "2012-07-26", value=5000, q="atLeast", note=UNCHECKED),
        b.claim(cd13, "The surface-to-surface, three-stage, solid propellant missile has a range of 5,000 km and weighs 50 metric tons",
                "China Daily", "media", "2013-09-16", value=5000),
        b.claim(cgtn, "with a range of around 5,500 kilometers, which can even reach the northern-most parts of China, local media claimed.",
                "Indian local media, as reported by CGTN", "media", "2018-01-18", value=5500, q="approx"),
        b.claim(bs18, "It has a range of 5,000 km and can reach the northern most parts of China.",
                "IANS (Business Standard)", "media", "2018-01-18", value=5000,
                note="the agency's own narration; the Defence Ministry official it quotes is credited only with the pre-induction test's success"),
        b.claim(aca18, "It is a three-stage, road-mobile missile able to carry a 1,500-kilogram payload a distance of 5,000 kilometers.",
                "Arms Control Association (Alicia Sanders-Zakre)", "independentAnalysis", "2018-10", value=5000,
                note=UNCHECKED),
        b.claim(mc21, "Agni-V at 5,000\u20138,000 km", "Moneycontrol", "media", "2021-06", lo=5000, hi=8000, q="range",
                note="unattributed outlier"),
        b.claim(voa24, "has a range of 5,000 kilometers and is India's first intercontinental ballistic missile, according to the Center for Arms Control and Non-Proliferation.",
                "Center for Arms Control and Non-Proliferation, as reported by VOA", "independentAnalysis", "2024-03",
                value=5000),
    ]
    cls = [
        orrg_class(b, 30, "IRBM"),
        b.claim(aca18, "India's first intercontinental ballistic missile (ICBM), still under development", "Arms Control Association (Alicia Sanders-Zakre)",
                "independentAnalysis", "2018-10", row=116, value="ICBM", note=UNCHECKED),
        b.claim(voa24, "is India's first intercontinental ballistic missile, according to the Center for Arms Control and Non-Proliferation.",
                "Center for Arms Control and Non-Proliferation, as reported by VOA", "independentAnalysis", "2024-03",
                value="intercontinental ballistic missile"),
    ]
    first = [
        b.claim(bs12, "We had a successful launch of Agni-V. The missile lifted off at 8.07 hours today, Defence Research and Development Organisation chief V K Saraswat said",
                "DRDO chief V K Saraswat, as reported by PTI (Business Standard)", "ownGovernment", "2012-04-19",
                row=118, value="2012-04-19",
                note="the report of the first launch; the page does not itself say 'first'"),
        b.claim(def12, "India took a significant step forward with the successful test-launch of the Agni V ballistic missile on April 19, 2012.",
                "Kristensen & Norris (Bulletin of the Atomic Scientists), as reported by PTI", "independentAnalysis",
                "2012-07-26", value="2012-04-19", note=UNCHECKED),
        b.claim(cd13, "The Agni V was first tested in April 2012.", "China Daily", "media", "2013-09-16", value="2012-04"),
    ]
    payload = [
        b.claim(bs12, "The sophisticated missile can carry a nuclear warhead of more than one tonne.", "PTI", "media",
                "2012-04-19", value=1000, q="atLeast"),
        b.claim(cd13, "can carry a payload of 1.5 tons", "China Daily", "media", "2013-09-16", value=1500),
        b.claim(armytech, "Capable of carrying a 1.1t payload", "Army Technology", "media", "2015", value=1100,
                note=UNCHECKED + "; page undated, dated to the first canister trial (2015) by the curators"),
        b.claim(bs18, "Agni-V can carry a nuclear or traditional warhead of about 1.5 tonnes.",
                "IANS (Business Standard)", "media", "2018-01-18", value=1500, q="approx",
                note="the agency's own narration, as for the range"),
        b.claim(yeni, "can carry 1,360-kg nuclear warhead", "Indian local media, as reported by Anadolu (Yeni Haberden)",
                "media", "2018-01-18", value=1360, note=UNCHECKED),
        b.claim(aca18, "able to carry a 1,500-kilogram payload a distance of 5,000 kilometers", "Arms Control Association (Alicia Sanders-Zakre)",
                "independentAnalysis", "2018-10", row=114, value=1500, note=UNCHECKED),
    ]
    status = [
        b.claim(aca18, "India's first intercontinental ballistic missile (ICBM), still under development, is expected to be inducted into the strategic arsenal after one more test",
                "Arms Control Association (Alicia Sanders-Zakre)", "independentAnalysis", "2018-10", row=115,
                value="under development", note=UNCHECKED),
        b.claim(mc21, "Agni-V at 5,000\u20138,000 km \u2013 are operational.", "Moneycontrol", "media", "2021-06", value="operational"),
    ]
    return system("agni-5", "Agni-V", "IND", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_COMMON.format("5,000 km: NASIC via ORRG, PTI, Kristensen & Norris, China Daily, IANS, ACA, CACNP"), value=5000),
        "firstTest": figure(first, "the launching state's dated first flight (DRDO chief via PTI); the other claims agree", value="2012-04-19"),
        "class": figure(cls, "no launching-state class in the sources; the most common class among the claims (ACA, CACNP: ICBM; ORRG's class rule: IRBM, as it is under 5,500 km)", value="ICBM"),
        "payloadKg": figure(payload, R_COMMON.format("1.5 tonnes: China Daily, IANS, ACA"), value=1500),
        "status": figure(status, "the most recent status claim (Moneycontrol, June 2021)", value="operational"),
    }, aliases=["Agni-5"])


def agni_3(b):
    rediff07 = b.source("rediff-pti-2007-12-agni-4", "news", row=338)
    tc08 = b.source("twocircles-ians-2008-05-agni-3", "news", row=142, published="2008-05")
    trend = b.source("trend-2008-05-agni-3", "news", row=140)
    si17 = b.source("siliconindia-ians-2017-04-agni-3", "news", row=144)
    tbs22 = b.source("tbsnews-2022-11-agni-3", "news", row=137)
    mc21 = b.source("moneycontrol-2021-06-agni-p", "news", row=363, published="2021-06")
    scroll = b.source("scroll-pti-2015-11-agni-4", "news", row=134)
    rng = [
        orrg(b, 25, 3200, q="atLeast"),
        b.claim(rediff07, "The missile, with a range of 3,000 km and capacity to carry a nuclear or conventional payload of 1.5 tonnes",
                "PTI (Rediff)", "media", "2007-12-12", value=3000,
                note="the agency's own sentence; the DRDO sources are credited with the next one (tests for induction)"),
        b.claim(tc08, "India tested its longest-range nuclear capable missile Agni III, that can hit a target 3,000 km away",
                "Indian military sources, as reported by IANS (TwoCircles)", "ownGovernment", "2008-05", value=3000),
        b.claim(scroll, "Agni-III (range 3,500\u20135,000 km)", "Scroll.in", "media", "2015-11", row=136, lo=3500, hi=5000, q="range",
                note="page undated; it reports the fifth Agni-IV trial, which Zee News dated 9 November 2015"),
        b.claim(si17, "Agni-III has a strike range of more than 3,000 km", "IANS (Silicon India)",
                "media", "2017-04-27", value=3000, q="atLeast",
                note="the agency's own description; the DRDO sources are credited with the lift-off sentence"),
        b.claim(mc21, "Agni-III with a range of 3,000\u20135,000 km", "Moneycontrol", "media", "2021-06", row=361,
                lo=3000, hi=5000, q="range"),
        b.claim(tbs22, "The missile is capable of carrying a nuclear warhead and hitting target 3,500 kilometres away.",
                "The Business Standard (Bangladesh)", "media", "2022-11-23", value=3500,
                note="the outlet's own figure: the Defence Ministry statement it reports gives no range"),
    ]
    cls = [
        orrg_class(b, 26, "IRBM"),
        b.claim(tbs22, "India carried out a successful training launch of an Intermediate Range Ballistic Missile, Agni-3",
                "Indian Ministry of Defence, as reported by The Business Standard (Bangladesh)", "ownGovernment",
                "2022-11-23", row=139, value="Intermediate Range Ballistic Missile", note=UNCHECKED),
    ]
    first = [
        b.claim(trend, "The first test which was conducted on July 9, 2006 was a failure but the second trial held on April 12, 2007 was successful",
                "PTI / dpa, as reported by Trend News Agency", "media", "2008-05", value="2006-07-09",
                note="page undated; it reports the third test (May 2008)"),
        b.claim(tbs22, "was first tested on July 9, 2006. But it developed a technical snag", "The Business Standard (Bangladesh)",
                "media", "2022-11-23", row=138, value="2006-07-09"),
    ]
    payload = [
        b.claim(rediff07, "capacity to carry a nuclear or conventional payload of 1.5 tonnes", "PTI (Rediff)",
                "media", "2007-12-12", value=1500, note="the agency's own sentence, as for the range"),
        b.claim(si17, "capable of carrying both conventional and nuclear warheads weighing up to 1.5 tonnes",
                "IANS (Silicon India)", "media", "2017-04-27", row=146,
                value=1500, q="upTo", note="the agency's own description, as for the range"),
    ]
    status = [
        b.claim(si17, "The missile was inducted in the armed forces in June 2011.", "IANS (Silicon India)", "media",
                "2017-04-27", row=145, value="inducted (June 2011)", note=UNCHECKED),
        b.claim(mc21, "All subsequent missiles from the series \u2013 Agni-III ... are operational.", "Moneycontrol", "media",
                "2021-06", row=361, value="operational"),
    ]
    return system("agni-3", "Agni-III", "IND", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("Indian military sources via IANS, May 2008: 3,000 km"), value=3000),
        "firstTest": figure(first, "the date all first-test claims give (a failed flight; the first successful flight was 12 April 2007, per PTI/dpa via Trend)", value="2006-07-09"),
        "class": figure(cls, "the launching state's own class (Ministry of Defence statement, November 2022)", value="IRBM"),
        "payloadKg": figure(payload, R_COMMON.format("1.5 tonnes: PTI, IANS"), value=1500),
        "status": figure(status, "the most recent status claim (Moneycontrol, June 2021)", value="operational"),
    }, aliases=["Agni-3"])


# ---------------------------------------------------------------- China, core
def df_26(b):
    csis = b.source("csis-missilethreat-df-26-brigade", "analysis", row=204)
    ap = b.source("ctv-ap-2018-04-df-26", "news", row=207)
    asianet = b.source("asianet-hindi-2024-china-arsenal", "news", row=210,
                       note="Hindi web story; it credits the Bulletin of the Atomic Scientists for its sentence on China's triad, not for its range figures; title translated by the curators")
    sf = b.source("southfront-df-26", "news", row=209)
    rng = [
        orrg(b, 41, 4000, q="atLeast"),
        b.claim(csis, "Nicknamed the Guam-killer, the missile has a range of 3,000-4,000 km", "CSIS Missile Defense Project",
                "independentAnalysis", "2018", lo=3000, hi=4000, q="range",
                note="page undated; it reports the Chinese Defence Ministry's announcement of 16 April (2018, as dated by the curators)"),
        b.claim(ap, "The missile is believed to have a range of up to 4,000 kilometres", "AP (CTV News)", "media",
                "2018-04-26", row=208, value=4000, q="upTo",
                note="AP's wording; the Chinese Defence Ministry gave no range"),
        b.claim(asianet, "\u091a\u0940\u0928 \u0915\u0947 DF-26 \u092e\u093f\u0938\u093e\u0907\u0932 \u0915\u093e \u0930\u0947\u0902\u091c 4000 \u0915\u093f\u0932\u094b\u092e\u0940\u091f\u0930 \u0939\u0948\u0964",
                "Asianet News Hindi", "media", "2024", value=4000, lang="hi",
                gloss="China's DF-26 missile range is 4000 km.",
                note="gloss: the curators' English translation of this passage; page undated (2024, as dated by the curators); "
                     "the range sentences are the outlet's own: the page credits the Bulletin of the Atomic Scientists only for its sentence on China's triad"),
        b.claim(sf, "The intermediate-range ballistic missile is also known as the \u201cGuam killer\u201d for its range \u2013 3,000km to 5,741km (1,864 to 3,567 miles)",
                "SouthFront", "media", None, lo=3000, hi=5741, q="range",
                note="page undated; the page cites the South China Morning Post for its report, not for this span"),
    ]
    cls = [
        orrg_class(b, 42, "IRBM"),
        b.claim(ap, "China's advanced DF-26 intermediate-range ballistic missile has been incorporated into its rocket force",
                "AP (CTV News)", "media", "2018-04-26", value="intermediate-range ballistic missile"),
    ]
    payload = [
        b.claim(csis, "carries a 1,200-1,800 kg nuclear or conventional payload", "CSIS Missile Defense Project",
                "independentAnalysis", "2018", row=205, lo=1200, hi=1800, q="range",
                note="page undated; 2018, as dated by the curators"),
    ]
    status = [
        b.claim(ap, "China's advanced DF-26 intermediate-range ballistic missile has been incorporated into its rocket force",
                "Chinese Ministry of National Defense (spokesman Wu Qian), as reported by AP (CTV News)", "ownGovernment",
                "2018-04-26", value="in service with the PLA Rocket Force"),
    ]
    return system("df-26", "DF-26", "CHN", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_COMMON.format("NASIC via ORRG 4,000+, AP up to 4,000, Asianet 4,000"), value=4000),
        "class": figure(cls, "no launching-state class in the sources; the most common class among the claims", value="IRBM"),
        "payloadKg": figure(payload, "the only payload claim (CSIS)", lo=1200, hi=1800),
        "status": figure(status, "the most recent status claim (Chinese Defence Ministry via AP, April 2018)", value="in service"),
    }, note="No flight-test date in the sources: CSIS gives September 2015 as the DF-26's first public display, at a parade.")


CORE = [shaheen_3, shaheen_2, ababeel, agni_5, agni_3, df_26]
from spec_systems_ext import EXTENDED  # noqa: E402


def build(b):
    return [f(b) for f in CORE + EXTENDED]
