package org.balanceexplorer.geo;

import java.util.Objects;
import org.balanceexplorer.model.Place;

/**
 * One place as seen from a launch point.
 *
 * @param place          the place
 * @param distanceMeters geodesic distance from the launch point, metres
 * @param bearingDeg     initial bearing from the launch point, degrees clockwise from north in [0, 360)
 * @param within         whether the distance is at most the radius asked about
 */
public record ReachEntry(Place place, double distanceMeters, double bearingDeg, boolean within) {
    public ReachEntry {
        Objects.requireNonNull(place, "place");
    }
}
