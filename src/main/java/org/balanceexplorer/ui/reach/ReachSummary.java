package org.balanceexplorer.ui.reach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.state.ReachTables;
import org.balanceexplorer.state.ReachTables.FromRow;
import org.balanceexplorer.state.ReachTables.Launcher;
import org.balanceexplorer.state.ReachTables.ToRow;

/**
 * The map in words, made from the very tables the Reach tab shows (and in the same computation,
 * {@link ReachViewModel}), so the two always agree: the rings by launch point, each with its range
 * and who claims it, the places within it nearest first with their distances, the number of places
 * in range, and for a chosen place which shown systems reach it. For example: "2 rings. From
 * Islamabad (representative point): Shaheen-III, 2,750 km (claimed by ISPR), 14 places in range,
 * nearest first: Lahore 270 km, ... 14 places in range in all."
 *
 * <p>Pure and stateless (no JavaFX); safe from any thread.
 */
public final class ReachSummary {

    /** The words of the summary, gathered here so they can move into a resource bundle. */
    static final String NO_RINGS = "No range ring is shown. Tick a system in the systems list to draw its ring.";
    static final String RINGS = "%d range rings.";
    static final String ONE_RING = "1 range ring.";
    static final String FROM = " From %s: ";
    static final String CLAIMED_BY = " (claimed by %s)";
    static final String CLAIMS_SPAN = "; claims from %s to %s km";
    static final String PLACES = ", %d places in range, nearest first: ";
    static final String ONE_PLACE = ", 1 place in range: ";
    static final String NO_PLACE = ", no place of the dataset in range";
    static final String IN_ALL = " %d places in range in all.";
    static final String ONE_IN_ALL = " 1 place in range in all.";
    static final String TERRITORY = " Distances are from the nearest point of each country's territory.";
    static final String TO_PLACE = " %s: %d of %d shown systems reach it by their headline range (";
    static final String REACHES = "%s %s km away, %s";
    static final String YES = "reaches";
    static final String NO = "does not reach";

    private ReachSummary() {
    }

    /**
     * The summary of one view.
     *
     * @param t     the reach tables of the view
     * @param shown the shown rings' launchers, in the order drawn (those the tables were computed from)
     */
    public static String of(ReachTables.Tables t, List<Launcher> shown) {
        if (shown.isEmpty()) {
            return NO_RINGS;
        }
        StringBuilder b = new StringBuilder(shown.size() == 1 ? ONE_RING : String.format(Locale.ROOT, RINGS,
                shown.size()));
        Map<String, List<Launcher>> byOrigin = new LinkedHashMap<>();
        shown.forEach(l -> byOrigin.computeIfAbsent(l.launchLabel(), k -> new ArrayList<>()).add(l));
        byOrigin.forEach((origin, launchers) -> {
            b.append(String.format(Locale.ROOT, FROM, origin));
            List<String> rings = new ArrayList<>();
            for (Launcher l : launchers) {
                rings.add(ring(l, t.from().stream().filter(r -> r.system().id().equals(l.system().id())).toList()));
            }
            b.append(String.join("; ", rings)).append('.');
        });
        long places = t.from().stream().map(r -> r.place().id()).distinct().count();
        b.append(places == 1 ? ONE_IN_ALL : String.format(Locale.ROOT, IN_ALL, places));
        if (t.fromTerritory()) {
            b.append(TERRITORY);
        }
        if (t.place() != null && !t.to().isEmpty()) {
            long reach = t.to().stream().filter(ToRow::reachesHeadline).count();
            b.append(String.format(Locale.ROOT, TO_PLACE, t.place().name(), reach, t.to().size()));
            List<String> rows = new ArrayList<>();
            for (ToRow r : t.to()) {
                rows.add(String.format(Locale.ROOT, REACHES, r.system().name(), km(r.distanceKm()),
                        r.reachesHeadline() ? YES : NO));
            }
            b.append(String.join("; ", rows)).append(").");
        }
        return b.toString();
    }

    /** One ring: its system, range and claimants, and the places within it. */
    private static String ring(Launcher l, List<FromRow> rows) {
        StringBuilder b = new StringBuilder(l.system().name()).append(", ").append(km(l.headlineKm())).append(" km");
        Set<String> claimants = claimantsOf(l.system().range(), l.headlineKm());
        if (!claimants.isEmpty()) {
            b.append(String.format(Locale.ROOT, CLAIMED_BY, String.join(", ", claimants)));
        }
        Figure range = l.system().range();
        if (range.disputed() && range.lowestClaimed().isPresent()) {
            b.append(String.format(Locale.ROOT, CLAIMS_SPAN, km(range.lowestClaimed().getAsDouble()),
                    km(range.highestClaimed().getAsDouble())));
        }
        if (rows.isEmpty()) {
            return b.append(NO_PLACE).toString();
        }
        b.append(rows.size() == 1 ? ONE_PLACE : String.format(Locale.ROOT, PLACES, rows.size()));
        List<String> places = new ArrayList<>();
        for (FromRow r : rows) {
            places.add(r.place().name() + " " + km(r.distanceKm()) + " km");
        }
        return b.append(String.join(", ", places)).toString();
    }

    /** Who claims a value that allows the headline (a number equal to it, or a span holding it), in the figure's order. */
    static Set<String> claimantsOf(Figure range, double headlineKm) {
        Set<String> out = new LinkedHashSet<>();
        for (Claim c : range.claims()) {
            ClaimValue v = c.value();
            if (v.lowest().isPresent() && v.lowest().getAsDouble() - 0.5 <= headlineKm
                    && headlineKm <= v.highest().getAsDouble() + 0.5) {
                out.add(c.claimant());
            }
        }
        return out;
    }

    /** Kilometres as the summary says them: whole, grouped ("2,750"). */
    public static String km(double km) {
        return String.format(Locale.ROOT, "%,.0f", km);
    }
}
