package org.balanceexplorer.state;

import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;

/**
 * A geodesic measured on the map, from one point to another.
 *
 * @param from where the measurement starts (degrees), non-null
 * @param to   where it ends (degrees), non-null
 */
public record Measurement(GeoPoint from, GeoPoint to) {

    public Measurement {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
