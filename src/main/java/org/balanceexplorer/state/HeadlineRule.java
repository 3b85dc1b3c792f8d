package org.balanceexplorer.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.ClaimantKind;
import org.balanceexplorer.model.ClassNames;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.PartialDate;

/**
 * The rule a figure's written {@code basis} states for choosing its headline, read from the words
 * of the basis, and applied to a set of claims (those known in a year).
 *
 * <h2>How a basis is read</h2>
 * The dataset writes its bases in a few fixed forms (see {@code data/tools/spec_systems.py}); the
 * first that matches, in this order, gives the rule:
 * <ol>
 *   <li>a basis that sets a claim aside ("not used") cannot be applied mechanically: {@link #NOT_MECHANICAL};</li>
 *   <li>"most often given by distinct claimants", "the most common class", or a tie ("tie",
 *       "each given") settled by "the most recent": {@link #MOST_COMMON};</li>
 *   <li>begins "the launching state's": {@link #OWN_LATEST};</li>
 *   <li>"the most recent": {@link #LATEST};</li>
 *   <li>"claims give", "claims agree", "the other claims agree", "agree on": {@link #ALL_AGREE};</li>
 *   <li>"the only": {@link #ONLY};</li>
 *   <li>anything else: {@link #NOT_MECHANICAL}.</li>
 * </ol>
 *
 * <h2>Claims without a date</h2>
 * An undated claim takes part like any other (it is shown whatever the year), but where "most
 * recent" decides it counts as older than every dated claim: its date is not known, so it cannot
 * be shown to be the more recent.
 *
 * <p>Stateless and thread-safe.
 */
public enum HeadlineRule {

    /** The launching state's most recent own claim ("the launching state's most recent own figure"). */
    OWN_LATEST("the launching state's most recent own claim"),
    /**
     * The value given by the most distinct claimants; ties go to the value an other-government
     * claim gives, then to the value of the most recent claim. "At least" and "up to" figures count
     * as their number; classes are compared by acronym.
     */
    MOST_COMMON("the value most often given by distinct claimants"),
    /** The most recent claim ("the most recent status claim"). */
    LATEST("the most recent claim"),
    /** The value every claim gives (for dates: the most precise date all claims agree on). */
    ALL_AGREE("the value all claims agree on"),
    /** The only claim. */
    ONLY("the only claim"),
    /** A basis that names choices no rule can repeat (claims set aside by an editor, named sources). */
    NOT_MECHANICAL("no rule the program can repeat");

    private final String words;

    HeadlineRule(String words) {
        this.words = words;
    }

    /** The rule in plain words, e.g. "the launching state's most recent own claim". */
    public String words() {
        return words;
    }

    /** The rule a figure's basis states. */
    public static HeadlineRule of(Figure figure) {
        return of(figure.basis());
    }

    /** The rule a basis text states (see the class comment for how it is read). */
    public static HeadlineRule of(String basis) {
        String b = basis.toLowerCase(Locale.ROOT);
        if (b.contains("not used")) {
            return NOT_MECHANICAL;
        }
        if (b.contains("most often given by distinct claimants") || b.contains("the most common class")
                || ((b.contains(" tie") || b.contains("each given")) && b.contains("the most recent"))) {
            return MOST_COMMON;
        }
        if (b.startsWith("the launching state's")) {
            return OWN_LATEST;
        }
        if (b.contains("the most recent")) {
            return LATEST;
        }
        if (b.contains("claims give") || b.contains("claims agree") || b.contains("agree on")) {
            return ALL_AGREE;
        }
        if (b.contains("the only")) {
            return ONLY;
        }
        return NOT_MECHANICAL;
    }

    /** Oldest first, undated before every dated claim (its date cannot be shown to be later). */
    static final Comparator<Claim> OLDEST_FIRST =
            Comparator.comparing(Claim::asOf, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * The headline this rule gives from the claims.
     *
     * @param kind   the figure's kind (how values are compared and a class is written)
     * @param claims the claims to choose from, non-empty
     * @return the headline, or empty when the rule cannot be applied to these claims (no own claim
     *         for {@link #OWN_LATEST}, disagreeing claims for {@link #ALL_AGREE}, more than one claim
     *         for {@link #ONLY}, and always for {@link #NOT_MECHANICAL})
     */
    public Optional<ClaimValue> apply(FigureKind kind, List<Claim> claims) {
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        return switch (this) {
            case OWN_LATEST -> claims.stream().filter(c -> c.claimantKind() == ClaimantKind.OWN_GOVERNMENT)
                    .max(OLDEST_FIRST).map(c -> headlineValue(kind, c.value()));
            case LATEST -> Optional.of(headlineValue(kind, latest(claims).value()));
            case ONLY -> claims.size() == 1 ? Optional.of(headlineValue(kind, claims.get(0).value())) : Optional.empty();
            case ALL_AGREE -> allAgree(kind, claims);
            case MOST_COMMON -> Optional.of(mostCommon(kind, claims));
            case NOT_MECHANICAL -> Optional.empty();
        };
    }

    /** The most recent of the claims (undated ones count as oldest; among equals, the last). */
    static Claim latest(List<Claim> claims) {
        Claim best = claims.get(0);
        for (Claim c : claims) {
            if (OLDEST_FIRST.compare(c, best) >= 0) {
                best = c;
            }
        }
        return best;
    }

    private static Optional<ClaimValue> allAgree(FigureKind kind, List<Claim> claims) {
        if (kind == FigureKind.FIRST_TEST) {
            return agreedDate(claims);
        }
        String key = key(kind, claims.get(0).value());
        for (Claim c : claims) {
            if (!key(kind, c.value()).equals(key)) {
                return Optional.empty();
            }
        }
        return Optional.of(headlineValue(kind, latest(claims).value()));
    }

    /** The most precise date every claim's date agrees with: "2012-04-19" and "2012-04" give the day; differing days the month. */
    private static Optional<ClaimValue> agreedDate(List<Claim> claims) {
        List<PartialDate> dates = new ArrayList<>();
        for (Claim c : claims) {
            if (!(c.value() instanceof ClaimValue.DateValue d)) {
                return Optional.empty();
            }
            dates.add(d.date());
        }
        PartialDate first = dates.get(0);
        boolean sameMonth = true;
        boolean sameDay = true;
        for (PartialDate d : dates) {
            if (d.year() != first.year()) {
                return Optional.empty();
            }
            sameMonth &= d.month() == first.month() || d.month() == 0 || first.month() == 0;
            sameDay &= d.day() == first.day() || d.day() == 0 || first.day() == 0;
        }
        PartialDate precise = dates.stream().max(Comparator.comparingInt(d -> (d.month() == 0 ? 0 : 1) + (d.day() == 0 ? 0 : 1)))
                .orElseThrow();
        PartialDate agreed = !sameMonth ? new PartialDate(first.year(), 0, 0)
                : !sameDay ? new PartialDate(precise.year(), precise.month(), 0) : precise;
        return Optional.of(new ClaimValue.DateValue(agreed));
    }

    private static ClaimValue mostCommon(FigureKind kind, List<Claim> claims) {
        Map<String, List<Claim>> byValue = new LinkedHashMap<>();
        for (Claim c : claims) {
            byValue.computeIfAbsent(key(kind, c.value()), k -> new ArrayList<>()).add(c);
        }
        Comparator<List<Claim>> order = Comparator
                .comparingLong((List<Claim> group) -> group.stream().map(Claim::claimant).distinct().count())
                .thenComparing(group -> group.stream().anyMatch(c -> c.claimantKind() == ClaimantKind.OTHER_GOVERNMENT))
                .thenComparing(HeadlineRule::latest, OLDEST_FIRST);
        List<Claim> best = null;
        for (List<Claim> group : byValue.values()) {
            if (best == null || order.compare(group, best) > 0) {
                best = group;
            }
        }
        return headlineValue(kind, latest(best).value());
    }

    /**
     * What values are compared by: numbers by their lowest and highest ("at least 4,000" and
     * "4,000" are one value), classes by acronym, other words without case or punctuation, dates
     * as written.
     */
    static String key(FigureKind kind, ClaimValue v) {
        if (v.lowest().isPresent()) {
            return v.lowest().getAsDouble() + "/" + v.highest().getAsDouble();
        }
        String words = v.display().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return kind == FigureKind.CLASS ? classKey(words) : words;
    }

    /**
     * A class wording as its acronym: the full phrases as {@link ClassNames#acronym}, and the
     * shorter "medium-range" or "medium-range missile" of a ballistic missile's range band as the
     * dataset's bases read them (agni-2, df-17: "medium-range" counted as MRBM).
     */
    private static String classKey(String words) {
        String acronym = ClassNames.acronym(words);
        if (!acronym.equals(words) || ClassNames.isAcronym(words)) {
            return acronym;
        }
        for (String[] band : RANGE_BANDS) {
            if (words.equals(band[0]) || words.equals(band[0] + " missile")) {
                return band[1];
            }
        }
        return words;
    }

    private static final String[][] RANGE_BANDS = {
        {"close range", "crbm"}, {"short range", "srbm"}, {"medium range", "mrbm"}, {"intermediate range", "irbm"},
        {"intercontinental", "icbm"}};

    /** A claim's value as a headline: a class as its acronym in capitals ("IRBM"), other values as claimed. */
    static ClaimValue headlineValue(FigureKind kind, ClaimValue v) {
        if (kind == FigureKind.CLASS && v instanceof ClaimValue.Text) {
            String acronym = key(kind, v);
            if (ClassNames.isAcronym(acronym)) {
                return new ClaimValue.Text(acronym.toUpperCase(Locale.ROOT));
            }
        }
        return v;
    }
}
