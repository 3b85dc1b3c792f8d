package org.balanceexplorer.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A map projection: lon/lat degrees to projected plane coordinates and back. All projection
 * maths of the application lives in implementations of this interface; the map layer only applies
 * an affine viewport transform (projected units to pixels) on top.
 *
 * <h2>Units</h2>
 * Projected coordinates are metres, x to the east and y to the north (on the sphere of radius
 * {@link #EARTH_RADIUS_METERS}, the WGS 84 semi-major axis, or on the WGS 84 ellipsoid, as each
 * implementation says). The origin is where the implementation says (the central meridian on the
 * equator for the cylindrical ones, the centre for the azimuthal ones). They are true to scale
 * only where the projection says so.
 *
 * <h2>Visibility</h2>
 * Some projections show only part of the globe (Mercator stops at 85 degrees, the orthographic
 * globe shows one hemisphere, the conic a latitude band). {@link #project(double, double)} returns
 * {@code null} for a point that is not shown, {@link #inverse} returns {@code null} for a map
 * position that shows no point, and {@link #project(Geometry)} returns only the visible part
 * (possibly empty), clipped in geographic space before projection.
 *
 * <h2>Seam</h2>
 * A projection of the whole world has a seam: the meridian opposite its central meridian. Geometry
 * is cut there in geographic space (see {@link AntimeridianCutter#reframe}) before projection, so
 * no polygon smears across the map.
 *
 * <h2>Thread safety</h2>
 * Implementations must be immutable and thread-safe.
 */
public interface Projection {

    /** WGS 84 semi-major axis, metres: the sphere projected coordinates are measured on. */
    double EARTH_RADIUS_METERS = 6_378_137.0;

    /** A short name for menus and logs, e.g. "Equirectangular". */
    String name();

    /** The central meridian, degrees in [-180, 180). */
    double centralMeridianDeg();

    /** The seam longitude, degrees: central meridian + 180. Longitudes are framed to [seam - 360, seam]. */
    default double seamLonDeg() {
        return centralMeridianDeg() + 180;
    }

    /**
     * Projects one point.
     *
     * @param lonDeg longitude in degrees (any value; framed to the projection's window)
     * @param latDeg latitude in degrees, in [-90, 90]
     * @return projected x, y in metres (see Units), or {@code null} if the point is not shown
     *         (see Visibility)
     * @throws IllegalArgumentException if lonDeg is not finite or latDeg is outside [-90, 90]
     */
    Coordinate project(double lonDeg, double latDeg);

    /**
     * Inverse of {@link #project(double, double)}.
     *
     * @param x projected easting, metres
     * @param y projected northing, metres
     * @return x = longitude, y = latitude in degrees, longitude in [-180, 180]; {@code null} when
     *         (x, y) is outside the projected world (see Visibility)
     */
    Coordinate inverse(double x, double y);

    /** The projected extent of the whole world, metres. */
    Envelope worldBounds();

    /**
     * Projects lon/lat geometry (x = lon, y = lat, degrees): cuts it at the seam, clips it to the
     * visible part, densifies edges that would bend (to at most 1 degree in lon/lat; the
     * equirectangular projection, where they stay straight, does not need to), then projects every
     * coordinate. The result is a new geometry, valid when the argument is, possibly empty; the
     * argument is not changed.
     */
    Geometry project(Geometry lonLat);
}
