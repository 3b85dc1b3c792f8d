package org.balanceexplorer.map.paint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.PlaceKind;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.LaunchPoints;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.ViewState;

/**
 * What the map draws for a view state's computed rings: ring overlays (labels, tooltips, legend
 * headings) and markers (launch points and places, those inside a ring highlighted). One place for
 * the wording, so that the window ({@code ui.RingOverlays}, which also keeps the same overlay for the
 * same computed ring) and the exports label the map alike.
 *
 * <p>Stateless and thread-safe.
 */
public final class Overlays {

    private Overlays() {
    }

    /** The overlays of a computation's rings, in the order shown. */
    public static List<RingOverlay> rings(Dataset dataset, ViewState state, RingResults results) {
        List<RingOverlay> out = new ArrayList<>();
        for (RingResults.ComputedRing c : results.rings()) {
            out.add(ring(c, legendGroup(dataset, state, c.system())));
        }
        return out;
    }

    /** One computed ring as the map draws it, listed in the legend under {@code legendGroup}. */
    public static RingOverlay ring(RingResults.ComputedRing c, String legendGroup) {
        WeaponSystem s = c.system();
        Figure range = s.range();
        String label = s.name() + " " + range.displayHeadline();
        String details = s.name() + ": " + range.displayHeadline() + " (headline)\n"
                + range.claims().size() + (range.claims().size() == 1 ? " claim" : " claims") + " from "
                + range.claimantCount() + (range.claimantCount() == 1 ? " claimant" : " claimants")
                + (range.disputed() ? ", which disagree" : "") + "\nfrom " + c.launchLabel();
        List<RingOverlay.ClaimRingOverlay> claimRings = c.claimRings().stream()
                .map(cr -> new RingOverlay.ClaimRingOverlay(new ClaimValue.Amount(cr.rangeKm()).display() + " km: "
                        + abbreviate(cr.claimants()), cr.geographic()))
                .toList();
        return new RingOverlay(s.id(), label, details, c.styleIndex(), c.ring().geographic(), c.band(), claimRings,
                c.naive(), c.envelope(), c.launchPoint(), "from " + legendGroup, range.disputed());
    }

    /**
     * Where a ring is drawn from, as the legend heads it (after "from "). A moved point is named by
     * its country, not its coordinates, so that the legend does not change at each step of a drag;
     * two moved points stay two groups.
     */
    public static String legendGroup(Dataset dataset, ViewState state, WeaponSystem s) {
        return LaunchPoints.moved(state, s.country())
                ? "a user-chosen point (" + dataset.country(s.country()).map(Country::name).orElse(s.country()) + ")"
                : LaunchPoints.launchLabel(dataset, state, s.country());
    }

    private static String abbreviate(String text) {
        return text.length() <= 48 ? text : text.substring(0, 45) + "\u2026";
    }

    /** The markers: each country's launch point, then every place that is not one. */
    public static List<Marker> markers(Dataset d, ViewState state, RingResults r) {
        Set<String> launchPlaces = new HashSet<>();
        List<Marker> out = new ArrayList<>();
        for (Country c : d.countries()) {
            if (d.systemsOf(c.id()).isEmpty()) {
                continue;
            }
            if (!LaunchPoints.moved(state, c.id())) {
                launchPlaces.add(c.representativePoint());
            }
            out.add(new Marker("launch-" + c.id(), LaunchPoints.launchLabel(d, state, c.id()),
                    LaunchPoints.launchPoint(d, state, c.id()), Marker.Kind.LAUNCH_POINT, c.id(), false,
                    c.name() + "'s launch point"));
        }
        for (Place p : d.places()) {
            if (launchPlaces.contains(p.id())) {
                continue;
            }
            Marker.Kind kind = p.kind() == PlaceKind.CAPITAL ? Marker.Kind.CAPITAL : Marker.Kind.CITY;
            out.add(new Marker(p.id(), p.name(), p.location(), kind, p.country(), r.placesWithin().contains(p.id()),
                    r.placeNotes().getOrDefault(p.id(), "")));
        }
        return out;
    }

    /** The names (as in the basemap) of the countries drawn tinted: those with systems. */
    public static Set<String> tinted(Dataset d) {
        Set<String> out = new HashSet<>();
        for (Country c : d.countries()) {
            if (!d.systemsOf(c.id()).isEmpty()) {
                out.add(c.name());
            }
        }
        return out;
    }
}
