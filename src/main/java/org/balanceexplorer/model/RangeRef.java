package org.balanceexplorer.model;

import java.util.Objects;

/**
 * A range a claim check measures against: one system's, or the longest of a country's systems.
 * Exactly one of {@code systemId} and {@code longestOfCountry} is given.
 *
 * @param systemId         a dataset system, or {@code null}
 * @param longestOfCountry a dataset country whose systems' longest range (under {@code use}) is meant, or {@code null}
 * @param use              which number of each range figure: headline, lowest or highest claim
 */
public record RangeRef(String systemId, String longestOfCountry, RangeUse use) {

    public RangeRef {
        Objects.requireNonNull(use, "use");
        if ((systemId == null) == (longestOfCountry == null)) {
            throw new IllegalArgumentException("a range names either a system or a country, not both or neither");
        }
    }

    public static RangeRef system(String systemId, RangeUse use) {
        return new RangeRef(Objects.requireNonNull(systemId, "systemId"), null, use);
    }

    public static RangeRef longestOf(String countryId, RangeUse use) {
        return new RangeRef(null, Objects.requireNonNull(countryId, "countryId"), use);
    }
}
