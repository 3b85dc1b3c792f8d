package org.balanceexplorer.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

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
     * Whether the claims disagree: numeric claims whose numbers are not all the same, or dates or
     * words that differ (ignoring case). Qualifiers alone ("5,000" and "at least 5,000") are not a
     * disagreement.
     */
    public boolean disputed() {
        Set<String> distinct = claims.stream().map(Claim::value)
                .map(v -> v.display().toLowerCase(Locale.ROOT).strip())
                .collect(Collectors.toSet());
        return distinct.size() > 1;
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
