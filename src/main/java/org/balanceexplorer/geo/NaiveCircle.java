package org.balanceexplorer.geo;

import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The "naive flat circle": the teaching overlay that shows the mistake of drawing a range as a
 * circle on an equirectangular map. It is NOT a range ring.
 *
 * <h2>What it is, exactly</h2>
 * The set of (lon, lat) with (lon - lon0)^2 + (lat - lat0)^2 &lt;= rho^2 in plain degrees, where
 * rho = radius / {@value #METERS_PER_DEGREE} m, that is as if one degree were 111.32 km in both
 * directions everywhere (true for latitude, and for longitude only on the equator). Away from the
 * equator it is too narrow east-west by the factor cos(lat) compared with the true geodesic
 * circle; near the poles and for large radii the error is gross, which is the point of showing it.
 *
 * <h2>Algorithm</h2>
 * {@value #VERTICES} vertices at equal angles on that circle, latitudes clamped to [-90, 90]
 * (the circle is flattened against the map's top and bottom edges), longitudes left unwrapped;
 * the planar polygon is then cut at +-180 and shifted into [-180, 180] with
 * {@link AntimeridianCutter#reframe} (pieces overlapping after a radius beyond 180 degrees are
 * merged).
 *
 * <h2>Accuracy</h2>
 * Chords of the flat circle with {@value #VERTICES} vertices stray inside it by at most
 * rho (1 - cos(pi / {@value #VERTICES})), 0.0048% of the radius (0.24 km at 5,000 km).
 *
 * <h2>Limitations</h2>
 * Only meaningful as an equirectangular-map illustration; other projections draw its lon/lat
 * outline faithfully, which is then some odd shape.
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe.
 */
public final class NaiveCircle {

    /** Length assumed for one degree in both directions, metres: 1/360 of the WGS 84 equator, rounded. */
    public static final double METERS_PER_DEGREE = 111_320;

    static final int VERTICES = 360;

    private NaiveCircle() {
    }

    /**
     * The naive flat circle (see the class documentation).
     *
     * @param centre       centre, degrees
     * @param radiusMeters radius in metres, finite and {@code > 0}, turned into degrees by
     *                     {@link #METERS_PER_DEGREE}
     * @return a valid Polygon or MultiPolygon in lon/lat (x = lon, y = lat, degrees), inside
     *         [-180, 180] x [-90, 90]
     * @throws IllegalArgumentException if the radius is out of range
     */
    public static Geometry of(GeoPoint centre, double radiusMeters) {
        Objects.requireNonNull(centre, "centre");
        if (!(radiusMeters > 0) || Double.isInfinite(radiusMeters)) {
            throw new IllegalArgumentException("radiusMeters must be finite and > 0, was " + radiusMeters);
        }
        double rho = radiusMeters / METERS_PER_DEGREE;
        Coordinate c = Coordinates.toCoordinate(centre);
        Coordinate[] ring = new Coordinate[VERTICES + 1];
        for (int i = 0; i < VERTICES; i++) {
            double t = 2 * Math.PI * i / VERTICES;
            double lat = Math.max(-90, Math.min(90, c.y + rho * Math.sin(t)));
            ring[i] = new Coordinate(c.x + rho * Math.cos(t), lat);
        }
        ring[VERTICES] = ring[0].copy();
        Geometry planar = Coordinates.FACTORY.createPolygon(ring);
        if (!planar.isValid()) {
            planar = GeometryFixer.fix(planar);
        }
        Geometry framed = AntimeridianCutter.reframe(planar, AntimeridianCutter.DEFAULT_SEAM_DEG);
        return framed.isValid() ? framed : GeometryFixer.fix(framed);
    }
}
