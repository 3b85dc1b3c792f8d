"""Systems beyond the core set. Same rules as spec_systems.py (see its docstring)."""
from build_lib import figure
from spec_systems import (NASIC, R_COMMON, R_OWN, UNCHECKED, orrg, orrg_class, system, tr)
from spec_sources import ORRG

ORIG = "gloss: the curators' English translation of this passage"
TR_NOTE = "English translation of a{} {} report; original wording not stored"


def trn(lang):
    return TR_NOTE.format("n" if lang[0] in "AEIOU" else "", lang)


GUIDED_ROCKET = ("a guided multiple-launch rocket system; 'ballistic' is the nearest category the "
                 "dataset format offers")


# ================================================================ Pakistan
def nasr(b):
    live = b.source("liveaaryaavart-2014-09-nasr", "news", row=69)
    ary = b.source("arynews-2017-07-nasr", "news", row=286)
    rng = [
        orrg(b, 1, 60),
        b.claim(live, "यह प्रक्षेपास्त्र 60 किलोमीटर तक मार कर सकता है।", "ISPR, as reported by liveaaryaavart.com",
                "ownGovernment", "2014-09", seen="liveaaryaavart-2014-09-nasr", value=60, q="upTo", lang="hi",
                gloss="This missile can strike up to 60 km.", note=ORIG),
        b.claim(ary, "ایک وسیع رینج والے ’’نصر‘‘ میزائل کا کامیاب تجربہ کیا گیا جس کی رینج 60 سے 70 کلومیٹر تک بڑھا دی گئی ہے",
                "DG ISPR Maj Gen Asif Ghafoor, as reported by ARY News", "ownGovernment", "2017-07-05",
                seen="ary-2017-07-nasr", value=70, lang="ur",
                gloss="a wide-range Nasr missile was successfully tested, whose range has been increased from 60 to 70 km",
                note=ORIG + "; DG ISPR's tweet of 5 July 2017 is embedded on the page"),
    ]
    return system("nasr", "Nasr", "PAK", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("DG ISPR, July 2017: range increased from 60 to 70 km"), value=70),
        "class": figure([orrg_class(b, 2, "CRBM")], "no launching-state class in the sources; the only class claim (ORRG's class rule)", value="CRBM"),
    }, aliases=["Hatf-9"])


def abdali(b):
    dawn = b.source("dawn-2011-03-abdali", "news", row=85)
    news = b.source("thenews-2025-05-abdali", "news", row=86)
    rng = [
        orrg(b, 3, 200),
        b.claim(dawn, "According to Inter-Services Public Relations, Hataf-2 with a range of 180km can carry nuclear as well as conventional warheads with high accuracy.",
                "ISPR, as reported by Dawn", "ownGovernment", "2011-03-11", value=180),
        b.claim(news, "Pakistan successfully carried out a training launch of the Abdali weapon system, a 450-kilometre-range surface-to-surface missile, the Inter-Services Public Relations (ISPR) said on Saturday.",
                "ISPR, as reported by The News", "ownGovernment", "2025-05-03", value=450,
                note="ISPR's 'Abdali Weapon System' of 2025; whether it is the same missile as the 180 km Hatf-2 of 2011 is not stated"),
    ]
    cls = [
        orrg_class(b, 4, "CRBM"),
        b.claim(dawn, "Pakistan successfully test-fired on Friday a short-range, surface-to-surface ballistic missile Hataf-2 (Abdali).",
                "Dawn", "media", "2011-03-11", row=88, value="short-range ballistic missile",
                note="Dawn's own description of the test; ISPR is credited with the range sentence only"),
    ]
    return system("abdali", "Abdali", "PAK", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("ISPR, May 2025"), value=450),
        "class": figure(cls, "no launching-state class in the sources; ORRG's class rule (CRBM) and Dawn (short-range) tie, no other-government claim, so the most recent: ORRG, 2026", value="CRBM"),
    }, aliases=["Hatf-2"])


def ghaznavi(b):
    hindu = b.source("thehindu-2014-04-ghaznavi", "news", row=81)
    br = b.source("brecorder-2019-08-ghaznavi", "news", row=83)
    sd = b.source("sandiegouniontribune-2004-11-pakistan-missiles", "news", row=261)
    rng = [
        orrg(b, 5, 300),
        b.claim(hindu, "the short range surface-to-surface ballistic missile Hatf III (Ghaznavi), which can carry nuclear and conventional warheads to a range of 290 km.",
                "ISPR, as reported by The Hindu", "ownGovernment", "2014-04-22", value=290),
        b.claim(br, "capable of delivering multiple types of warheads up to a range of 290 kilometers, ISPR said on Thursday.",
                "ISPR, as reported by Business Recorder", "ownGovernment", "2019-08-30", value=290, q="upTo"),
    ]
    cls = [
        orrg_class(b, 6, "CRBM"),
        b.claim(hindu, "the short range surface-to-surface ballistic missile Hatf III (Ghaznavi)", "ISPR, as reported by The Hindu",
                "ownGovernment", "2014-04-22", row=82, value="short range ballistic missile", note=UNCHECKED),
    ]
    status = [
        b.claim(sd, "The indigenously produced missile was delivered to the army in February this year",
                "The San Diego Union-Tribune", "media", "2004-11-29",
                row=262, value="delivered to the army (February 2004)", note=UNCHECKED),
    ]
    return system("ghaznavi", "Ghaznavi", "PAK", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("ISPR, August 2019"), value=290),
        "class": figure(cls, "the launching state's own class (ISPR via The Hindu, 2014: short range)", value="SRBM"),
        "status": figure(status, "the only status claim (2004)", value="delivered to the army"),
    }, aliases=["Hatf-3"])


def shaheen_1(b):
    voa = b.source("voa-2008-01-shaheen-1", "news", seen="voa-2008-01-shaheen-1")
    swad = b.source("swadeshnews-2013-04-shaheen-1", "news", row=67,
                    note="page in Hindi; the title is the curators' English translation. an earlier reading filed this report under Shaheen-1A; ISPR named the missile 'Hatf 4 Shaheen-1'")
    azad = b.source("azadsipahi-2019-11-shaheen-1", "news", row=66)
    rng = [
        orrg(b, 7, 750),
        b.claim(voa, "It said the missile has a range of about 700 kilometers.",
                "Pakistani military statement, as reported by Voice of America", "ownGovernment", "2008-01-25",
                value=700, q="approx",
                note="re-cited here instead of a blog quoting Daily Times"),
        b.claim(swad, "यह मिसाइल परमाणु और परम्परागत मुखास्त्रों को 900 किलोमीटर तक के दायरे में ले जाने की क्षमता रखती है।",
                "Swadesh News", "media", "2013-04-10", seen="swadesh-2013-04-shaheen-1",
                value=900, q="upTo", lang="hi",
                gloss="This missile can carry nuclear and conventional warheads up to a range of 900 km.",
                note="an improved version, by ISPR's account; other sources call the 900 km missile Shaheen-1A; " + ORIG),
        b.claim(azad, "परमाणु हथियार ले जाने में सक्षम इस मिसाइल की मारक क्षमता 650 किलोमीटर है।",
                "Pakistan Army spokesman Maj Gen Asif Ghafoor (tweet), as reported by azadsipahi.in", "ownGovernment",
                "2019-11", seen="azadsipahi-2019-11-shaheen-1", value=650, lang="hi",
                gloss="The range of this nuclear-capable missile is 650 km.", note=ORIG),
    ]
    cls = [
        orrg_class(b, 8, "SRBM"),
        b.claim(voa, "The Pakistani military says it has successfully test-fired a medium-range, nuclear capable ballistic missile.",
                "Pakistani military statement, as reported by Voice of America", "ownGovernment", "2008-01-25",
                value="medium-range ballistic missile"),
        b.claim(swad, "पाकिस्तान ने इंटरमिडिएट रेंज बैलिस्टिक मिसाइल हत्फ 4 शाहीन-1 विपन सिस्टम का सफल परीक्षण किया है।",
                "ISPR, as reported by Swadesh News", "ownGovernment", "2013-04-10", seen="swadesh-2013-04-shaheen-1",
                value="intermediate range ballistic missile", lang="hi",
                gloss="Pakistan has successfully tested the intermediate range ballistic missile Hatf 4 Shaheen-1 weapon system.",
                note="the translation is the curators' (the earlier translation does not cover this sentence)"),
    ]
    return system("shaheen-1", "Shaheen-I", "PAK", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("Pakistan Army spokesman, November 2019"), value=650),
        "class": figure(cls, "the launching state's most recent own class (ISPR, 2013: intermediate range, for the improved version)", value="IRBM"),
    }, aliases=["Hatf-4"])


def shaheen_1a(b):
    ibt = b.source("ibtimes-india-2015-12-shaheen-1a", "news", row=301)
    quint_kn = "quint-pti-2015-10-pakistan-forces"
    rng = [
        b.claim(ibt, "Shaheen-1A has a missile range of 900 km, and brings many Indian cities in Pakistan's range, reported the Hindu.",
                "The Hindu, as reported by IBTimes India", "media", "2015-12", value=900,
                note="page undated; it reports the test a week after the Shaheen-III test of December 2015. an earlier reading gave the figure as ISPR's; the excerpt attributes it to The Hindu"),
    ]
    status = [
        b.claim(quint_kn, "at least two more which are under development \u2013 the short-range Shaheen-1A and the medium-range Shaheen-3.",
                "Kristensen & Norris (Bulletin of the Atomic Scientists, Pakistani nuclear forces 2015), as reported by PTI",
                "independentAnalysis", "2015-10", row=230, value="under development", note=UNCHECKED),
    ]
    return system("shaheen-1a", "Shaheen-IA", "PAK", "ballistic", ["land"], {
        "rangeKm": figure(rng, "the only range claim in the sources (a single originating claimant)", value=900),
        "status": figure(status, "the only status claim (2015)", value="under development"),
    })


def ghauri(b):
    dawn04 = b.source("dawn-2004-05-ghauri", "news", row=256)
    cd06 = b.source("chinadaily-reuters-2006-11-ghauri", "news", row=263)
    cnn10 = b.source("cnn-2010-12-ghauri", "news", row=265)
    nation10 = b.source("nation-2010-12-ghauri", "news", row=79)
    geo18 = b.source("geo-2018-10-ghauri", "news", row=77)
    rng = [
        orrg(b, 9, 1250),
        b.claim(dawn04, "the Ghauri missile, capable of being loaded with all types of warheads and with an effective range of up to 1,500km",
                "ISPR Director General Maj-Gen Shaukat Sultan, as reported by Dawn", "ownGovernment", "2004-05-30",
                value=1500, q="upTo"),
        b.claim(cd06, "The Hatf 5, with a range of 1,300 km (800 miles), was first tested in 1998",
                "Reuters (China Daily)", "media", "2006-11-16", value=1300,
                note="Reuters' own description; the page credits the military with the launch only"),
        b.claim(cnn10, "a liquid fuel missile which can carry both conventional and nuclear warheads over a distance of 1,300 kilometers (about 800 miles).",
                "Pakistani military spokesman Maj Gen Athar Abbas, as reported by CNN", "ownGovernment", "2010-12-21",
                value=1300),
        b.claim(geo18, "The ballistic missile can carry both conventional and nuclear warheads up to a distance of 1300km, the statement said.",
                "ISPR, as reported by Geo News", "ownGovernment", "2018-10-08", value=1300, q="upTo"),
    ]
    cls = [
        orrg_class(b, 10, "MRBM"),
        b.claim(nation10, "successfully conducting training launch of Medium Range Ballistic Missile Hatf V (Ghauri).",
                "The Nation", "media", "2010-12-22", value="Medium Range Ballistic Missile",
                note="the paper's own words; the page does not credit ISPR with the class"),
    ]
    first = [
        b.claim(cd06, "The Hatf 5, with a range of 1,300 km (800 miles), was first tested in 1998",
                "Reuters (China Daily)", "media", "2006-11-16", row=264, value="1998"),
    ]
    return system("ghauri", "Ghauri", "PAK", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("ISPR, October 2018: 1,300 km, the figure used since 2006; ISPR's DG gave 1,500 km in 2004"), value=1300),
        "firstTest": figure(first, "the only first-test claim in the sources (year only)", value="1998"),
        "class": figure(cls, "no launching-state class in the sources; the class all claims give", value="MRBM"),
    }, aliases=["Hatf-5"])


def babur(b):
    dt07 = b.source("defencetalk-afp-2007-08-raad", "news", row=287)
    pt12 = b.source("pakistantoday-afp-2012-09-babur", "news", row=291)
    ap18 = b.source("wsvn-ap-2018-babur", "news", seen="wsvn-ap-2018-babur")
    djaz = b.source("djazairess-akhbarelyoum-nasr-babur", "news", row=327)
    quint_kn = "quint-pti-2015-10-pakistan-forces"
    rng = [
        b.claim(dt07, "Pakistan last test fired the Babur, which has a 700-kilometer range, in July.", "AFP (DefenceTalk)",
                "media", "2007-08-25", row=290, value=700),
        b.claim(djaz, "وكانت باكستان قد أجرت اختبارا ناجحا لصاروخ \"كروز\" القادر علي حمل رؤوس نووية \"حتف سبعة بابور\" ويبلغ مداه 600 كيلومتر في فبراير الماضي.",
                "Akhbar El Yom (via djazairess)", "media", None, value=600, lang="ar",
                gloss="Pakistan had conducted a successful test of the nuclear-capable cruise missile Hatf-7 Babur, with a range of 600 km, last February.",
                note=ORIG + "; page undated (an earlier reading placed it in 2011; the page does not say so); the outlet's own figure"),
        b.claim(pt12, "has a range of 700 kilometres (440 miles).", "Pakistani military, as reported by AFP (Pakistan Today)",
                "ownGovernment", "2012-09-17", value=700, note=UNCHECKED),
        b.claim(ap18, "In a statement, it said the Babur Cruise Missile, which has a range of 700 kilometers (420 miles), was launched from an undisclosed location.",
                "Pakistani military statement, as reported by AP (WSVN)", "ownGovernment", "2018", value=700,
                note="AP calls it a revised version; the report is dated only by its 2018 copyright line"),
    ]
    status = [
        b.claim(quint_kn, "Pakistan is also developing two new cruise missiles, the ground-launched Babur (Hatf-7) and the air-launched Ra'ad (Hatf-8), it said.",
                "Kristensen & Norris (Bulletin of the Atomic Scientists, Pakistani nuclear forces 2015), as reported by PTI",
                "independentAnalysis", "2015-10", row=232, value="under development", note=UNCHECKED),
    ]
    return system("babur", "Babur", "PAK", "cruise", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("Pakistani military statement via AP, 2018"), value=700),
        "status": figure(status, "the only status claim (2015)", value="under development"),
    }, aliases=["Hatf-7"])


def babur_1a(b):
    dawn = b.source("dawn-2021-02-babur-1a", "news", row=89)
    rng = [
        b.claim(dawn, "capable of hitting land and sea targets with high precision up to 450 kilometres away, a press release by the Inter-Services Public Relations said.",
                "ISPR, as reported by Dawn", "ownGovernment", "2021-02-11", value=450, q="upTo"),
    ]
    return system("babur-1a", "Babur-1A", "PAK", "cruise", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("ISPR, February 2021"), value=450),
    }, note="Dawn's report of the ISPR release also calls it a 'short range surface-to-surface ballistic missile'; ISPR names it Babur cruise missile IA.")


def babur_1b(b):
    trt = b.source("trtworld-2021-12-babur-1b", "news", row=92)
    abp = b.source("abplive-babur-1b", "news", row=91)
    rng = [
        b.claim(trt, "It has a range of more than 900 kilometers, twice the distance of an earlier missile of the same model",
                "Pakistani military statement, as reported by TRT World", "ownGovernment", "2021-12", value=900, q="atLeast",
                note="page undated; it reports the test of Tuesday 21 December 2021 (Geo News)"),
        b.claim(abp, "इंटर सर्विसेज पब्लिक रिलेशंस (आईएसपीआर) के मुताबिक, बाबर हथियार प्रणाली-1 (बी) द्वारा तैयार की गई इस मिसाइल की मारक क्षमता 700 किलोमीटर है",
                "ISPR, as reported by ABP Live", "ownGovernment", None, value=700, lang="hi",
                gloss="According to ISPR, this missile, Babur weapon system-1 (B), has a range of 700 km",
                note=ORIG + "; page undated: it names President Mamnoon Hussain and Prime Minister Shahid Khaqan Abbasi, in office together from August 2017 to May 2018"),
    ]
    return system("babur-1b", "Babur-1B", "PAK", "cruise", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("Pakistani military statement, December 2021; ISPR's undated 700 km (ABP Live, 2017-2018 by the office-holders it names) is older"), value=900),
    }, note="Geo News reports ISPR's 'enhanced range version' test of 21 December 2021 without a range.")


def babur_3(b):
    sw = b.source("spacewar-afp-2017-01-babur-3", "news", row=304)
    wb = b.source("worldbulletin-2017-01-babur-3", "news", row=305)
    rng = [
        b.claim(sw, "A military spokesman confirmed to AFP the missile, with a range of 450 km (280 miles), could carry a nuclear warhead.",
                "Pakistani military spokesman, as reported by AFP (SpaceWar)", "ownGovernment", "2017-01-09", value=450),
    ]
    first = [
        b.claim(sw, "Pakistan on Monday test-fired its first submarine-launched cruise missile, capable of carrying a nuclear warhead",
                "AFP (SpaceWar)", "media", "2017-01-09", row=303, value="2017-01-09"),
        b.claim(wb, "The test – Pakistan’s first in 2017 – was conducted Saturday at an undisclosed location in the Indian Ocean.",
                "World Bulletin", "media", "2017-01-09",
                value="2017-01-07", note=UNCHECKED + "; announced on Monday 9 January, conducted on Saturday 7 January"),
    ]
    return system("babur-3", "Babur-3", "PAK", "cruise", ["submarine"], {
        "rangeKm": figure(rng, R_OWN.format("Pakistani military spokesman, January 2017"), value=450),
        "firstTest": figure(first, "the claims differ on the day (test of Saturday 7 January, announced Monday 9 January 2017); the month they agree on", value="2017-01"),
    })


def raad(b):
    dt07 = b.source("defencetalk-afp-2007-08-raad", "news", row=287)
    reu08 = b.source("reuters-2008-05-raad", "news", row=289)
    quint_kn = "quint-pti-2015-10-pakistan-forces"
    rng = [
        b.claim(dt07, "has a range of 350 kilometers (217 miles) and uses stealth technology",
                "Pakistani military statement, as reported by AFP (DefenceTalk)", "ownGovernment", "2007-08-25", value=350),
        b.claim(reu08, "Pakistan successfully tested a nuclear-capable, air-launched cruise missile with a range of 350 km (220 miles) on Thursday, the military said",
                "Pakistani military, as reported by Reuters", "ownGovernment", "2008-05-08", value=350),
    ]
    first = [
        b.claim(dt07, "Pakistan on August 25 successfully test fired a new air-launched cruise missile capable of carrying nuclear weapons",
                "Pakistani military, as reported by AFP (DefenceTalk)", "ownGovernment", "2007-08-25", row=288,
                value="2007-08-25", note="reported as a 'new' missile; the page does not say 'first'"),
    ]
    status = [
        b.claim(quint_kn, "Pakistan is also developing two new cruise missiles, the ground-launched Babur (Hatf-7) and the air-launched Ra'ad (Hatf-8), it said.",
                "Kristensen & Norris (Bulletin of the Atomic Scientists, Pakistani nuclear forces 2015), as reported by PTI",
                "independentAnalysis", "2015-10", row=232, value="under development", note=UNCHECKED),
    ]
    return system("raad", "Ra'ad", "PAK", "cruise", ["air"], {
        "rangeKm": figure(rng, R_OWN.format("Pakistani military, May 2008"), value=350),
        "firstTest": figure(first, "the launching state's reported launch of the 'new' missile", value="2007-08-25"),
        "status": figure(status, "the only status claim (2015)", value="under development"),
    }, aliases=["Hatf-8"])


def raad_2(b):
    kw = b.source("khabarworld-2020-02-raad-2", "news", row=94, published="2020-02-18",
                  note="page in Hindi; the title is the curators' English translation; published date completed on a second reading (18 February 2020)")
    rng = [
        b.claim(kw, "पाकिस्तान ने मंगलवार को अपनी एयर लॉन्चड क्रूज मिसाइल राड-आईआई का सफल परीक्षण किया। इसकी पहुंच 600 किलोमीटर है।",
                "Hindustan Samachar news agency (via khabarworld.com)", "media", "2020-02-18",
                seen="khabarworld-2020-02-raad-2", value=600, lang="hi",
                gloss="Pakistan on Tuesday successfully tested its air-launched cruise missile Ra'ad-II. Its reach is 600 km.",
                note=ORIG + "; Ra'ad-II's 600 km appears in Pakistani reports only"),
    ]
    return system("raad-2", "Ra'ad-II", "PAK", "cruise", ["air"], {
        "rangeKm": figure(rng, "no launching-state figure quoted as such in the sources; the only range claim", value=600),
    })


def fatah_1(b):
    ap = b.source("federalnewsnetwork-ap-2021-01-fatah-1", "news", row=100)
    rng = [
        b.claim(ap, "a rocket system capable of carrying a conventional warhead up to a range of 140 kilometers (about 90 miles).",
                "Pakistani military, as reported by AP (Federal News Network)", "ownGovernment", "2021-01-07",
                value=140, q="upTo"),
    ]
    return system("fatah-1", "Fatah-I", "PAK", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("Pakistani military, January 2021"), value=140),
    }, note=GUIDED_ROCKET + ".")


def fatah_2(b):
    ibc = b.source("ibc24-2023-12-fatah-2", "news", row=318)
    an = b.source("arabnews-pk-2024-05-fatah-2", "news", row=97)
    rng = [
        b.claim(ibc, "यह रॉकेट प्रणाली 400 किलोमीटर की दूरी तक किसी भी लक्ष्य को उच्च सटीकता के साथ भेदने में सक्षम है।",
                "ISPR, as reported by PTI-Bhasha (IBC24)", "ownGovernment", "2023-12-27", seen="ibc24-2023-12-fatah-2",
                value=400, q="upTo", lang="hi",
                gloss="This rocket system is capable of hitting any target up to a distance of 400 km with high precision.",
                note=ORIG),
        b.claim(an, "In December 2023, Pakistan Army successfully conducted the flight test of the Fatah-II missile, which has a range of 400 kilometers.",
                "Arab News", "media", "2024-05", value=400,
                note=UNCHECKED + "; page undated; it reports the training launch of May 2024"),
    ]
    status = [
        b.claim(an, "Fatah -II is being inducted in Pakistan's Artillery Divisions for stand-off, precision engagement of deep targets.",
                "ISPR, as reported by Arab News", "ownGovernment", "2024-05", row=99, value="being inducted",
                note=UNCHECKED + "; page undated (May 2024)"),
    ]
    return system("fatah-2", "Fatah-II", "PAK", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("ISPR, December 2023"), value=400),
        "status": figure(status, "the only status claim (2024)", value="being inducted"),
    }, note=GUIDED_ROCKET + ".")


# ================================================================ India
def prithvi_1(b):
    top = b.source("topnews-dpa-prithvi", "news", row=294)
    rng = [
        orrg(b, 17, 150),
        b.claim(top, "While the Prithvi I, which has a range of 150 kilometres, was inducted in the army in 1994",
                "dpa (TopNews)", "media", None, value=150,
                note="page undated; the agency's own sentence: the Defence Ministry spokesman it quotes is credited with the test only"),
    ]
    return system("prithvi-1", "Prithvi-I", "IND", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_COMMON.format("150 km: NASIC via ORRG, dpa"), value=150),
        "class": figure([orrg_class(b, 18, "CRBM")], "the only class claim (ORRG's class rule)", value="CRBM"),
    })


def prithvi_2(b):
    pt11 = b.source("pakistantoday-afp-2011-09-prithvi-2", "news", row=152)
    hindu16 = b.source("thehindu-2016-11-prithvi-2", "news", row=149)
    oi19 = b.source("oneindia-2019-06-prithvi-2", "news", row=153)
    rep19 = b.source("republicworld-2019-11-prithvi-agni-2", "news", row=197)
    ie22 = b.source("indianexpress-2022-06-prithvi-2", "news", row=147, published="2022-06")
    rng = [
        orrg(b, 19, 250),
        b.claim(pt11, "With a striking range of 200 miles (350 kilometres)", "AFP (Pakistan Today)", "media", "2011-09-26", value=350),
        b.claim(hindu16, "The missile, capable of reaching targets 350 km away, can carry a 500-kg nuclear warhead.", "The Hindu",
                "media", "2016-11-22", value=350, note=UNCHECKED),
        b.claim(oi19, "the surface-to-surface missile, which has a strike range of 350 km", "OneIndia", "media", "2019-06-27",
                value=350, note=UNCHECKED),
        b.claim(rep19, "The trials of the 300 km-range missiles were carried out by the Strategic Forces Command of the Indian Army.",
                "Republic World", "media", "2019-11-20", value=300,
                note=UNCHECKED + "; the report is about two Prithvi missiles, taken as Prithvi-II by the curators"),
        b.claim(ie22, "Prithvi-II is an indigenously developed surface-to-surface missile, which has a range of around 250 km and can carry one-ton payload.",
                "The Indian Express", "media", "2022-06", value=250, q="approx",
                note="the outlet's own figure: the Defence Ministry statement it quotes gives no range"),
    ]
    cls = [
        orrg_class(b, 20, "CRBM"),
        b.claim(ie22, "a successful training launch of a Short-Range Ballistic Missile, Prithvi-II was carried out at 7.30 pm on Wednesday",
                "Indian Ministry of Defence, as reported by The Indian Express", "ownGovernment", "2022-06", row=148,
                value="Short-Range Ballistic Missile", note=UNCHECKED),
    ]
    payload = [
        b.claim(pt11, "the missile is capable of carrying a 1,000-kilo (2,200-pound) warhead.", "AFP (Pakistan Today)", "media",
                "2011-09-26", row=151, value=1000,
                note="AP's report of the same test gives 500 kg"),
        b.claim(hindu16, "can carry a 500-kg nuclear warhead", "The Hindu", "media", "2016-11-22", row=150, value=500, note=UNCHECKED),
        b.claim(ie22, "can carry one-ton payload", "The Indian Express", "media", "2022-06", value=1000),
    ]
    status = [
        b.claim(oi19, "Inducted into the armory of the Indian defence forces in 2003", "OneIndia", "media", "2019-06-27",
                value="inducted (2003)", note=UNCHECKED),
    ]
    return system("prithvi-2", "Prithvi-II", "IND", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_COMMON.format("350 km: AFP, The Hindu, OneIndia; 250 km: NASIC via ORRG, The Indian Express; 300 km: Republic World"), value=350),
        "class": figure(cls, "the launching state's own class (Ministry of Defence statement, June 2022)", value="SRBM"),
        "payloadKg": figure(payload, R_COMMON.format("1,000 kg: AFP, The Indian Express; 500 kg: The Hindu"), value=1000),
        "status": figure(status, "the only status claim (2019)", value="inducted"),
    })


# Spot check of 2026-11-29 (docs/spot-checks.md): on the NewsX page the range and payload are the
# outlet's own sentences; defence officials are quoted only confirming the launch and its success.
NEWSX_NOTE = ("the page states this in its own words; the defence officials it quotes only confirm the launch "
              "(corrected from 'Indian defence officials' after a spot check)")


def dhanush(b):
    ie00 = b.source("indianexpress-2000-02-dhanush", "news", row=184)
    aaj = b.source("aajtak-ians-2015-04-dhanush", "news", row=183)
    nx18 = b.source("newsx-2018-02-dhanush", "news", row=182)
    k24 = b.source("kolkata24x7-dhanush", "news", row=181)
    rng = [
        b.claim(ie00, "Dhanush, the formidable naval variant of surface-to-surface missile Prithvi, will have a strike range of 250 km, the sources told PTI.",
                "unnamed sources, as reported by PTI (The Indian Express)", "media", "2000-02-03", value=250,
                note="a figure given before the first test"),
        b.claim(aaj, "यह 500 किलोमीटर दूरी तक मार कर सकता है और 500 किलोग्राम से अधिक परमाणु विस्फोटक ढोने में सक्षम है.",
                "IANS, as reported by Aaj Tak", "media", "2015-04-09", seen="aajtak-2015-04-dhanush", value=500, q="upTo",
                lang="hi", gloss="It can strike up to 500 km and can carry more than 500 kg of nuclear explosives.",
                note=ORIG + "; an outlier against 350 km elsewhere"),
        b.claim(nx18, "Dhanush has the ability to strike within 350 km range", "NewsX",
                "media", "2018-02-23", value=350, q="upTo", note=NEWSX_NOTE),
        orrg(b, 35, 400),
        b.claim(k24, "for its full range of 350 km, according to Defence Research and Development Organisation (DRDO) missile scientists",
                "DRDO missile scientists, as reported by Kolkata24x7", "ownGovernment", None, value=350,
                note="page undated ('on Thursday')"),
    ]
    payload = [
        b.claim(aaj, "यह 500 किलोमीटर दूरी तक मार कर सकता है और 500 किलोग्राम से अधिक परमाणु विस्फोटक ढोने में सक्षम है.",
                "IANS, as reported by Aaj Tak", "media", "2015-04-09", seen="aajtak-2015-04-dhanush", value=500, q="atLeast",
                lang="hi", gloss="It can strike up to 500 km and can carry more than 500 kg of nuclear explosives.", note=ORIG),
        b.claim(nx18, "carrying a payload of 500 kg", "NewsX", "media",
                "2018-02-23", value=500, note=NEWSX_NOTE),
    ]
    return system("dhanush", "Dhanush", "IND", "ballistic", ["sea"], {
        "rangeKm": figure(rng, R_OWN.format("DRDO missile scientists via Kolkata24x7, undated: 350 km, the only launching-state figure"), value=350),
        "class": figure([orrg_class(b, 36, "SLBM")], "the only class claim (ORRG's class rule, which files the ship-launched Dhanush as an SLBM)", value="SLBM"),
        "payloadKg": figure(payload, R_COMMON.format("500 kg: IANS, NewsX"), value=500),
    }, note="A naval (ship-launched) variant of Prithvi.")


def agni_1(b):
    trend = b.source("trend-2008-05-agni-3", "news", row=140)
    bs12 = "business-standard-pti-2012-04-agni-5"
    scroll = b.source("scroll-pti-2015-11-agni-4", "news", row=134)
    mc21 = "moneycontrol-2021-06-agni-p"
    xin = b.source("defense-aerospace-xinhua-2018-02-agni-2", "news", row=193)
    ecd = b.source("eastcoastdaily-2023-06-agni-1", "news", row=200)
    rng = [
        orrg(b, 21, 700),
        b.claim(trend, "Agni I has a range of between 700 to 800 kilometres", "dpa, as reported by Trend News Agency", "media",
                "2008-05", row=141, lo=700, hi=800, q="range", note="page undated; it reports the third Agni-III test (May 2008)"),
        b.claim(bs12, "Agni 1 with 700 km range", "PTI", "media", "2012-04-19", row=123, value=700),
        b.claim(scroll, "Agni-I (range 700\u20131,250 km)", "Scroll.in", "media", "2015-11", row=135, lo=700, hi=1250, q="range",
                note="page undated; it reports the fifth Agni-IV trial, which Zee News dated 9 November 2015"),
        b.claim(mc21, "While Agni-I has a range of 700\u20131,200 km", "Moneycontrol", "media", "2021-06", row=359,
                lo=700, hi=1200, q="range"),
    ]
    cls = [
        orrg_class(b, 22, "SRBM"),
        b.claim(ecd, "A successful training launch of a medium-range ballistic missile, Agni-1, was carried out by the Strategic Forces Command",
                "Strategic Forces Command / Indian Ministry of Defence, as reported by East Coast Daily", "ownGovernment",
                "2023-06-02", value="medium-range ballistic missile", note=UNCHECKED),
    ]
    first = [
        b.claim(xin, "The first missile of the series, Agni I was developed under the Integrated Guided Missile Development Program and successfully test-fired in 1989.",
                "Xinhua (Defense-Aerospace.com)", "media", "2018-02-20", row=344, value="1989",
                note="other reports describe the 1989 launch as the Agni technology demonstrator"),
    ]
    return system("agni-1", "Agni-I", "IND", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_COMMON.format("700 km: NASIC via ORRG, PTI; the other claims are spans from 700 km"), value=700),
        "firstTest": figure(first, "the only first-test claim in the sources (year only)", value="1989"),
        "class": figure(cls, "the launching state's own class (Strategic Forces Command, June 2023: medium-range)", value="MRBM"),
    }, aliases=["Agni-1"])


def agni_2(b):
    tc08 = "twocircles-ians-2008-05-agni-3"
    bs12 = "business-standard-pti-2012-04-agni-5"
    xin = b.source("defense-aerospace-xinhua-2018-02-agni-2", "news", row=193)
    rep19 = b.source("republicworld-2019-11-prithvi-agni-2", "news", row=197)
    mc21 = "moneycontrol-2021-06-agni-p"
    rng = [
        orrg(b, 23, 2000, q="atLeast"),
        b.claim(tc08, "Agni-II has a range of more than 1,500 km.", "IANS (TwoCircles)", "media", "2008-05", row=143,
                value=1500, q="atLeast", note="an outlier; most sources give 2,000 km"),
        b.claim(bs12, "Agni 2 with 2,000 km range", "PTI", "media", "2012-04-19", row=124, value=2000),
        b.claim(xin, "The two-stage Agni II missile, with a strike range of over 2,000 km, has already been inducted into the Indian Army.",
                "Xinhua (Defense-Aerospace.com)", "media", "2018-02-20", value=2000, q="atLeast"),
        b.claim(rep19, "The missile with the range of 2000 km", "Republic World", "media", "2019-11-20", row=196, value=2000,
                note=UNCHECKED),
        b.claim(mc21, "Agni-II covers distances between 2,000 and 3,500 km.", "Moneycontrol", "media", "2021-06", row=360,
                lo=2000, hi=3500, q="range"),
    ]
    cls = [
        orrg_class(b, 24, "MRBM"),
        b.claim(rep19, "Congratulations to Team @DRDO_India for the first successful night trial of surface-to-surface medium-range missile #Agni2.",
                "Rajnath Singh, Indian Defence Minister (tweet), as reported by Republic World", "ownGovernment", "2019-11-20",
                row=195, value="medium-range missile", note=UNCHECKED),
    ]
    payload = [
        b.claim(xin, "It can carry a payload of 1,000 kg.", "Xinhua (Defense-Aerospace.com)", "media", "2018-02-20", row=194, value=1000),
    ]
    status = [
        b.claim(xin, "The two-stage Agni II missile, with a strike range of over 2,000 km, has already been inducted into the Indian Army.",
                "Xinhua (Defense-Aerospace.com)", "media", "2018-02-20", value="inducted into the Indian Army"),
    ]
    return system("agni-2", "Agni-II", "IND", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_COMMON.format("2,000 km: NASIC via ORRG, PTI, Xinhua, Republic World"), value=2000),
        "class": figure(cls, "the launching state's own class (Defence Minister Rajnath Singh, November 2019: medium-range)", value="MRBM"),
        "payloadKg": figure(payload, "the only payload claim (Xinhua, 2018)", value=1000),
        "status": figure(status, "the only status claim (Xinhua, 2018)", value="inducted"),
    }, aliases=["Agni-2"])


def agni_4(b):
    rediff07 = "rediff-pti-2007-12-agni-4"
    zee = b.source("zeenews-2015-11-agni-4", "news", seen="zee-2015-11-agni-4")
    scroll = b.source("scroll-pti-2015-11-agni-4", "news", row=134)
    iris = b.source("theindianiris-2015-india-forces", "news", row=237)
    mc21 = "moneycontrol-2021-06-agni-p"
    rng = [
        orrg(b, 27, 3500, q="atLeast"),
        b.claim(rediff07, "India is close to developing ballistic missile Agni-IV, capable of hitting targets upto a range of 6,000 km",
                "DRDO missile chief V K Saraswat, as reported by PTI (Rediff)", "ownGovernment", "2007-12-12", row=337,
                value=6000, q="upTo", note=UNCHECKED + "; a design-stage claim made before the first test"),
        b.claim(iris, "They said that Agni-4 is capable of delivering a single nuclear warhead more than 3,500 kilometres",
                "Kristensen & Norris (Bulletin of the Atomic Scientists, Indian nuclear forces 2015), as summarised by The Indian Iris",
                "independentAnalysis", "2015", value=3500, q="atLeast",
                note=UNCHECKED + "; page undated, placed in 2015 by the curators"),
        b.claim(zee, "capable of hitting a target at a distance of 4,000 km", "Zee News",
                "media", "2015-11-09", value=4000,
                note="the outlet's own description; the defence sources it cites are credited with the launch only"),
        b.claim(scroll, "The missile has a strike range of 4,000 km and is designed to carry a payload of one tonne.",
                "Scroll.in", "media", "2015-11", value=4000,
                note="page undated; it reports the fifth Agni-IV trial, which Zee News dated 9 November 2015"),
        b.claim(mc21, "Agni-IV at 3,500\u20134,000 km", "Moneycontrol", "media", "2021-06", row=362, lo=3500, hi=4000, q="range"),
    ]
    payload = [
        b.claim(scroll, "The missile has a strike range of 4,000 km and is designed to carry a payload of one tonne.",
                "Scroll.in", "media", "2015-11", value=1000,
                note="page undated; it reports the fifth Agni-IV trial, which Zee News dated 9 November 2015"),
    ]
    return system("agni-4", "Agni-IV", "IND", "ballistic", ["land"], {
        "rangeKm": figure(rng, "no launching-state figure for the tested missile (DRDO's 6,000 km of 2007 is a design-stage figure, not used); 3,500 km (NASIC via ORRG, Kristensen & Norris) and 4,000 km (Zee News, Scroll.in) are each given twice; tie broken for the other-government figure, NASIC via ORRG", value=3500),
        "class": figure([orrg_class(b, 28, "IRBM")], "the only class claim kept (ORRG's class rule); the Defence Ministry's 'Intermediate Range Ballistic Missile' of June 2022 was seen only on a page the second reading could not find again (facts.tsv rows 130-133)", value="IRBM"),
        "payloadKg": figure(payload, "the only payload claim (Scroll.in, 2015)", value=1000),
    }, aliases=["Agni-4"])


def agni_p(b):
    dna = b.source("dnaindia-2021-06-agni-p", "news", row=126)
    mc21 = "moneycontrol-2021-06-agni-p"
    nx = b.source("newsx-2021-12-agni-p", "news", row=364)
    nl = b.source("thenorthlines-2024-04-agni-prime", "news", row=129)
    menafn = b.source("menafn-ians-2024-04-agni-prime", "news", row=128)
    rng = [
        b.claim(dna, "It is a canisterised missile with range capability between 1,000 and 2,000 kms, the statement added.",
                "Indian Ministry of Defence statement, as reported by DNA", "ownGovernment", "2021-06-28", lo=1000, hi=2000, q="range"),
        b.claim(nx, "It is a canisterised missile with a range capability between 1,000 and 2,000 kms, government officials told ANI.",
                "Indian government officials, as reported by ANI (NewsX)", "ownGovernment", "2021-12-19", lo=1000, hi=2000, q="range"),
        b.claim(nl, "Capable of traveling between 1000-2000km, the state-of-the-art Agni Prime extends India's ballistic missile capabilities.",
                "The Northlines", "media", "2024-04-04", lo=1000, hi=2000, q="range"),
    ]
    first = [
        b.claim(dna, "successfully flight tested a New Generation Nuclear Capable Ballistic Missile Agni P ... at 1055 hrs on June 28, 2021",
                "Indian Ministry of Defence statement, as reported by DNA", "ownGovernment", "2021-06-28", row=127,
                value="2021-06-28", note="the statement does not itself say 'first'; the Defence Minister called it the maiden flight test"),
        b.claim(mc21, "Congratulations to @DRDO_India for the maiden successful flight test of Agni P advanced variant of Agni class of missiles.",
                "Rajnath Singh, Indian Defence Minister (tweet), as reported by Moneycontrol", "ownGovernment", "2021-06",
                row=357, value="2021-06"),
    ]
    cls = [
        b.claim(mc21, "The surface-to-surface medium-range ballistic missile, developed by the DRDO, can cover 1,000-2,000 kilometres.",
                "Moneycontrol", "media", "2021-06", row=358, value="medium-range ballistic missile", note=UNCHECKED),
    ]
    status = [
        b.claim(menafn, "He stated that the successful development and induction of the missile will be an excellent force multiplier",
                "the Indian Defence Minister, as reported by IANS (MENAFN)", "ownGovernment", "2024-04-04",
                value="flight-tested; induction pending", note=UNCHECKED),
    ]
    return system("agni-prime", "Agni-Prime", "IND", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("government officials via ANI, December 2021: 1,000-2,000 km"), lo=1000, hi=2000),
        "firstTest": figure(first, "the launching state's dated first flight (Defence Ministry statement)", value="2021-06-28"),
        "class": figure(cls, "no launching-state class in the sources; the only class claim (Moneycontrol)", value="MRBM"),
        "status": figure(status, "the only status claim (April 2024)", value="in development"),
    }, aliases=["Agni-P"])


def shaurya(b):
    dawn = b.source("dawn-afp-2011-09-shaurya", "news", row=351)
    dev = b.source("devdiscourse-ani-2020-10-shaurya", "news", row=167)
    rng = [
        b.claim(dawn, "With a striking range of 434 miles, the missile uses solid propellant and is capable of carrying a 1,000 kilogram warhead.",
                "AFP (Dawn)", "media", "2011-09-25", value=700,
                note="the page gives 434 miles (about 700 km); the AFP copy on SpaceWar gives 700 km"),
        b.claim(dev, "India on Saturday successfully test-fired a new version of nuclear-capable Shaurya missile off the coast of Odisha which can strike targets at around 800 km.",
                "ANI (Devdiscourse)", "media", "2020-10-03", value=800, q="approx",
                note="a new version; the agency's own sentence: the government sources it cites are credited with the induction plan"),
    ]
    first = [
        b.claim(dawn, "The Shourya \u2013 built domestically and developed for the army \u2013 is being fine-tuned after its debut in November 2008.",
                "AFP (Dawn)", "media", "2011-09-25", value="2008-11"),
    ]
    payload = [
        b.claim(dawn, "capable of carrying a 1,000 kilogram warhead", "AFP (Dawn)", "media", "2011-09-25", value=1000),
    ]
    status = [
        b.claim(dev, "The new version of the missile was testfired successfully and would be inducted in the strategic forces",
                "top government sources, as reported by ANI (Devdiscourse)", "ownGovernment", "2020-10-03", row=168,
                value="new version to be inducted", note=UNCHECKED),
    ]
    return system("shaurya", "Shaurya", "IND", "ballistic", ["land"], {
        "rangeKm": figure(rng, "no launching-state figure in the sources; 700 km (AFP, 2011) and around 800 km (ANI, 2020, for a new version) are each given once, no other-government claim, so the most recent: ANI, 2020", value=800),
        "firstTest": figure(first, "the only dated first-flight claim (month only)", value="2008-11"),
        "payloadKg": figure(payload, "the only payload claim (AFP, 2011)", value=1000),
        "status": figure(status, "the only status claim (October 2020)", value="to be inducted"),
    }, aliases=["Shourya"], note="AP (2008) reported the Defence Ministry giving 600 km; that report was not seen and is not included.")


def k_15(b):
    abc = b.source("abc-afp-2008-02-k-15", "news", row=159)
    rediff13 = b.source("rediff-pti-2013-01-k-15", "news", row=162)
    sify = b.source("sify-ani-2020-01-k-4", "news", row=154)
    nwn = b.source("natureworldnews-2013-01-k-15", "news", row=161)
    rng = [
        orrg(b, 31, 700),
        b.claim(abc, "India announced earlier this month it would conduct its first test of a submarine-based ballistic missile named the K-15 ... top range of 700 kilometres",
                "AFP (ABC News)", "media", "2008-02-26",
                value=700, note="AFP's description of the missile; India is credited with announcing the test, not the range"),
        b.claim(rediff13, "India is also developing two more underwater missiles, including K-15 and Brahmos, with strike ranges of 750 km and 290 km respectively.",
                "PTI (Rediff)", "media", "2013-01-27", value=750),
        b.claim(sify, "The other one is the over 700-kilometre strike range BO-5.", "ANI (Sify)",
                "media", "2020-01-24", row=156, value=700, q="atLeast",
                note="the report names it BO-5; taken as the K-15 (also called B-05) by the curators"),
    ]
    first = [
        b.claim(abc, "India's defence ministry says it has successfully conducted its first test of a nuclear-capable missile from an undersea platform.",
                "Indian Defence Ministry, as reported by AFP (ABC News)", "ownGovernment", "2008-02-26", row=160,
                value="2008-02-26", note="launched from an underwater pontoon"),
    ]
    cls = [
        orrg_class(b, 32, "SLBM"),
        b.claim(nwn, "the nuclear-capable K-15, a submarine-launched ballistic missile (SLBM), took off from a pontoon",
                "Nature World News (PTI report)", "media", "2013-01-28",
                value="submarine-launched ballistic missile (SLBM)"),
    ]
    return system("k-15", "K-15", "IND", "ballistic", ["submarine"], {
        "rangeKm": figure(rng, R_COMMON.format("700 km: NASIC via ORRG, AFP, ANI (over 700 km); PTI 750 km"), value=700),
        "firstTest": figure(first, "the launching state's announcement of the first test (from an underwater pontoon)", value="2008-02-26"),
        "class": figure(cls, "no launching-state class in the sources; the most common class among the claims", value="SLBM"),
    }, aliases=["Sagarika"])


def k_4(b):
    sify = b.source("sify-ani-2020-01-k-4", "news", row=154)
    rng = [
        orrg(b, 33, 3500),
        b.claim(sify, "India on Friday successfully test-fired the 3,500 km strike range nuclear-capable K-4 submarine-launched ballistic missile off the coast of Visakhapatnam.",
                "ANI (Sify)", "media", "2020-01-24", value=3500,
                note="the agency's own sentence; the government sources it cites are credited with other details"),
    ]
    cls = [
        orrg_class(b, 34, "SLBM"),
        b.claim(sify, "the 3,500 km strike range nuclear-capable K-4 submarine-launched ballistic missile", "ANI (Sify)",
                "media", "2020-01-24", value="submarine-launched ballistic missile"),
    ]
    status = [
        b.claim(sify, "The missile is being developed for being deployed on the fleet of the Arihant Class nuclear submarines being built by India.",
                "ANI (Sify)", "media", "2020-01-24", row=155,
                value="under development"),
    ]
    return system("k-4", "K-4", "IND", "ballistic", ["submarine"], {
        "rangeKm": figure(rng, R_COMMON.format("3,500 km: NASIC via ORRG, ANI"), value=3500),
        "class": figure(cls, "no launching-state class in the sources; the class both claims give", value="SLBM"),
        "status": figure(status, "the only status claim (January 2020)", value="under development"),
    })


def pralay(b):
    inn = b.source("indianewsnetwork-2021-12-pralay", "news", row=171)
    fpj = b.source("freepressjournal-2021-12-pralay", "news", row=172)
    tb = b.source("tarunbharat-2023-11-pralay", "news", row=174)
    aj = b.source("andhrajyothy-2023-09-pralay", "news", row=347)
    rng = [
        b.claim(inn, "The missile has a range of 150-500 kilometres and can be launched from a mobile launcher.",
                "India News Network", "media", "2021-12-23",
                lo=150, hi=500, q="range", note="the outlet's own sentence, after the Defence Ministry release it quotes"),
        b.claim(aj, "150 \u0c28\u0c41\u0c02\u0c1a\u0c3f 200 \u0c15\u0c3f\u0c32\u0c4b\u0c2e\u0c40\u0c1f\u0c30\u0c4d\u0c32 \u0c32\u0c15\u0c4d\u0c37\u0c4d\u0c2f\u0c3e\u0c32\u0c28\u0c3f \u0c1b\u0c47\u0c26\u0c3f\u0c02\u0c1a\u0c17\u0c32\u0c3f\u0c17\u0c47 '\u0c2a\u0c4d\u0c30\u0c33\u0c2f\u0c4d' \u0c2c\u0c3e\u0c32\u0c3f\u0c38\u0c4d\u0c1f\u0c3f\u0c15\u0c4d \u0c2e\u0c3f\u0c1c\u0c48\u0c32\u0c4d\u0c38\u0c4d",
                "Andhra Jyothy", "media", "2023-09-17", lo=150, hi=200, q="range", lang="te",
                gloss="Pralay ballistic missiles capable of hitting targets at 150 to 200 km",
                note=ORIG + "; probably an error for 150-500 km"),
        b.claim(tb, "\u0905\u0927\u093f\u0915\u093e-\u092f\u093e\u0928\u0947 \u0938\u093e\u0902\u0917\u093f\u0924\u0932\u0947 \u0915\u0940, '\u092a\u094d\u0930\u0932\u092f' \u0939\u0947 350-500 \u0915\u093f\u092e\u0940\u091a\u094d\u092f\u093e \u092a\u0932\u094d\u0932\u094d\u092f\u093e\u091a\u094d\u092f\u093e \u092a\u0943\u0937\u094d\u0920\u092d\u093e\u0917\u093e\u092a\u093e\u0938\u0942\u0928 \u092a\u0943\u0937\u094d\u0920\u092d\u093e\u0917\u093e\u0935\u0930 \u092e\u093e\u0930\u093e \u0915\u0930\u0923\u093e\u0930\u0947 \u0915\u094d\u0937\u0947\u092a\u0923\u093e\u0938\u094d\u0924\u094d\u0930",
                "an Indian defence official, as reported by Tarun Bharat", "ownGovernment", "2023-11-07", lo=350, hi=500, q="range",
                lang="mr", gloss="the official said Pralay is a 350-500 km range surface-to-surface missile", note=ORIG),
    ]
    first = [
        b.claim(fpj, "Earlier, yesterday, India successfully conducted the maiden flight test of indigenously developed surface-to-surface missile 'Pralay'",
                "Free Press Journal", "media", "2021-12-23",
                value="2021-12-22", note="the paper's own sentence; the Defence Ministry release it quotes is credited with other details"),
    ]
    return system("pralay", "Pralay", "IND", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("an Indian defence official, November 2023: 350-500 km"), lo=350, hi=500),
        "firstTest": figure(first, "the only first-test claim (Free Press Journal)", value="2021-12-22"),
    })


def brahmos(b):
    smh = b.source("smh-afp-2010-12-brahmos", "news", row=353)
    rediff13 = "rediff-pti-2013-01-k-15"
    nb = b.source("newsbharati-2017-03-brahmos", "news", row=191)
    ind = b.source("india-com-2020-09-brahmos", "news", row=189)
    dev = b.source("devdiscourse-ani-2020-10-shaurya", "news", row=167)
    bt = b.source("businesstoday-2020-11-brahmos", "news", row=354)
    rng = [
        b.claim(smh, "The BrahMos has a maximum range of 290 kilometres.", "AFP (Sydney Morning Herald)", "media", "2010-12-02", value=290,
                note="AFP's text in a report quoting Defence Ministry spokesman Sitanshu Kar on the test"),
        b.claim(rediff13, "India is also developing two more underwater missiles, including K-15 and Brahmos, with strike ranges of 750 km and 290 km respectively.",
                "PTI (Rediff)", "media", "2013-01-27", row=170, value=290),
        b.claim(nb, "DRDO chief S Christopher had earlier hinted at developing a second version of the BrahMos missile that could cover a range as high as 800-850km.",
                "DRDO chief S Christopher, as reported by News Bharati", "ownGovernment", "2017-03-12", lo=800, hi=850, q="range",
                note=UNCHECKED + "; a hinted future version, not the missile then tested"),
        b.claim(ind, "BrahMos is a medium-range ramjet supersonic cruise missile with a strike range of 450 km",
                "India.com", "media", "2020-09-30", value=450,
                note="the outlet's own description; the DRDO official it quotes is credited with the trial's parameters only"),
        b.claim(dev, "India also successfully testfired the BrahMos supersonic cruise missile which can hit targets at over 400 km strike range",
                "ANI (Devdiscourse)", "media", "2020-10-03", row=169, value=400, q="atLeast", note=UNCHECKED),
        b.claim(bt, "Recently, Defence Research and Development Organisation (DRDO) had extended the range of the missile system from the existing 298 km to around 450 km.",
                "Business Today", "media", "2020-11-24", value=450, q="approx", note=UNCHECKED + "; also gives the earlier 298 km"),
    ]
    status = [
        b.claim(ind, "Already operational with the Indian Army, Navy and Air Force", "India.com", "media", "2020-09-30", row=190,
                value="operational (Army, Navy, Air Force)", note=UNCHECKED),
    ]
    return system("brahmos", "BrahMos", "IND", "cruise", ["land", "sea", "air"], {
        "rangeKm": figure(rng, "no launching-state figure for the missile tested (DRDO chief Christopher's 800-850 km is a hinted future version, not used); 290 km (AFP, PTI) and 450 km (India.com, Business Today) are each given twice, no other-government claim, so the most recent: 450 km, 2020", value=450),
        "status": figure(status, "the only status claim (2020)", value="operational"),
    }, note=("AFP (2010) says it can be launched from land, ships, submarines and aircraft; PTI (2013) reports an underwater "
             "version under development; the first air-launched test was in November 2017. A joint Indian-Russian product."))


def nirbhay(b):
    nat = b.source("nation-2013-03-nirbhay", "news", row=176)
    ndtv = b.source("ndtv-2013-03-nirbhay", "news", row=178)
    ecd = b.source("eastcoastdaily-2020-10-nirbhay", "news", row=179)
    rng = [
        b.claim(nat, "the sub-sonic missile Nirbhay (fearless) with a strike range of around 1,000 km was successfully launched",
                "DRDO announcement, as reported by The Nation (Pakistan)", "ownGovernment", "2013-03-13", value=1000, q="approx"),
        b.claim(ndtv, "it strikes targets more than 700 km away carrying nuclear warheads", "NDTV", "media", "2013-03", value=700,
                q="atLeast", note="photo story, undated; it reports the first test (March 2013)"),
        b.claim(ecd, "The Nirbhay missile has a range of around 800 kilometres.", "East Coast Daily",
                "media", "2020-10-12", value=800, q="approx",
                note="the outlet's own sentence after the DRDO official's words on the snag; the test was aborted after a snag"),
    ]
    first = [
        b.claim(nat, "In its maiden trial test-firing the missile terminated mid-way after deviating from the flight course.",
                "The Nation (Pakistan)", "media", "2013-03-13", row=177,
                value="2013-03-12", note="the maiden trial of Tuesday 12 March 2013, terminated mid-flight"),
    ]
    return system("nirbhay", "Nirbhay", "IND", "cruise", ["land"], {
        "rangeKm": figure(rng, R_OWN.format("DRDO announcement via The Nation, March 2013: around 1,000 km"), value=1000),
        "firstTest": figure(first, "the only first-test claim (the maiden trial, partly failed)", value="2013-03-12"),
    })


# ================================================================ China
ASIANET = "asianet-hindi-2024-china-arsenal"
ASIANET_CLAIMANT = "Asianet News Hindi"
ASIANET_NOTE = (ORIG + "; page undated (2024, as dated by the curators); the range sentences are the outlet's own: "
                "the page credits the Bulletin of the Atomic Scientists only for its sentence on China's triad")


def df_17(b):
    k24 = b.source("kolkata24x7-diplomat-2017-df-17", "news", row=219,
                   note="reproduces, without credit, a report by Ankit Panda in The Diplomat")
    rng = [
        orrg(b, 43, 2000),
        b.claim(k24, "Parts of the U.S. intelligence community assess that the DF-17 is a medium-range system, with a range capability between 1,800 and 2,500 kilometers.",
                "parts of the U.S. intelligence community, as reported by The Diplomat (reproduced by Kolkata24x7)", "otherGovernment",
                "2017", lo=1800, hi=2500, q="range", note="page undated; it reports the tests of November 2017"),
    ]
    first = [
        b.claim(k24, "The first test took place on November 1 and the second test took place on November 15",
                "a U.S. government source, as reported by The Diplomat (reproduced by Kolkata24x7)", "otherGovernment", "2017",
                row=220, value="2017-11-01", note="the year is not in the excerpt; placed in 2017 by the curators"),
    ]
    cls = [
        orrg_class(b, 44, "MRBM"),
        b.claim(k24, "Parts of the U.S. intelligence community assess that the DF-17 is a medium-range system",
                "parts of the U.S. intelligence community, as reported by The Diplomat (reproduced by Kolkata24x7)", "otherGovernment",
                "2017", value="medium-range"),
    ]
    return system("df-17", "DF-17", "CHN", "hypersonicGlide", ["land"], {
        "rangeKm": figure(rng, R_COMMON.format("NASIC via ORRG 2,000 km, inside the 1,800-2,500 km assessed by parts of U.S. intelligence; tie broken for the other-government point figure"), value=2000),
        "firstTest": figure(first, "the only first-test claim (a U.S. government source)", value="2017-11-01"),
        "class": figure(cls, "no launching-state class in the sources; the class all claims give", value="MRBM"),
    }, note="Carries a hypersonic glide vehicle: ORRG notes 'HGV carrier'; The Diplomat (via Kolkata24x7) describes a ballistic missile with a hypersonic glide vehicle.")


def df_21(b):
    b.source(ASIANET, "news", row=210,
             note="Hindi web story; it credits the Bulletin of the Atomic Scientists for its sentence on China's triad, not for its range figures; title translated by the curators")
    rng = [
        orrg(b, 37, 1750, q="atLeast"),
        b.claim(ASIANET, "\u091a\u0940\u0928 \u0915\u0947 DF-21A/E \u092e\u093f\u0938\u093e\u0907\u0932 \u0915\u093e \u0930\u0947\u0902\u091c 2100 km \u0938\u0947 \u0905\u0927\u093f\u0915 \u0939\u0948\u0964", ASIANET_CLAIMANT, "media",
                "2024", row=211, value=2100, q="atLeast", lang="hi", gloss="China's DF-21A/E missile has a range of more than 2100 km.",
                note=ASIANET_NOTE + "; the page names the DF-21A/E variants, not the base DF-21"),
    ]
    return system("df-21", "DF-21", "CHN", "ballistic", ["land"], {
        "rangeKm": figure(rng, "no launching-state figure in the sources; NASIC via ORRG (the other claim is for the DF-21A/E variants)", value=1750),
        "class": figure([orrg_class(b, 38, "MRBM")], "the only class claim (ORRG's class rule)", value="MRBM"),
    })


def df_21d(b):
    imoa = b.source("imoa-wantchinatimes-2015-df-21d", "other", row=310,
                    note="repost of a Want China Times report on the U.S. Office of Naval Intelligence's 2015 report; the ONI report itself not seen (a weak source, to be re-cited to the ONI report)")
    cmo = b.source("chinamil-2016-06-df-21d", "news", row=311)
    rng = [
        orrg(b, 39, 1500, q="atLeast"),
        b.claim(imoa, "The US National Air and Space Intelligence center estimated that the DF-21D has a maximum range exceeding 1,450 kilometers.",
                "NASIC, as cited in coverage of the U.S. Office of Naval Intelligence report (Want China Times via IMOA)",
                "otherGovernment", "2015-04", value=1450, q="atLeast",
                note="weak source (a repost); page undated, the ONI report it covers was released 10 April 2015"),
        b.claim(cmo, "DF-21D, whose longest range is 3000 kilometers, can be launched from a mobile launching stand",
                "Chosun Ilbo (South Korean newspaper), as relayed by China Military Online (PLA Daily)", "media", "2016-06-15",
                value=3000),
    ]
    return system("df-21d", "DF-21D", "CHN", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_COMMON.format("about 1,500 km: NASIC via ORRG 1,500+, NASIC via ONI coverage 1,450+"), value=1500),
        "class": figure([orrg_class(b, 40, "MRBM")], "the only class claim (ORRG's class rule)", value="MRBM"),
    }, note="An anti-ship variant of the DF-21. A 2,700 km figure reported in 2011 (blog repost of Bloomberg citing China Daily) is left out: the excerpt does not name the missile and the source is weak.")


def df_31a_ag(b):
    b.source(ASIANET, "news", row=210,
             note="Hindi web story; it credits the Bulletin of the Atomic Scientists for its sentence on China's triad, not for its range figures; title translated by the curators")
    k24 = b.source("kolkata24x7-2017-07-df-31ag", "news", row=367)
    yib = b.source("yibada-2015-08-df-31", "news", row=315)
    rng = [
        b.claim(ORRG, b.rows[45]["quote_or_excerpt_seen"], NASIC, "otherGovernment", "2020", row=45, value=11000, q="atLeast",
                note="the DF-31A entry; a '+' after the figure in the compilation is kept as 'at least'"),
        b.claim(ORRG, b.rows[47]["quote_or_excerpt_seen"], "ORRG compiler estimate (not NASIC)", "independentAnalysis", "2026-01-22",
                row=47, value=11000, q="atLeast",
                note="the DF-31AG entry is marked 'Est.': the ORRG compiler's estimate, not NASIC's"),
        b.claim(k24, "DF-31AG is an intercontinental ballistic missile with a reported range of more than 10,000 kilometers",
                "Kolkata24x7 (on CCTV's parade coverage)", "media", "2017", value=10000, q="atLeast",
                note=UNCHECKED + "; page undated; it reports the PLA's 90th-anniversary parade (2017)"),
        b.claim(ASIANET, "DF-31A \u0914\u0930 DF-31AG \u0915\u093e \u0930\u0947\u0902\u091c 11,200km \u0939\u0948\u0964", ASIANET_CLAIMANT, "media", "2024", row=213,
                value=11200, lang="hi", gloss="The range of DF-31A and DF-31AG is 11,200 km.", note=ASIANET_NOTE),
    ]
    first = [
        b.claim(yib, "China was forced to develop the DF-31A, which made its maiden test flight on Nov. 22, 2002.",
                "Duowei News, as reported by Yibada", "media", "2015-08-11", value="2002-11-22", note=UNCHECKED + "; for the DF-31A"),
    ]
    cls = [
        orrg_class(b, 46, "ICBM", note="the DF-31A entry"),
        orrg_class(b, 48, "ICBM", note="the DF-31AG entry"),
    ]
    return system("df-31a-ag", "DF-31A/AG", "CHN", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_COMMON.format("11,000 km: NASIC via ORRG (DF-31A) and the ORRG estimate (DF-31AG); Asianet 11,200"), value=11000),
        "firstTest": figure(first, "the only first-flight claim (for the DF-31A)", value="2002-11-22"),
        "class": figure(cls, "the class all claims give", value="ICBM"),
    }, aliases=["DF-31A", "DF-31AG"],
       note="The DF-31A and the DF-31AG are kept as one system, as the Bulletin gives one range for both. The DF-31AG was first shown publicly at the PLA's 90th-anniversary parade in 2017 (a display, not a flight test).")


def df_41(b):
    b.source(ASIANET, "news", row=210,
             note="Hindi web story; it credits the Bulletin of the Atomic Scientists for its sentence on China's triad, not for its range figures; title translated by the curators")
    bi = b.source("businessinsider-india-2016-04-df-41", "news", row=216)
    spj = b.source("sputnik-japan-2016-04-df-41", "news", row=217,
                   note="page in Japanese; the title as the curators recorded it")
    spb = b.source("sputnik-brasil-2017-11-df-41", "news", row=369, note="page in Portuguese; title as published")
    bul = b.source("bulletin-2021-11-chinese-forces", "analysis", row=218, authors=["Hans M. Kristensen", "Matt Korda"])
    rng = [
        b.claim(ORRG, b.rows[49]["quote_or_excerpt_seen"], "ORRG compiler estimate (not NASIC)", "independentAnalysis", "2026-01-22",
                row=49, value=15000, q="atLeast",
                note="the entry is marked 'Est.': the ORRG compiler's estimate, not NASIC's"),
        b.claim(spj, "\u300c\u6f22\u548c\u9632\u52d9\u8a55\u8ad6\u300d\u306b\u3088\u308b\u3068\u3001\u4e2d\u56fd\u306f2016\u5e74\u306b\u3082DF-41\u3092\u88c5\u5099\u3067\u304d\u308b\u898b\u8fbc\u307f\u3002 ... DF-41\u306e\u5c04\u7a0b\u8ddd\u96e2\u306f1\u4e074500\u30ad\u30ed\u30e1\u30fc\u30c8\u30eb\u3002",
                "Kanwa Asian Defense Review, as reported by Sputnik Japan", "independentAnalysis", "2016-04-04", value=14500, lang="ja",
                gloss="According to Kanwa Defense Review, China may be able to deploy the DF-41 as early as 2016. ... The DF-41's range is 14,500 km.",
                note=ORIG),
        b.claim(bi, "No one questions the longest range of the DF-41 is near 15,000km.",
                "He Qisong (Shanghai University of Political Science and Law), as quoted by the SCMP via Business Insider India",
                "independentAnalysis", "2016-04", value=15000, q="approx", note=UNCHECKED + "; page undated (April 2016, as dated by the curators)"),
        b.claim(spb, "De acordo com a Global Security, o m\u00edssil tem uma faixa de 10.000 a 12.000 quil\u00f4metros", "GlobalSecurity.org, as reported by Sputnik Brasil",
                "independentAnalysis", "2017-11-21", lo=10000, hi=12000, q="range", lang="pt",
                gloss="According to Global Security, the missile has a range of 10,000 to 12,000 km", note=ORIG),
        b.claim(ASIANET, "DF-41 \u0915\u093e \u0930\u0947\u0902\u091c 12000 km \u0939\u0948\u0964", ASIANET_CLAIMANT, "media", "2024", row=214, value=12000, lang="hi",
                gloss="The range of DF-41 is 12000 km.", note=ASIANET_NOTE),
    ]
    cls = [
        orrg_class(b, 50, "ICBM"),
        b.claim(bul, "has fielded at least two brigades of the new DF-41 road-mobile intercontinental ballistic missile (ICBM)",
                "Hans M. Kristensen & Matt Korda (Bulletin of the Atomic Scientists, Nuclear Notebook)", "independentAnalysis",
                "2021-11-15", value="ICBM", note=UNCHECKED),
    ]
    status = [
        b.claim(bul, "has fielded at least two brigades of the new DF-41 road-mobile intercontinental ballistic missile (ICBM)",
                "Hans M. Kristensen & Matt Korda (Bulletin of the Atomic Scientists, Nuclear Notebook)", "independentAnalysis",
                "2021-11-15", value="fielded (at least two brigades)", note=UNCHECKED),
    ]
    return system("df-41", "DF-41", "CHN", "ballistic", ["land"], {
        "rangeKm": figure(rng, R_COMMON.format("about 15,000 km: the ORRG estimate and He Qisong; 14,500, 10,000-12,000 and 12,000 km are each given once"), value=15000),
        "class": figure(cls, "the class all claims give", value="ICBM"),
        "status": figure(status, "the only status claim (November 2021)", value="fielded"),
    }, note="The entry naming NASIC for DF-41 in the ORRG compilation is an estimate by the compiler (marked 'Est.'), kept as such.")


def jl_2(b):
    scmp = b.source("scmp-2018-12-jl-3", "news", row=224, published="2018-12")
    act17 = b.source("act-2017-07-china-sea-based-force", "analysis", seen="act-2017-07-jl-2")
    nw = b.source("newswire-lk-act-2023-jl-3", "other", row=334,
                  note="uncredited reprint of an Arms Control Today news item (2023); the armscontrol.org original not seen")
    rng = [
        orrg(b, 51, 7000, q="atLeast"),
        b.claim(act17, "The SLBMs have a range of 7,200 kilometers, according to the 2016 report.",
                "U.S. Department of Defense (2016 report to Congress), as reported by Arms Control Today", "otherGovernment", "2017-07",
                value=7200, note="also the USCC 2016 Annual Report's 'assessed range of 7,200 km', citing DoD"),
        b.claim(scmp, "its predecessor, the JL-2, had a flight range of only 7,000km (4,350 miles).",
                "an anonymous source, as reported by the South China Morning Post", "media", "2018-12", value=7000),
        b.claim(nw, "the JL-2, which has a range of about 8,000 kilometers", "Arms Control Association (Arms Control Today)",
                "independentAnalysis", "2023", row=335, value=8000, q="approx", note="page undated; 2023, as dated by the curators (Gen. Cotton's hearing of 8 March)"),
    ]
    return system("jl-2", "JL-2", "CHN", "ballistic", ["submarine"], {
        "rangeKm": figure(rng, R_COMMON.format("7,000 km: NASIC via ORRG 7,000+, an SCMP source; DoD 7,200; ACA about 8,000"), value=7000),
        "class": figure([orrg_class(b, 52, "SLBM")], "the only class claim (ORRG's class rule)", value="SLBM"),
    })


def jl_3(b):
    scmp = b.source("scmp-2018-12-jl-3", "news", row=224, published="2018-12")
    nw = b.source("newswire-lk-act-2023-jl-3", "other", row=334,
                  note="uncredited reprint of an Arms Control Today news item (2023); the armscontrol.org original not seen")
    rng = [
        orrg(b, 53, 10000, q="atLeast"),
        b.claim(scmp, "The new missile has a flight range of about 9,000km (5,600 miles)", "an anonymous source, as reported by the South China Morning Post",
                "media", "2018-12", row=223, value=9000, q="approx"),
        b.claim(nw, "has an estimated range of more than 10,000 kilometers", "Arms Control Association (Arms Control Today)",
                "independentAnalysis", "2023", value=10000, q="atLeast", note="page undated; 2023, as dated by the curators"),
    ]
    first = [
        b.claim(nw, "The JL-3, which was tested first in November 2018", "Arms Control Association (Arms Control Today)",
                "independentAnalysis", "2023", value="2018-11", note="page undated; 2023, as dated by the curators"),
    ]
    status = [
        b.claim(nw, "China's six Jin-class ballistic missile submarines are now being equipped with the new third-generation JL-3 SLBM",
                "Gen. Anthony Cotton, commander of U.S. Strategic Command, as reported by Arms Control Today", "otherGovernment",
                "2023", row=336, value="being fitted to the six Jin-class submarines",
                note="said at a congressional hearing of 8 March (2023, as dated by the curators)"),
    ]
    return system("jl-3", "JL-3", "CHN", "ballistic", ["submarine"], {
        "rangeKm": figure(rng, R_COMMON.format("10,000 km: NASIC via ORRG 10,000+, ACA more than 10,000; an SCMP source about 9,000"), value=10000),
        "firstTest": figure(first, "the only first-test claim (month only)", value="2018-11"),
        "class": figure([orrg_class(b, 54, "SLBM")], "the only class claim (ORRG's class rule)", value="SLBM"),
        "status": figure(status, "the only status claim (2023)", value="being deployed"),
    })


EXTENDED = [nasr, abdali, ghaznavi, shaheen_1, shaheen_1a, ghauri, babur, babur_1a, babur_1b, babur_3, raad, raad_2,
            fatah_1, fatah_2,
            prithvi_1, prithvi_2, dhanush, agni_1, agni_2, agni_4, agni_p, shaurya, k_15, k_4, pralay, brahmos, nirbhay,
            df_17, df_21, df_21d, df_31a_ag, df_41, jl_2, jl_3]
