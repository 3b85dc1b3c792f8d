"""Timeline events. Each claim quotes its source; the quote is the claim (no `value`).

claimantKind for events: ownGovernment when the claimant's government is the actor of the event
(the U.S. about its sanctions, Pakistan about its response, India about its agreements);
otherGovernment when a government speaks about another state's programme (Jon Finer on Pakistan).

First-test events are made from the systems' firstTest figures: one event per system whose
sources date a first flight, carrying the same claims.
"""
import os

UNCHECKED = "not yet re-checked against the page by a second reader"


def ev(eid, date, title, kind, countries, claims, systems=None):
    e = {"id": eid, "date": date, "title": title, "kind": kind, "countries": countries}
    if systems:
        e["systems"] = systems
    e["claims"] = claims
    return e


TEST_TITLES = {
    "agni-3": "First flight test of Agni-III (failed)",
    "nirbhay": "First flight test of Nirbhay (terminated mid-flight)",
    "df-31a-ag": "First flight test of the DF-31A",
    "k-15": "First test of the K-15 from an underwater pontoon",
}


def first_test_events(systems):
    out = []
    for s in systems:
        f = s["figures"].get("firstTest")
        if not f or "value" not in f:
            continue
        claims = []
        for c in f["claims"]:
            c2 = {k: v for k, v in c.items() if k not in ("value", "min", "max", "qualifier")}
            claims.append(c2)
        out.append(ev(f"test-first-{s['id']}", f["value"], TEST_TITLES.get(s["id"], f"First flight test of {s['name']}"), "test",
                      [s["country"]], claims, systems=[s["id"]]))
    return out


def build(b, systems):
    sys_ids = {s["id"] for s in systems}
    shaheen = [i for i in ("shaheen-1", "shaheen-1a", "shaheen-2", "shaheen-3") if i in sys_ids]
    events = []

    # --- 18 Dec 2024: U.S. sanctions on NDC and three firms
    dawn = b.source("dawn-2024-12-us-sanctions-ndc", "news", row=102)
    br = b.source("brecorder-2024-12-us-sanctions", "news", row=103)
    sub = b.source("subnewsenglish-2024-12-us-sanctions", "news", row=105,
                   note="minor outlet echoing wire reports")
    etv = b.source("etvbharat-2024-12-us-sanctions-ndc", "news", seen="reading:etvbharat-2024-12-us-sanctions-ndc",
                   title="US Sanctions On Pak's Aerospace, Defence Agency For Continuing Proliferation Of Long-Range Missiles",
                   publisher="ETV Bharat", published="2024-12-19")
    thenews = b.source("thenews-2024-12-finer-remarks", "news", row=106)
    events.append(ev("us-sanctions-ndc-2024-12-18", "2024-12-18",
                     "U.S. sanctions Pakistan's National Development Complex and three Karachi firms (EO 13382)",
                     "sanction", ["USA", "PAK"], [
        b.claim(sub, "Washington, December 18, 2024: The United States has announced fresh sanctions targeting Pakistan's long-range ballistic missile program",
                "Sub News English", "media", "2024-12-18"),
        b.claim(dawn, "the United States is designating four entities for sanctions pursuant to Executive Order (EO) 13382.",
                "U.S. State Department, as reported by Dawn", "ownGovernment", "2024-12-18",
                note="Dawn reports the State Department's statement of Wednesday 18 December 2024"),
        b.claim(dawn, "The entities include the Islamabad-based National Development Complex (NDC) and three Karachi-based companies: Affiliates International, Akhtar and Sons Private Limited, and Rockside Enterprise.",
                "U.S. State Department, as reported by Dawn", "ownGovernment", "2024-12-18"),
        b.claim(br, "are being designated pursuant to E.O. 13382 Section 1(a)(ii)",
                "U.S. State Department (via the U.S. Embassy in Islamabad), as reported by Business Recorder",
                "ownGovernment", "2024-12-19"),
        b.claim(etv, "The United States assesses that the NDC is responsible for Pakistan's development of ballistic missiles, including the SHAHEEN-series ballistic missiles, the State Department said.",
                "U.S. State Department, as reported by ETV Bharat", "ownGovernment", "2024-12-18",
                note="re-cited here from Profit (Pakistan Today), whose page the second reading did not find; the sanctions were announced on Wednesday 18 December 2024"),
        b.claim(thenews, "while Pakistan is an important partner for the US, there are clear concerns about its ballistic missile development.",
                "Vedant Patel, U.S. State Department Deputy Spokesperson, as reported by The News", "ownGovernment",
                "2024-12", row=250, note="page undated; the statement followed the sanctions in December 2024"),
    ], systems=shaheen))

    # --- 19 Dec 2024: Jon Finer at the Carnegie Endowment
    brf = b.source("brecorder-reuters-2024-12-finer-remarks", "news", row=107)
    events.append(ev("finer-remarks-2024-12-19", "2024-12-19",
                     "U.S. Deputy National Security Adviser Jon Finer calls Pakistan's missile programme an emerging threat (Carnegie Endowment)",
                     "statement", ["USA", "PAK"], [
        b.claim(thenews, "it's hard for us to see Pakistan's actions as anything other than an emerging threat to the United States",
                "Jon Finer, U.S. Deputy National Security Adviser, as reported by The News (Reuters)", "otherGovernment",
                "2024-12-19", row=106, note="speech of Thursday 19 December 2024, a day after the sanctions"),
        b.claim(brf, "If those trends continue, Finer said, Pakistan will have the capability to strike targets well beyond South Asia, including in the United States.",
                "Jon Finer, U.S. Deputy National Security Adviser, as reported by Reuters (Business Recorder)",
                "otherGovernment", "2024-12-19"),
        b.claim(brf, "Finer told the Carnegie Endowment for International Peace audience.",
                "Reuters (Business Recorder)", "media", "2024-12-19"),
    ]))

    # --- 19 Dec 2024: Pakistan Foreign Office response
    brfo = b.source("brecorder-2024-12-pakistan-fo-response", "news", row=110)
    pti = b.source("newsdrum-pti-2024-12-pakistan-fo-response", "news", row=111)
    events.append(ev("pakistan-fo-response-2024-12-19", "2024-12-19",
                     "Pakistan's Foreign Office calls the U.S. sanctions \"unfortunate and biased\"",
                     "statement", ["PAK", "USA"], [
        b.claim(brfo, "Pakistan termed on Thursday the decision of the US to impose sanctions on National Development Complex and three commercial entities as unfortunate and biased.",
                "Pakistan Foreign Office, as reported by Business Recorder", "ownGovernment", "2024-12-19",
                note="ARY reported the statement as issued late on Wednesday 18 December; other outlets give Thursday 19 December"),
        b.claim(pti, "Islamabad, Dec 19 (PTI) Pakistan on Thursday termed as unfortunate and biased the US decision to sanction its commercial entities",
                "Pakistan Foreign Office, as reported by PTI (NewsDrum)", "ownGovernment", "2024-12-19"),
    ]))

    # --- 21 Dec 2024: FO spokesperson on Finer's remarks
    aa = b.source("anadolu-2024-12-pakistan-fo-on-finer", "news", seen="reading:anadolu-2024-12-pakistan-fo-on-finer",
                  title="Pakistan dismisses US claim on ballistic missile program", publisher="Anadolu Agency")
    events.append(ev("pakistan-fo-on-finer-2024-12-21", "2024-12-21",
                     "Pakistan's Foreign Office spokesperson calls U.S. concerns about its long-range missiles \"unfounded\"",
                     "statement", ["PAK", "USA"], [
        b.claim(aa, "In a statement, Pakistan Foreign Ministry spokesperson Mumtaz Zahra Baloch said that these allegations are \"unfounded, devoid of rationality and sense of history.\"",
                "Mumtaz Zahra Baloch, Pakistan Foreign Ministry spokesperson, as reported by Anadolu Agency",
                "ownGovernment", None,
                note="re-cited here from The Epoch Times, whose page the second reading did not find; the page says 'on Saturday' (21 December 2024) and gives no date"),
    ]))

    # --- 6 Sep 2008: NSG waiver for India
    chel = b.source("chellaney-2008-09-nsg-waiver-text", "other", row=238,
                    note="blog of Brahma Chellaney reproducing the text of the NSG decision")
    ani = b.source("topnews-ani-2008-09-nsg-waiver", "news", row=239)
    domb = b.source("domain-b-2011-08-nsg-waiver", "news", row=240)
    events.append(ev("nsg-waiver-2008-09-06", "2008-09-06",
                     "Nuclear Suppliers Group grants India an exemption from its guidelines",
                     "agreement", ["IND", "USA"], [
        b.claim(chel, "At the Plenary meeting on September 6, 2008, the Participating Governments of the Nuclear Suppliers' Group decided that they",
                "Nuclear Suppliers Group (decision text, as reproduced by Brahma Chellaney)", "otherGovernment", "2008-09-06"),
        b.claim(ani, "Vienna, Sept 6 : The 45-nation Nuclear Suppliers Group (NSG) has agreed to grant India a clean waiver here today.",
                "ANI (TopNews)", "media", "2008-09-06"),
        b.claim(domb, "the special exemption from the NSG guidelines given to India on Sept 6, 2008",
                "S M Krishna, Indian External Affairs Minister (Lok Sabha statement), as reported by domain-b",
                "ownGovernment", "2011-08-11"),
    ]))

    # --- 6 Sep 2018: COMCASA
    vif = b.source("vif-2018-09-comcasa", "analysis", seen="vif-2018-09-comcasa")
    huff = b.source("huffpost-india-2020-10-beca", "news", row=242)
    events.append(ev("comcasa-2018-09-06", "2018-09-06",
                     "India and the U.S. sign COMCASA at the first 2+2 dialogue", "agreement", ["IND", "USA"], [
        b.claim(vif, "signing of Communication Compatibility and Security Agreement (COMCASA) between US and India on 06 Sep 2018 during the 2+2 dialogue",
                "V K Saxena (Vivekananda International Foundation)", "independentAnalysis", "2018-09-19",
                note="re-cited here instead of Jagran Josh and Indian Express (pages not found again)"),
        b.claim(huff, "Communications Compatibility and Security Agreement (COMCASA), which was signed in 2018, according to Hindustan Times",
                "Hindustan Times, as reported by HuffPost India", "media", "2020-10-27"),
    ]))

    # --- 27 Oct 2020: BECA
    dev = b.source("devdiscourse-ani-2020-10-beca", "news", row=241)
    rep = b.source("republicworld-2020-10-beca", "news", row=243)
    events.append(ev("beca-2020-10-27", "2020-10-27",
                     "India and the U.S. sign BECA at the third 2+2 dialogue", "agreement", ["IND", "USA"], [
        b.claim(dev, "India and the United States on Tuesday signed the Basic Exchange and Cooperation Agreement (BECA) and four more documents during the third 2+2 Ministerial Dialogue.",
                "ANI (Devdiscourse)", "media", "2020-10-27"),
        b.claim(dev, "the BECA was signed between the Ministry of Defence and the National Geospatial-Intelligence Agency (NGA)",
                "Indian Ministry of External Affairs statement, as reported by ANI (Devdiscourse)", "ownGovernment", "2020-10-27"),
        b.claim(rep, "India and the United State signed the key defence agreement during 2+2 ministerial dialogue on October 27.",
                "Republic World", "media", "2020-10-27"),
        b.claim(huff, "India and the US signed the last of four foundational defence agreements, BECA (Basic Exchange and Cooperation Agreement), on Tuesday.",
                "HuffPost India", "media", "2020-10-27"),
    ]))

    # --- 2012: DTTI
    dod = b.source("dodlive-2015-06-dtti", "government", row=247)
    events.append(ev("dtti-2012", "2012",
                     "India-U.S. Defense Technology and Trade Initiative (DTTI) begins", "agreement", ["USA", "IND"], [
        b.claim(dod, "The DTTI's origins date back to 2012, when then-Defense Secretary Leon Panetta recognized",
                "U.S. Department of Defense (DoDLive)", "ownGovernment", "2015-06-03"),
    ]))

    # --- iCET
    ities = b.source("indiaties-2023-06-icet", "other", row=252,
                     note="reproduces an Indian government press release")
    states = b.source("thestatesman-2024-06-icet", "news", row=255)
    mint = b.source("livemint-2023-01-icet", "news", row=253)
    itv = b.source("indiatv-2023-01-icet", "news", row=254)
    events.append(ev("icet-launch-2022-05-24", "2022-05-24",
                     "India and the U.S. launch the Initiative on Critical and Emerging Technologies (iCET), Tokyo",
                     "agreement", ["IND", "USA"], [
        b.claim(ities, "launch of the India-US Initiative on Critical and Emerging Technologies (iCET) ... QUAD Summit in Tokyo on 24 May 2022",
                "Government of India press release, as reproduced by IndiaTies", "ownGovernment", "2023-06-14"),
        b.claim(states, "US President Joe Biden and Prime Minister Narendra Modi announced the US-India iCET (iCET) in May 2022",
                "The Statesman", "media", "2024-06-17"),
    ]))
    events.append(ev("icet-first-meeting-2023-01", "2023-01",
                     "First iCET meeting of the national security advisers, Washington", "statement", ["IND", "USA"], [
        b.claim(mint, "Doval is in Washington DC to push the ball forward on the Initiative on Critical and Emerging Technologies (iCET).",
                "Mint", "media", "2023-01-31"),
        b.claim(itv, "The official meeting between Doval and US NSC Sullivan will take place on Tuesday afternoon in the White House.",
                "India TV News", "media", "2023-01-31",
                note="written before the meeting; the Indian release reproduced by IndiaTies dates the first (Track 1.5) dialogue 30 January 2023"),
        b.claim(states, "The first meeting was held in the US in January last year.", "The Statesman", "media", "2024-06-17"),
    ]))
    events.append(ev("icet-second-meeting-2024-06-17", "2024-06-17",
                     "Second iCET meeting, New Delhi", "statement", ["IND", "USA"], [
        b.claim(states, "This is the second iCET meeting between the two countries and is spread over two days\u201317-18 June.",
                "The Statesman", "media", "2024-06-17"),
    ]))

    # --- 11 Mar 2024: Agni-5 with MIRV (Mission Divyastra)
    if "agni-5" in sys_ids:
        voa = "voa-2024-03-agni-5-mirv"
        pib = b.source("pib-2024-03-mission-divyastra", "government", row=307,
                       note="Hindi press release of the Ministry of Defence; title translated by the curators")
        events.append(ev("test-agni-5-mirv-2024-03-11", "2024-03-11",
                         "First flight test of Agni-5 with multiple warheads (MIRV), Mission Divyastra", "test", ["IND"], [
            b.claim(pib, "\u0930\u0915\u094d\u0937\u093e \u0905\u0928\u0941\u0938\u0902\u0927\u093e\u0928 \u0914\u0930 \u0935\u093f\u0915\u093e\u0938 \u0938\u0902\u0917\u0920\u0928 (\u0921\u0940\u0906\u0930\u0921\u0940\u0913) \u0928\u0947 ... \u0938\u094d\u0935\u0926\u0947\u0936 \u092e\u0947\u0902 \u0935\u093f\u0915\u0938\u093f\u0924 \u0905\u0917\u094d\u0928\u093f-5 \u092e\u093f\u0938\u093e\u0907\u0932 \u0915\u093e \u092a\u094d\u0930\u0925\u092e \u0938\u092b\u0932 \u0909\u0921\u093c\u093e\u0928 \u092a\u0930\u0940\u0915\u094d\u0937\u0923 \u0915\u093f\u092f\u093e\u0964",
                    "DRDO / Indian Ministry of Defence (PIB)", "ownGovernment", "2024-03-11", lang="hi",
                    gloss="DRDO conducted the first successful flight test of the indigenously developed Agni-5 missile equipped with MIRV technology.",
                    note="gloss: the curators' English translation of this passage"),
            b.claim(voa, "Proud of our DRDO scientists for Mission Divyastra, the first flight test of indigenously developed Agni-5 missile with Multiple Independently Targetable Re-entry Vehicle (MIRV) technology.",
                    "Narendra Modi, Prime Minister of India (post on X), as reported by VOA", "ownGovernment", "2024-03-11",
                    row=121),
        ], systems=["agni-5"]))

    # --- 22 Nov 2017: first air-launched BrahMos
    if "brahmos" in sys_ids:
        bsb = b.source("business-standard-2017-11-brahmos-alcm", "news", row=356)
        events.append(ev("test-brahmos-alcm-2017-11-22", "2017-11-22",
                         "First test firing of the air-launched BrahMos from a Su-30MKI", "test", ["IND"], [
            b.claim(bsb, "The successful maiden test firing of BrahMos Air Launched Cruise Missile (ALCM) from Su-30MKI",
                    "Indian Ministry of Defence / DRDO, as reported by Business Standard", "ownGovernment", "2017-11-22"),
        ], systems=["brahmos"]))

    # --- 21 Dec 2021: enhanced-range Babur-1B
    if "babur-1b" in sys_ids:
        geo = b.source("geo-2021-12-babur-1b", "news", row=331)
        events.append(ev("test-babur-1b-2021-12-21", "2021-12-21",
                         "Test flight of an enhanced-range Babur Cruise Missile 1B", "test", ["PAK"], [
            b.claim(geo, "Pakistan on Tuesday conducted a successful test flight of an enhanced range version of the indigenously developed Babur Cruise Missile 1B",
                    "ISPR, as reported by Geo News", "ownGovernment", "2021-12-21"),
        ], systems=["babur-1b"]))

    # --- the CISS opinion article (Nawal Nawaz), undated: its claims on the events it discusses
    opinion_claims(b, events)

    events.extend(first_test_events(systems))
    events.sort(key=lambda e: (e["date"], e["id"]))
    return events


# The opinion article in shared/sources carries no date, and no copy seen gives one (the Global
# Security Review version was not found). Its claims are its author's, undated: no `asOf` (the
# format leaves an unknown date out, never guesses it). No event is made for the article itself,
# since an event needs a date; its claims are attached to the dated events it discusses. Its
# Shaheen-III range claim is on that system's range figure (spec_systems.shaheen_3).
OPINION_FILE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                                             "shared", "sources", "american-sanctions-and-pakistans-strategic-realities.txt"))
OPINION_NOTE = "opinion article; undated: no copy seen gives its publication date"
# event id -> [(quote, note or None)]
OPINION_CLAIMS = {
    "us-sanctions-ndc-2024-12-18": [
        ("the recent imposition of the U.S. sanctions on Pakistan\u2019s state-owned National Development Complex (NDC) and three private Karachi-based companies",
         None),
        ("the country-specific sanctions imposed on Pakistan\u2019s missile program by the U.S., grounded in doubts and assumptions, do not bode well",
         None),
        ("These sanctions which are imposed under Executive Order 13382, are based on mere doubts and suspicions devoid of any substantial evidence.",
         None),
        ("Such country-specific sanctions tend to create an imbalance in the strategic calculus of South Asia, shifting the balance of power towards Pakistan\u2019s adversary, India.",
         None),
    ],
    "finer-remarks-2024-12-19": [
        ("While maintaining silence on India\u2019s Inter-Continental Ballistic Missile Program, (ICBM), with a manifest range of above 5000 kilometers, U.S. officials have raised misleading concerns",
         "the article names India's ICBM programme, not a missile: its 'above 5000 kilometers' is not filed as a claim on Agni-V's range"),
        ("The country\u2019s ballistic missile program has no intention to endanger sovereignty of any other state including allies of its longstanding partner, the United Sates.",
         "'Sates' as in the text"),
    ],
    "nsg-waiver-2008-09-06": [
        ("In 2008, the United States pampered India with a waiver from the Nuclear Suppliers Group (NSG) restrictions",
         None),
    ],
}


def opinion_claims(b, events):
    """Attach the opinion article's claims to the existing dated events it discusses."""
    from build_lib import verbatim_in, words, BuildError
    from spec_sources import OPINION_CLAIMANT, opinion_nawaz
    with open(OPINION_FILE, encoding="utf-8") as f:
        text = f.read()
    by_id = {e["id"]: e for e in events}
    src = opinion_nawaz(b)
    for eid, quotes in OPINION_CLAIMS.items():
        if eid not in by_id:
            raise BuildError(f"opinion claims for a missing event {eid}")
        for q, note in quotes:
            if not verbatim_in(q, text) or words(q) > 25:
                raise BuildError(f"opinion quote not verbatim or too long: {q!r}")
            by_id[eid]["claims"].append(b.claim(src, q, OPINION_CLAIMANT, "opinion", None,
                                                note=OPINION_NOTE + ("; " + note if note else "")))
