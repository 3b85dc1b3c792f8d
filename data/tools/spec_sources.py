"""Source records shared by several systems. Others are defined where first cited (spec_systems,
spec_events); Builder.source() refuses a second, different definition of the same id."""

ORRG = "orrg-weapons-json-nasic-2020"

ORRG_NOTE = ("secondary compilation of the 2020 NASIC Ballistic and Cruise Missile Threat Report; "
             "the report itself not seen")


def define(b):
    b.source(ORRG, "reference", row=1,
             title="weapons.json (ballistic_missile_insights; source: 2020 Ballistic and Cruise Missile Threat Report)",
             publisher="ORRG (GitHub repository vampireLibrarianMonk/ballistic_missile_insights, commit 85eaceb)",
             note=ORRG_NOTE)
