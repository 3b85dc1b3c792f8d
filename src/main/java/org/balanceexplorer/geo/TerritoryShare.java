package org.balanceexplorer.geo;

import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Geometry;

/**
 * How much of a territory lies within a range of a launch point: the area of (territory &cap;
 * geodesic ring) over the area of the territory, both on the WGS 84 ellipsoid.
 *
 * <h2>Algorithm</h2>
 * The ring is {@link RangeRing#of} at {@value #TOLERANCE_METERS} m, cut at the antimeridian; its
 * intersection with the territory is taken in lon/lat by JTS, and both areas by
 * {@link EllipsoidArea} (an equal-area method on the ellipsoid). A ring that covers the whole globe
 * holds the whole territory.
 *
 * <h2>Accuracy</h2>
 * The ring's chords lie within {@value #TOLERANCE_METERS} m of the circle, which moves the area
 * within range by at most the ring's length in range times that tolerance: for India and a
 * 2,750 km ring, under 0.05 percentage points. The territory is the basemap's outline (Natural
 * Earth, de facto boundaries), so the share is of that outline. Against an independent sampling
 * on the ellipsoid (GeographicLib distances, equal-area grid) it agrees within 0.3 points (see
 * {@code TerritoryShareTest}).
 *
 * <h2>Speed</h2>
 * India within 2,750 km of Islamabad: a few milliseconds (see {@code docs/performance.md}).
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe.
 *
 * @param territorySquareMeters the territory's area on the ellipsoid
 * @param withinSquareMeters    the part of it within range
 */
public record TerritoryShare(double territorySquareMeters, double withinSquareMeters) {

    /** Ring tolerance in metres: the chord error bound above. */
    public static final double TOLERANCE_METERS = 50;

    public TerritoryShare {
        if (!(territorySquareMeters >= 0) || !(withinSquareMeters >= 0)) {
            throw new IllegalArgumentException("areas must be >= 0");
        }
    }

    /**
     * Measures the share.
     *
     * @param territoryLonLat the territory, x = longitude, y = latitude (degrees), cut at the antimeridian
     * @param launch          the launch point
     * @param radiusMeters    the range in metres, {@code >= 0}
     * @return the two areas; an empty territory gives zero and zero
     */
    public static TerritoryShare of(Geometry territoryLonLat, GeoPoint launch, double radiusMeters) {
        Objects.requireNonNull(territoryLonLat, "territoryLonLat");
        Objects.requireNonNull(launch, "launch");
        if (!(radiusMeters >= 0)) {
            throw new IllegalArgumentException("radiusMeters must be >= 0, was " + radiusMeters);
        }
        double total = EllipsoidArea.squareMeters(territoryLonLat);
        if (radiusMeters == 0 || territoryLonLat.isEmpty()) {
            return new TerritoryShare(total, 0);
        }
        RangeRing ring = RangeRing.of(launch, radiusMeters, TOLERANCE_METERS);
        if (ring.coversWholeGlobe()) {
            return new TerritoryShare(total, total);
        }
        Geometry within = territoryLonLat.intersection(ring.geographic());
        return new TerritoryShare(total, Math.min(total, EllipsoidArea.squareMeters(within)));
    }

    /** The share within range, 0 to 1 (0 for an empty territory). */
    public double fraction() {
        return territorySquareMeters == 0 ? 0 : withinSquareMeters / territorySquareMeters;
    }
}
