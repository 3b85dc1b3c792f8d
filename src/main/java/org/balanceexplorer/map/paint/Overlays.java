package org.balanceexplorer.map.paint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.GeoPoint;
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
        return rings(dataset, state, results, Words.ENGLISH);
    }

    /** The overlays of a computation's rings, in the language of {@code words}. */
    public static List<RingOverlay> rings(Dataset dataset, ViewState state, RingResults results, Words words) {
        List<RingOverlay> out = new ArrayList<>();
        for (RingResults.ComputedRing c : results.rings()) {
            out.add(ring(c, legendGroup(dataset, state, c.system(), words),
                    launchLabel(dataset, state, c.system().country(), words), words));
        }
        return out;
    }

    /** One computed ring as the map draws it, in English, listed in the legend under {@code legendGroup}. */
    public static RingOverlay ring(RingResults.ComputedRing c, String legendGroup) {
        return ring(c, legendGroup, c.launchLabel(), Words.ENGLISH);
    }

    /**
     * One computed ring as the map draws it, listed in the legend under {@code legendGroup}.
     *
     * @param launchLabel where it is drawn from, as its tooltip says
     * @param words       the language of its words
     */
    public static RingOverlay ring(RingResults.ComputedRing c, String legendGroup, String launchLabel, Words words) {
        WeaponSystem s = c.system();
        Figure range = s.range();
        String label = s.name() + " " + range.displayHeadline();
        String details = words.text("map.ring.details", s.name(), range.displayHeadline(), range.claims().size(),
                range.claimantCount(), range.disputed() ? words.text("map.ring.disagree") : "", launchLabel);
        List<RingOverlay.ClaimRingOverlay> claimRings = c.claimRings().stream()
                .map(cr -> new RingOverlay.ClaimRingOverlay(words.text("map.ring.claimRing",
                        new ClaimValue.Amount(cr.rangeKm()).display(), abbreviate(cr.claimants())), cr.geographic()))
                .toList();
        return new RingOverlay(s.id(), label, details, c.styleIndex(), c.ring().geographic(), c.band(), claimRings,
                c.naive(), c.envelope(), c.launchPoint(), words.text("map.ring.from", legendGroup), range.disputed());
    }

    /**
     * Where a ring is drawn from, as the legend heads it (after "from "). A moved point is named by
     * its country, not its coordinates, so that the legend does not change at each step of a drag;
     * two moved points stay two groups.
     */
    public static String legendGroup(Dataset dataset, ViewState state, WeaponSystem s) {
        return legendGroup(dataset, state, s, Words.ENGLISH);
    }

    /** As {@link #legendGroup(Dataset, ViewState, WeaponSystem)}, in the language of {@code words}. */
    public static String legendGroup(Dataset dataset, ViewState state, WeaponSystem s, Words words) {
        return LaunchPoints.moved(state, s.country())
                ? words.text("map.launch.userChosenIn", countryName(dataset, s.country(), words))
                : launchLabel(dataset, state, s.country(), words);
    }

    /**
     * A country's launch point as the map labels it: "Islamabad (representative point)", or a
     * user-chosen point with its coordinates; names in the language of {@code words} where the
     * dataset has them from a source.
     */
    public static String launchLabel(Dataset dataset, ViewState state, String countryId, Words words) {
        if (!LaunchPoints.moved(state, countryId)) {
            Place p = dataset.representativePoint(countryId);
            return words.text("map.launch.representative", p.name(words.language()));
        }
        GeoPoint p = LaunchPoints.launchPoint(dataset, state, countryId);
        return words.text("map.launch.userChosen", Math.abs(p.latDeg()),
                words.text(p.latDeg() >= 0 ? "map.compass.north" : "map.compass.south"), Math.abs(p.lonDeg()),
                words.text(p.lonDeg() >= 0 ? "map.compass.east" : "map.compass.west"));
    }

    private static String countryName(Dataset dataset, String countryId, Words words) {
        return dataset.country(countryId).map(c -> c.name(words.language())).orElse(countryId);
    }

    private static String abbreviate(String text) {
        return text.length() <= 48 ? text : text.substring(0, 45) + "\u2026";
    }

    /** The markers: each country's launch point, then every place that is not one. */
    public static List<Marker> markers(Dataset d, ViewState state, RingResults r) {
        return markers(d, state, r, Words.ENGLISH);
    }

    /** The markers, their labels in the language of {@code words}. */
    public static List<Marker> markers(Dataset d, ViewState state, RingResults r, Words words) {
        Set<String> launchPlaces = new HashSet<>();
        List<Marker> out = new ArrayList<>();
        for (Country c : d.countries()) {
            if (d.systemsOf(c.id()).isEmpty()) {
                continue;
            }
            if (!LaunchPoints.moved(state, c.id())) {
                launchPlaces.add(c.representativePoint());
            }
            out.add(new Marker("launch-" + c.id(), launchLabel(d, state, c.id(), words),
                    LaunchPoints.launchPoint(d, state, c.id()), Marker.Kind.LAUNCH_POINT, c.id(), false,
                    words.text("map.marker.launchPointOf", c.name(words.language()))));
        }
        for (Place p : d.places()) {
            if (launchPlaces.contains(p.id())) {
                continue;
            }
            Marker.Kind kind = p.kind() == PlaceKind.CAPITAL ? Marker.Kind.CAPITAL : Marker.Kind.CITY;
            out.add(new Marker(p.id(), p.name(words.language()), p.location(), kind, p.country(), r.placesWithin().contains(p.id()),
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
