package org.balanceexplorer.model;

import java.util.List;
import java.util.Objects;

/**
 * What a claim check measures: one of a small, closed set of kinds. The launch point of every
 * kind is the launch point of the range's country (its representative point unless the user
 * moved it); the app computes the number, the dataset only says what to compute.
 */
public sealed interface Measure {

    /** The JSON name of the kind ({@code distance}, {@code territoryShare}, ...). */
    String kindName();

    /** The range measured against; for a comparison, its first range. */
    RangeRef range();

    /**
     * The geodesic distance from the launch point to a place, beside a range.
     *
     * @param placeId the place measured to
     * @param range   the range shown beside the distance
     */
    record Distance(String placeId, RangeRef range) implements Measure {
        public Distance {
            Objects.requireNonNull(placeId, "placeId");
            Objects.requireNonNull(range, "range");
        }

        @Override
        public String kindName() {
            return "distance";
        }
    }

    /**
     * The share of a country's territory (its area on the ellipsoid) within the range of the launch point.
     *
     * @param countryId the country whose territory is measured
     * @param range     the radius
     */
    record TerritoryShare(String countryId, RangeRef range) implements Measure {
        public TerritoryShare {
            Objects.requireNonNull(countryId, "countryId");
            Objects.requireNonNull(range, "range");
        }

        @Override
        public String kindName() {
            return "territoryShare";
        }
    }

    /**
     * The dataset's places (or only its capitals) within the range, optionally only those of one country.
     *
     * @param range        the radius
     * @param capitalsOnly whether only places of kind capital count
     * @param inCountry    an ISO alpha-3 code to keep only that country's places, or {@code null} for all
     */
    record PlacesInRange(RangeRef range, boolean capitalsOnly, String inCountry) implements Measure {
        public PlacesInRange {
            Objects.requireNonNull(range, "range");
        }

        @Override
        public String kindName() {
            return "placesInRange";
        }
    }

    /**
     * Two or more ranges side by side.
     *
     * @param ranges the ranges compared, at least two
     */
    record RangeComparison(List<RangeRef> ranges) implements Measure {
        public RangeComparison {
            ranges = List.copyOf(ranges);
            if (ranges.size() < 2) {
                throw new IllegalArgumentException("a comparison needs at least two ranges");
            }
        }

        @Override
        public RangeRef range() {
            return ranges.get(0);
        }

        @Override
        public String kindName() {
            return "rangeComparison";
        }
    }
}
