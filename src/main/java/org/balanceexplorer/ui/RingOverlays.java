package org.balanceexplorer.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balanceexplorer.map.paint.Marker;
import org.balanceexplorer.map.paint.RingOverlay;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.PlaceKind;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.RingResults;

/**
 * Turns computed rings into what the map draws: ring overlays (with their labels, tooltips and
 * legend headings) and markers (launch points and places, those inside a ring highlighted). The
 * same computed ring keeps the same overlay, so that the map does not project it again.
 *
 * <p>Thread safety: FX application thread only.
 */
final class RingOverlays {

    private final ExplorerViewModel model;
    private Map<RingResults.ComputedRing, RingOverlay> byRing = new IdentityHashMap<>();

    RingOverlays(ExplorerViewModel model) {
        this.model = model;
    }

    /** The overlays of a computation's rings, in the order shown. */
    List<RingOverlay> overlays(RingResults r) {
        List<RingOverlay> out = new ArrayList<>();
        Map<RingResults.ComputedRing, RingOverlay> previous = byRing;
        byRing = new IdentityHashMap<>();
        for (RingResults.ComputedRing c : r.rings()) {
            RingOverlay overlay = previous.get(c);
            if (overlay == null) {
                overlay = overlay(c);
            }
            byRing.put(c, overlay);
            out.add(overlay);
        }
        return out;
    }

    private RingOverlay overlay(RingResults.ComputedRing c) {
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
                c.naive(), c.envelope(), c.launchPoint(), "from " + legendGroup(s), range.disputed());
    }

    /**
     * Where a ring is drawn from, as the legend heads it. A moved point is named by its country,
     * not its coordinates, so that the legend does not change at each step of a drag; two moved
     * points stay two groups.
     */
    private String legendGroup(WeaponSystem s) {
        return model.isLaunchPointMoved(s.country())
                ? "a user-chosen point (" + model.dataset().country(s.country()).map(Country::name)
                        .orElse(s.country()) + ")"
                : model.launchLabel(s.country());
    }

    private static String abbreviate(String text) {
        return text.length() <= 48 ? text : text.substring(0, 45) + "\u2026";
    }

    /** The markers: each country's launch point, then every place that is not one. */
    List<Marker> markers(RingResults r) {
        Dataset d = model.dataset();
        Set<String> launchPlaces = new HashSet<>();
        List<Marker> out = new ArrayList<>();
        for (Country c : d.countries()) {
            if (d.systemsOf(c.id()).isEmpty()) {
                continue;
            }
            if (!model.isLaunchPointMoved(c.id())) {
                launchPlaces.add(c.representativePoint());
            }
            out.add(new Marker("launch-" + c.id(), model.launchLabel(c.id()), model.launchPoint(c.id()),
                    Marker.Kind.LAUNCH_POINT, c.id(), false, c.name() + "'s launch point"));
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
}
