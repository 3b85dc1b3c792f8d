"""Pages read by the dataset curator (not rows of facts.tsv), with the words seen, verbatim.

Each was read in a stored copy of the public page (the project's page store) while re-citing rows
that facts-check.md asked to re-cite, or to fill a gap it named (Shaheen-II 2,500 km, AP/Fox News
29 April 2006). Only what is written here was seen; quotes taken from these pages are checked
against `text` by build_lib.py.
"""

SEEN = {
    "aa-2017-01-ababeel": {
        "title": "Pakistan test fires new surface-to-surface missile",
        "publisher": "Anadolu Agency",
        "authors": ["Aamir Latif"],
        "published": "2017-01-24",
        "url": "http://aa.com.tr/en/science-technology/pakistan-test-fires-new-surface-to-surface-missile-/733920",
        "text": (
            "Ababeel weapon system with a range of 2,200 kilometers (1,367 miles) can carry nuclear "
            "warheads, says Pakistani military\n\n24.01.2017 - Update : 24.01.2017\n"
            "Pakistan test fired a surface-to-surface missile with a range of 2,200 kilometers "
            "(1,367 miles) on Tuesday, marking the second such test in less than three weeks, "
            "according to an army spokesman.\n\nThe missile named Ababeel is capable of carrying "
            "nuclear warheads and has the capability to engage multiple targets with high precision, "
            "spokesman Maj. Gen. Asif Ghafoor said in a statement."
        ),
    },
    "voa-2017-01-ababeel": {
        "title": "Pakistan Tests Ballistic Missile Capable of Carrying Multiple Nuclear Warheads",
        "publisher": "Voice of America",
        "url": "https://www.voanews.com/a/pakistan-ababeel-missile-test/3689640.html",
        "text": (
            "In this handout photograph released by Pakistan's Inter Services Public Relations (ISPR) "
            "on Jan. 24, 2017, an Ababeel surface-to-surface ballistic missile is shown launching from "
            "an undisclosed location in Pakistan.\n\nPakistan says it has successfully tested a "
            "surface-to-surface ballistic missile that is capable of carrying multiple nuclear warheads "
            "and can hit targets with precision as far as 2,200 kilometers.\n\n"
            "Tuesday\u2019s maiden flight test of the Ababeel missile was announced by military "
            "spokesman Major General Asif Ghafoor."
        ),
    },
    "fox-2006-04-shaheen-2": {
        "title": "Pakistan Launches Long-Range Missile",
        "publisher": "Fox News",
        "published": "2006-04-29",
        "url": "http://www.foxnews.com/story/2006/04/29/pakistan-launches-long-range-missile.html",
        "text": (
            "Pakistan on Saturday successfully test fired its longest-range nuclear-capable "
            "surface-to-surface missile, the military said.\n\nThe ballistic Missile Hatf VI "
            "(Shaheen II), with a range of 2,500 kilometers (1,555 miles), can carry \"nuclear and "
            "conventional warheads with high accuracy,\" a Pakistan military statement said.\n\n"
            "The upgraded and new version of the Shaheen II missile was carried \"to validate "
            "additional technical parameters beyond those that were verified in the last test fire "
            "in March 2005,\" it said."
        ),
    },
    "arabnews-2007-02-shaheen-2": {
        "title": "Pakistan test fires longest-range nuclear-capable ballistic missile",
        "publisher": "Arab News",
        "published": "2007-02-24",
        "url": "https://www.arabnews.com/node/294935",
        "text": (
            "ISLAMABAD, 24 February 2007 \u2014 Pakistan yesterday test fired its longest-range "
            "nuclear-capable ballistic missile, two days after signing a deal with India to cut the "
            "risk of atomic weapons accidents, the military said.\n"
            "The Shaheen II, or Hatf VI, missile with a range of 2,000 kilometers (1,240 miles) was "
            "launched from an undisclosed location, military spokesman Maj. Gen. Shaukat Sultan said."
        ),
    },
    "profit-2024-12-ndc": {
        "title": "US imposes sanctions on National Development Complex, three other entities linked to Pakistan's missile program",
        "publisher": "Profit (Pakistan Today)",
        "published": "2024-12-19",
        "url": "https://profit.pakistantoday.com.pk/2024/12/19/us-imposes-sanctions-on-national-development-complex-three-other-entities-linked-to-pakistans-missile-program/",
        "text": (
            "The fact sheet stated that the National Development Complex (NDC), based in Islamabad, "
            "has been involved in acquiring items to support Pakistan\u2019s long-range ballistic "
            "missile program, including special vehicle chassis intended for use as launch support "
            "equipment and missile testing apparatus. The US government assesses that NDC is "
            "responsible for the development of Pakistan\u2019s ballistic missiles, including the "
            "Shaheen-series missiles."
        ),
    },
    "vif-2018-09-comcasa": {
        "title": "COMCASA - The Bigger Picture",
        "publisher": "Vivekananda International Foundation",
        "authors": ["V K Saxena"],
        "published": "2018-09-19",
        "url": "https://www.vifindia.org/article/2018/september/19/comcasa-the-biggerpicture",
        "text": (
            "In the context of the signing of Communication Compatibility and Security Agreement "
            "(COMCASA) between US and India on 06 Sep 2018 during the 2+2 dialogue1, this article "
            "attempts to analyse the bigger picture."
        ),
    },
    "act-2017-07-jl-2": {
        "title": "China Deploys Sea-Based Nuclear Force",
        "publisher": "Arms Control Association (Arms Control Today)",
        "authors": ["Alicia Sanders-Zakre"],
        "published": "2017-07",
        "url": "https://armscontrol.org/act/2017-07/news-briefs/china-deploys-sea-based-nuclear-force",
        "text": (
            "It states that China\u2019s four operational JIN-class nuclear submarines \u201care equipped "
            "with\u201d up to 12 JL-2s, while the 2016 report had stated that submarines \u201cwill "
            "eventually carry\u201d them. The SLBMs have a range of 7,200 kilometers, according to the "
            "2016 report. The Defense Department report also stated that China has deployed a new "
            "intermediate-range ballistic missile, the DF-26, which was first unveiled in a September "
            "2015 parade."
        ),
    },
}

SEEN["zee-2015-11-agni-4"] = {
    "title": "DNA: India test fires Agni-IV missile in Odisha",
    "publisher": "Zee News",
    "published": "2015-11-09",
    "url": "http://zeenews.india.com/news/videos/dna/dna-india-test-fires-agni-iv-missile-in-odisha_1820469.html",
    "text": (
        "India today successfully test-fired its nuclear-capable strategic ballistic missile Agni-IV, "
        "capable of hitting a target at a distance of 4,000 km, from newly named Dr. APJ Abdul Kalam "
        "Island off the Odisha coast. The missile, which is about 20 metres tall and weighs 17 tons, "
        "was flight tested from the launch complex-4 of Integrated Test Range (ITR) at Abdul Kalam "
        "Island, formerly known as Wheeler Island, at about 9.45 am, defence sources said.\n\n"
        "Nov 09, 2015, 22:37 PM IST"
    ),
}

# Pages in other languages, read in the original; quotes from them keep the original words and
# carry an English gloss (taken from the curators' translation of the same row).
SEEN["ary-2017-07-nasr"] = {
    "title": "Pakistan tested Nasr missile: ISPR (Urdu)",
    "publisher": "ARY News",
    "url": "https://bkud.arynews.tv/pak-tested-nasar-missile-ispr",
    "text": (
        "ڈی جی آئی ایس پی آر کا کہنا ہے کہ پاک فوج مسلسل وسیع رینج اور جدید تبدیلیوں سے ہم آہنگ "
        "میزائل کے کامیاب تجربے کر رہی ہے ایسے ہی ایک وسیع رینج والے ’’نصر‘‘ میزائل کا کامیاب تجربہ "
        "کیا گیا جس کی رینج 60 سے 70 کلومیٹر تک بڑھا دی گئی ہے اور ہدف کو نشانہ بنانے کی مکمل "
        "صلاحیت رکھتا ہے۔"
    ),
}
SEEN["liveaaryaavart-2014-09-nasr"] = {
    "title": "Pakistan tested Hatf-9 missile (Hindi)",
    "publisher": "liveaaryaavart.com",
    "url": "https://liveaaryaavart.com/2014/09/pakistan-tested-hatf-9-missile.html",
    "text": (
        "पाकिस्तान ने शुक्रवार को सतह से सतह पर मार करने वाले छोटी दूरी के प्रक्षेपास्त्र हत्फ-9 (नसर) "
        "का सफल परीक्षण किया। यह जानकारी इंटर-सर्विसिस पब्लिक रिलेशंस (आईएसपीआर) ने एक बयान जारी कर "
        "दी। यह प्रक्षेपास्त्र 60 किलोमीटर तक मार कर सकता है।"
    ),
}
SEEN["azadsipahi-2019-11-shaheen-1"] = {
    "title": "Pakistan tests Shaheen-1 missile (Hindi)",
    "publisher": "azadsipahi.in",
    "url": "https://azadsipahi.in/11/2019/pakistan-tests-shaheen-1-missile.html",
    "text": (
        "इस्लामाबाद: पाकिस्तान ने सोमवार को सतह से सतह तक मार करने में सक्षम शाहीन-1 मिसाइल का सफल "
        "परिक्षण किया। परमाणु हथियार ले जाने में सक्षम इस मिसाइल की मारक क्षमता 650 किलोमीटर है। "
        "पाकिस्तानी सेना के प्रवक्ता मेजर जनरल आसिफ गफूर ने ट्वीट कर इसकी जानकारी दी। सेना प्रवक्ता ने "
        "बताया कि इस मिसाइल का परीक्षण पाकिस्तानी सेना के स्ट्रैटिजिक फोर्सेज कमांड ने किया है। इस "
        "मिसाइल को हत्फ-4 के नाम से भी जाना जाता है।"
    ),
}
SEEN["swadesh-2013-04-shaheen-1"] = {
    "title": "Pakistan tested nuclear capable missile (Hindi)",
    "publisher": "Swadesh News",
    "url": "https://www.swadeshnews.in/Encyc/2013/4/10/%E0%A4%AA%E0%A4%BE%E0%A4%95%E0%A4%BF%E0%A4%B8%E0%A5%8D%E0%A4%A4%E0%A4%BE%E0%A4%A8-%E0%A4%A8%E0%A5%87-%E0%A4%95%E0%A4%BF%E0%A4%AF%E0%A4%BE-%E0%A4%AA%E0%A4%B0%E0%A4%AE%E0%A4%BE%E0%A4%A3%E0%A5%81-%E0%A4%B8%E0%A4%95%E0%A5%8D%E0%A4%B7%E0%A4%AE-%E0%A4%AE%E0%A4%BF%E0%A4%B8%E0%A4%BE%E0%A4%87%E0%A4%B2-%E0%A4%95%E0%A4%BE-%E0%A4%AA%E0%A4%B0%E0%A5%80%E0%A4%95%E0%A5%8D%E0%A4%B7%E0%A4%A3.aspx",
    "text": (
        "इस्लामाबाद | पाकिस्तान ने परमाणु मुखास्त्र वहन करने की क्षमता वाले इंटरमिडिएट रेंज बैलिस्टिक "
        "मिसाइल (आईआरबीएम) का सफल परीक्षण किया है। यह मिसाइल परमाणु और परम्परागत मुखास्त्रों को 900 "
        "किलोमीटर तक के दायरे में ले जाने की क्षमता रखती है। इंटर-सर्विस पब्लिक रिलेशंस ने जारी एक "
        "वक्तव्य में कहा, \"पाकिस्तान ने इंटरमिडिएट रेंज बैलिस्टिक मिसाइल हत्फ 4 शाहीन-1 विपन सिस्टम का "
        "सफल परीक्षण किया है।\""
    ),
}
SEEN["khabarworld-2020-02-raad-2"] = {
    "title": "Pakistan successfully tests its air missile (Hindi)",
    "publisher": "khabarworld.com",
    "url": "https://khabarworld.com/pakistan-successfully-tests-ai",
    "text": (
        "इस्लामाबाद, 18 फरवरी (हि.स.)। पाकिस्तान ने मंगलवार को अपनी एयर लॉन्चड क्रूज मिसाइल राड-आईआई "
        "का सफल परीक्षण किया। इसकी पहुंच 600 किलोमीटर है।"
    ),
}
SEEN["ibc24-2023-12-fatah-2"] = {
    "title": "Pakistan successfully flight-tests Fatah-2 (Hindi)",
    "publisher": "IBC24 (Bhasha/PTI)",
    "url": "https://www.ibc24.in/world/pakistan-successfully-test-fires-fatah-2-1899222.html",
    "text": (
        "इस्लामाबाद, 27 दिसंबर (भाषा) पाकिस्तान ने बुधवार को स्वदेशी रॉकेट प्रणाली ‘फतह-2’ का सफलतापूर्वक "
        "उड़ान परीक्षण किया। सेना ने यह जानकारी दी।\n"
        "सेना की मीडिया शाखा, ‘इंटर-सर्विसेज पब्लिक रिलेशंस’ (आईएसपीआर) ने एक बयान में कहा, ‘‘यह रॉकेट "
        "प्रणाली 400 किलोमीटर की दूरी तक किसी भी लक्ष्य को उच्च सटीकता के साथ भेदने में सक्षम है।’’"
    ),
}
SEEN["aajtak-2015-04-dhanush"] = {
    "title": "Successful test of ballistic missile Dhanush (Hindi)",
    "publisher": "Aaj Tak",
    "url": "https://aajtak.in/india/story/successfull-test-of-ballistic-missile-bow-294590-2015-04-09",
    "text": (
        "धनुष, परमाणु क्षमता वाली बैलिस्टिक मिसाइल पृथ्वी का नौसेना संस्करण है.\n"
        "यह 500 किलोमीटर दूरी तक मार कर सकता है और 500 किलोग्राम से अधिक परमाणु विस्फोटक ढोने में "
        "सक्षम है.\n-इनपुट IANS"
    ),
}

# English pages read for Shaheen-I and Babur (re-cite of facts.tsv row 229, and a dated AP report)
SEEN["voa-2008-01-shaheen-1"] = {
    "title": "Pakistan Tests Nuclear Capable, Medium Range Missile",
    "publisher": "Voice of America",
    "published": "2008-01-25",
    "url": "https://voanews.com/amp/a-13-2008-01-25-voa16-66729697/561167.html",
    "text": (
        "The Pakistani military says it has successfully test-fired a medium-range, nuclear capable "
        "ballistic missile.\n\nA statement said the Shaheen-1 (Haft IV) missile was launched from an "
        "undisclosed location during a military exercise Friday.\n\nIt said the missile has a range of "
        "about 700 kilometers."
    ),
}
SEEN["wsvn-ap-2018-babur"] = {
    "title": "Pakistan says it test-fired medium-range cruise missile",
    "publisher": "WSVN (AP)",
    "url": "https://wsvn.com/news/us-world/pakistan-says-it-test-fired-medium-range-cruise-missile/",
    "text": (
        "ISLAMABAD (AP) \u2014 Pakistan\u2019s military says it has successfully test-fired a revised "
        "version of a locally developed medium-range cruise missile, which can strike targets both on "
        "land and sea.\n\nIn a statement, it said the Babur Cruise Missile, which has a range of 700 "
        "kilometers (420 miles), was launched from an undisclosed location.\n\n"
        "Copyright 2018 The Associated Press. All rights reserved."
    ),
}

# The opinion article kept in shared/sources (no date on it); its text is the file itself.
import os as _os
_OPINION = _os.path.normpath(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "..", "..",
                                           "shared", "sources", "american-sanctions-and-pakistans-strategic-realities.txt"))
if _os.path.exists(_OPINION):
    with open(_OPINION, encoding="utf-8") as _f:
        SEEN["ciss-opinion"] = {
            "title": "American Sanctions and Pakistan\u2019s Strategic Realities",
            "publisher": "Center for International Strategic Studies (CISS), Islamabad",
            "authors": ["Nawal Nawaz"],
            # the only address the text gives: "This article was published in another form at ..."
            "url": "https://globalsecurityreview.com/american-sanctions-and-pakistans-strategic-realities/",
            "text": _f.read(),
        }
