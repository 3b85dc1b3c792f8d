package org.balanceexplorer.model;

/**
 * The one classification rule the app applies to ranges: CRBM below 300 km, SRBM from 300 up to
 * 1,000, MRBM from 1,000 up to 3,000, IRBM from 3,000 to 5,500, ICBM above 5,500. Each boundary
 * belongs to the class above it, except 5,500, which is still IRBM (the rule says "ICBM &gt; 5,500").
 * A source's own class is kept as a claim of its own.
 */
public enum RangeClass {
    CRBM("close-range ballistic missile"),
    SRBM("short-range ballistic missile"),
    MRBM("medium-range ballistic missile"),
    IRBM("intermediate-range ballistic missile"),
    ICBM("intercontinental ballistic missile");

    private final String longName;

    RangeClass(String longName) {
        this.longName = longName;
    }

    public String longName() {
        return longName;
    }

    /** The class of a range in kilometres. */
    public static RangeClass of(double rangeKm) {
        if (!(rangeKm > 0)) {
            throw new IllegalArgumentException("rangeKm must be positive, was " + rangeKm);
        }
        if (rangeKm < 300) {
            return CRBM;
        }
        if (rangeKm < 1000) {
            return SRBM;
        }
        if (rangeKm < 3000) {
            return MRBM;
        }
        if (rangeKm <= 5500) {
            return IRBM;
        }
        return ICBM;
    }
}
