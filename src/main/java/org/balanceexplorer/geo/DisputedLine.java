package org.balanceexplorer.geo;

import java.util.Objects;
import org.locationtech.jts.geom.MultiLineString;

/**
 * One disputed line derived from the basemap by {@link DisputedBoundaries}.
 *
 * @param key       stable identifier for code and styles, e.g. "india-china"
 * @param label     what users read, saying whose line it is, e.g. "India–China line of actual
 *                  control (de facto, per Natural Earth)"
 * @param geometry  the line in lon/lat (x = lon, y = lat, degrees), not empty; do not modify
 */
public record DisputedLine(String key, String label, MultiLineString geometry) {
    public DisputedLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(geometry, "geometry");
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException("geometry of " + key + " must not be empty");
        }
    }
}
