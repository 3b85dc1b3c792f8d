"""Source records shared by several systems. Others are defined where first cited (spec_systems,
spec_events); Builder.source() refuses a second, different definition of the same id."""

ORRG = "orrg-weapons-json-nasic-2020"

ORRG_NOTE = ("secondary compilation of the 2020 NASIC Ballistic and Cruise Missile Threat Report; "
             "the report itself not seen")


OPINION_NAWAZ = "ciss-nawaz-american-sanctions"
OPINION_CLAIMANT = "Nawal Nawaz (CISS)"


def opinion_nawaz(b):
    """The CISS opinion article kept in shared/sources. No copy gives a publication date, so the
    source has no `published` and its claims no `asOf` (unknown dates are left out, never guessed)."""
    return b.source(OPINION_NAWAZ, "opinion", seen="ciss-opinion",
                    note="the author is a Research Assistant at CISS; the text says it \"was published in another form\" "
                         "by Global Security Review, at the address given; no copy seen gives a publication date")


def define(b):
    b.source(ORRG, "reference", row=1,
             title="weapons.json (ballistic_missile_insights; source: 2020 Ballistic and Cruise Missile Threat Report)",
             publisher="ORRG (GitHub repository vampireLibrarianMonk/ballistic_missile_insights, commit 85eaceb)",
             note=ORRG_NOTE)
