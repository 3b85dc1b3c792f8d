package org.balanceexplorer.ui;

import java.util.List;
import java.util.Set;
import org.balanceexplorer.geo.RangeRing;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.WeaponSystem;

/**
 * Rings computed off the FX thread and handed over whole.
 *
 * @param rings        one per shown system, in the order the systems were shown
 * @param placesWithin ids of the places inside at least one ring
 */
public record RingResults(List<ComputedRing> rings, Set<String> placesWithin) {

    public static final RingResults EMPTY = new RingResults(List.of(), Set.of());

    public RingResults {
        rings = List.copyOf(rings);
        placesWithin = Set.copyOf(placesWithin);
    }

    /**
     * One system's ring around a launch point.
     *
     * @param system      the system
     * @param launchPoint the representative point it is drawn around
     * @param ring        the geodesic ring of its headline range
     * @param colourIndex its palette index, stable per system
     */
    public record ComputedRing(WeaponSystem system, Place launchPoint, RangeRing ring, int colourIndex) {
    }
}
