package org.balanceexplorer.ui.reach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.state.ReachTables;
import org.balanceexplorer.state.ReachTables.FromRow;
import org.balanceexplorer.state.ReachTables.Launcher;
import org.balanceexplorer.state.ReachTables.ToRow;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.Names;

/**
 * The map in words, made from the very tables the Reach tab shows (and in the same computation,
 * {@link ReachViewModel}), so the two always agree: the rings by launch point, each with its range
 * and who claims it, the places within it nearest first with their distances, the number of places
 * in range, and for a chosen place which shown systems reach it. For example: "2 rings. From
 * Islamabad (representative point): Shaheen-III, 2,750 km (claimed by ISPR), 14 places in range,
 * nearest first: Lahore 270 km, ... 14 places in range in all."
 *
 * <p>Its words are the bundles' {@code reach.summary.*}, read when it is made, so it speaks the
 * chosen language; the numbers are in the chosen digits.
 *
 * <p>Pure and stateless (no JavaFX); safe from any thread.
 */
public final class ReachSummary {

    private ReachSummary() {
    }

    /**
     * The summary of one view, in the chosen language ({@code reach.summary.*} in the bundles);
     * system, place and claimant names as the dataset has them.
     *
     * @param t     the reach tables of the view
     * @param shown the shown rings' launchers, in the order drawn (those the tables were computed from)
     */
    public static String of(ReachTables.Tables t, List<Launcher> shown) {
        if (shown.isEmpty()) {
            return I18n.text("reach.summary.none");
        }
        StringBuilder b = new StringBuilder(I18n.text("reach.summary.rings", shown.size()));
        Map<String, List<Launcher>> byOrigin = new LinkedHashMap<>();
        shown.forEach(l -> byOrigin.computeIfAbsent(l.launchLabel(), k -> new ArrayList<>()).add(l));
        byOrigin.forEach((origin, launchers) -> {
            List<String> rings = new ArrayList<>();
            for (Launcher l : launchers) {
                rings.add(ring(l, t.from().stream().filter(r -> r.system().id().equals(l.system().id())).toList()));
            }
            b.append(' ').append(I18n.text("reach.summary.from", origin, join("reach.summary.join", rings)));
        });
        long places = t.from().stream().map(r -> r.place().id()).distinct().count();
        b.append(' ').append(I18n.text("reach.summary.inAll", places));
        if (t.fromTerritory()) {
            b.append(' ').append(I18n.text("reach.summary.territory"));
        }
        if (t.place() != null && !t.to().isEmpty()) {
            long reach = t.to().stream().filter(ToRow::reachesHeadline).count();
            List<String> rows = new ArrayList<>();
            for (ToRow r : t.to()) {
                rows.add(I18n.text(r.reachesHeadline() ? "reach.summary.reaches" : "reach.summary.fallsShort",
                        r.system().name(), I18n.km(r.distanceKm())));
            }
            b.append(' ').append(I18n.text("reach.summary.toPlace", Names.of(t.place()), reach, t.to().size(),
                    join("reach.summary.join", rows)));
        }
        return b.toString();
    }

    /** One ring: its system, range and claimants, and the places within it. */
    private static String ring(Launcher l, List<FromRow> rows) {
        String ring = I18n.text("reach.summary.ring", l.system().name(), I18n.km(l.headlineKm()));
        Set<String> claimants = claimantsOf(l.system().range(), l.headlineKm());
        if (!claimants.isEmpty()) {
            ring = I18n.text("reach.summary.claimedBy", ring, join("reach.summary.comma", List.copyOf(claimants)));
        }
        Figure range = l.system().range();
        if (range.disputed() && range.lowestClaimed().isPresent()) {
            ring = I18n.text("reach.summary.claimsSpan", ring, km(range.lowestClaimed().getAsDouble()),
                    km(range.highestClaimed().getAsDouble()));
        }
        if (rows.isEmpty()) {
            return I18n.text("reach.summary.noPlace", ring);
        }
        List<String> places = new ArrayList<>();
        for (FromRow r : rows) {
            places.add(I18n.text("reach.summary.placeAt", Names.of(r.place()), I18n.km(r.distanceKm())));
        }
        return I18n.text("reach.summary.places", ring, rows.size(), join("reach.summary.comma", places));
    }

    /** Joins parts with the separator a two-argument pattern puts between its arguments ("{0}, {1}"). */
    private static String join(String key, List<String> parts) {
        return String.join(I18n.text(key, "", ""), parts);
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

    /** Kilometres as the summary says them: whole, grouped ("2,750"), in the chosen digits, without the unit. */
    public static String km(double km) {
        return I18n.number(Math.round(km), 0);
    }
}
