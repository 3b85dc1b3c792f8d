package org.balanceexplorer.map;

import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Geometry;

/**
 * A range ring to draw: geographic geometry (lon/lat, already cut at the antimeridian and closed
 * over a pole by {@code geo}) with what the legend and label say.
 *
 * @param systemId    the weapon system it belongs to
 * @param label       the text on the ring, e.g. "Shaheen-III 2,750 km"
 * @param colourIndex index into the palette, stable per system
 * @param geographic  the area within range, lon/lat degrees
 * @param centre      the launch point it is drawn around
 */
public record RingOverlay(String systemId, String label, int colourIndex, Geometry geographic, GeoPoint centre) {
    public RingOverlay {
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(geographic, "geographic");
        Objects.requireNonNull(centre, "centre");
    }
}
