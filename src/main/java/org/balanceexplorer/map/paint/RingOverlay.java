package org.balanceexplorer.map.paint;

import java.util.List;
import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Geometry;

/**
 * A range ring to draw: geographic geometry (lon/lat, already cut at the antimeridian and closed
 * over a pole by {@code geo}) with what the legend, label and tooltip say.
 *
 * @param systemId    the weapon system it belongs to
 * @param label       the text on the ring, e.g. "Shaheen-III 2,750 km"
 * @param details     the tooltip: system, range, claims, launch point
 * @param styleIndex  its {@link RingStyle} index, stable per system and distinct among one launch point's rings
 * @param geographic  the area within the headline range, lon/lat degrees
 * @param band        the area between the lowest and highest claimed ranges, or null
 * @param claimRings  one ring per distinct claimed range, possibly none
 * @param naiveCircle the naive flat circle of the same radius (teaching overlay), or null
 * @param envelope    the area within range of anywhere in the country's territory, or null
 * @param centre      the launch point it is drawn around
 * @param legendGroup the legend heading it is listed under ("from Islamabad (representative point)")
 * @param disputed    whether the claims behind its headline disagree (the legend marks it)
 */
public record RingOverlay(String systemId, String label, String details, int styleIndex, Geometry geographic,
                          Geometry band, List<ClaimRingOverlay> claimRings, Geometry naiveCircle, Geometry envelope,
                          GeoPoint centre, String legendGroup, boolean disputed) {

    /** A ring at one claimed range, labelled with its claimants. */
    public record ClaimRingOverlay(String label, Geometry geographic) {
        public ClaimRingOverlay {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(geographic, "geographic");
        }
    }

    public RingOverlay {
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(geographic, "geographic");
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(legendGroup, "legendGroup");
        claimRings = claimRings == null ? List.of() : List.copyOf(claimRings);
    }

    /** How it looks. */
    public RingStyle style() {
        return RingStyle.of(styleIndex);
    }
}
