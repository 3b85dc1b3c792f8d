package org.balanceexplorer.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One figure of a weapon system (its range, first test, ...): a headline value, the written basis
 * on which that headline was chosen, and every claim behind it. Disagreeing claims are kept.
 *
 * @param kind     which figure this is
 * @param headline the value the map uses, chosen on the stated {@code basis}
 * @param basis    why this headline, e.g. "the launching state's own figure at the most recent test"
 * @param claims   every claim, at least one
 */
public record Figure(FigureKind kind, ClaimValue headline, String basis, List<Claim> claims) {

    public Figure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(basis, "basis");
        claims = List.copyOf(claims);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one claim");
        }
    }

    /** The lowest number any claim allows; empty for non-numeric figures. */
    public OptionalDouble lowestClaimed() {
        return claims.stream().map(Claim::value).map(ClaimValue::lowest)
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).min();
    }

    /** The highest number any claim allows; empty for non-numeric figures. */
    public OptionalDouble highestClaimed() {
        return claims.stream().map(Claim::value).map(ClaimValue::highest)
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).max();
    }

    /**
     * Whether the claims disagree. Numbers disagree when their lowest or highest values differ
     * (qualifiers alone, "5,000" and "at least 5,000", are not a disagreement). Dates disagree
     * only when they cannot be the same day ("2012-04" and "2012-04-19" agree). Classes are
     * compared by their acronym ("IRBM" and "intermediate-range ballistic missile" agree); other
     * words ignoring case and punctuation.
     */
    public boolean disputed() {
        List<ClaimValue> values = claims.stream().map(Claim::value)
                .filter(v -> !(v instanceof ClaimValue.Statement)).toList();
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (!agree(values.get(i), values.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean agree(ClaimValue a, ClaimValue b) {
        if (a instanceof ClaimValue.DateValue da && b instanceof ClaimValue.DateValue db) {
            String x = da.date().toString();
            String y = db.date().toString();
            return x.startsWith(y) || y.startsWith(x);
        }
        if (a.lowest().isPresent() && b.lowest().isPresent()) {
            return a.lowest().getAsDouble() == b.lowest().getAsDouble()
                    && a.highest().getAsDouble() == b.highest().getAsDouble();
        }
        return key(a).equals(key(b));
    }

    private String key(ClaimValue v) {
        String words = v.display().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return kind == FigureKind.CLASS ? ClassNames.acronym(words) : words;
    }

    /** The number of distinct claimants. */
    public long claimantCount() {
        return claims.stream().map(Claim::claimant).distinct().count();
    }

    /** The headline in plain words with its unit, e.g. "2,750 km". */
    public String displayHeadline() {
        String unit = kind.unit();
        return headline.display() + (unit.isEmpty() ? "" : " " + unit);
    }
}
