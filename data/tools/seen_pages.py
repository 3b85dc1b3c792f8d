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
