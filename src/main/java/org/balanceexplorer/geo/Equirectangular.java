package org.balanceexplorer.geo;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The equirectangular (plate carrée) projection on a sphere: x = R (lon - lon0), y = R lat, with
 * angles in radians and R = {@link Projection#EARTH_RADIUS_METERS}.
 *
 * <h2>Accuracy</h2>
 * Exact by definition (a spherical formula, not a geodetic one). Round trips are exact to rounding
 * (about 1e-9 m). Scale is true along the equator and along every meridian.
 *
 * <h2>Algorithm</h2>
 * {@link #project(Geometry)} re-frames at the seam and maps every vertex; it does not densify,
 * because a straight lon/lat edge is a straight edge here (the map is lon/lat scaled).
 *
 * <h2>Limitations</h2>
 * Standard parallel fixed at the equator. {@link #inverse} returns {@code null} beyond the poles. Longitude is framed to [lon0 - 180, lon0 + 180]; a point
 * exactly on the seam projects to the east edge (+ pi R).
 *
 * <h2>Thread safety</h2>
 * Immutable and thread-safe.
 */
public final class Equirectangular implements Projection {

    private final double centralMeridianDeg;

    /**
     * @param centralMeridianDeg central meridian in degrees, finite; wrapped into [-180, 180)
     */
    public Equirectangular(double centralMeridianDeg) {
        if (!Double.isFinite(centralMeridianDeg)) {
            throw new IllegalArgumentException("centralMeridianDeg must be finite, was " + centralMeridianDeg);
        }
        this.centralMeridianDeg = AntimeridianCutter.shortStep(centralMeridianDeg);
    }

    /** The projection centred on Greenwich, seam at the antimeridian. */
    public static Equirectangular greenwich() {
        return new Equirectangular(0);
    }

    @Override
    public String name() {
        return "Equirectangular";
    }

    @Override
    public double centralMeridianDeg() {
        return centralMeridianDeg;
    }

    @Override
    public Coordinate project(double lonDeg, double latDeg) {
        if (!(latDeg >= -90 && latDeg <= 90) || !Double.isFinite(lonDeg)) {
            throw new IllegalArgumentException("lonDeg must be finite and latDeg in [-90, 90], was " + lonDeg + ", " + latDeg);
        }
        return new Coordinate(x(lonDeg), y(latDeg));
    }

    @Override
    public Coordinate inverse(double x, double y) {
        double lat = Math.toDegrees(y / EARTH_RADIUS_METERS);
        double lon = AntimeridianCutter.shortStep(Math.toDegrees(x / EARTH_RADIUS_METERS) + centralMeridianDeg);
        if (!(lat >= -90 - 1e-9 && lat <= 90 + 1e-9) || !Double.isFinite(lon)) {
            return null;
        }
        return new Coordinate(lon, Math.max(-90, Math.min(90, lat)));
    }

    @Override
    public Envelope worldBounds() {
        double halfWidth = Math.PI * EARTH_RADIUS_METERS;
        return new Envelope(-halfWidth, halfWidth, -halfWidth / 2, halfWidth / 2);
    }

    @Override
    public Geometry project(Geometry lonLat) {
        Objects.requireNonNull(lonLat, "lonLat");
        Geometry framed = AntimeridianCutter.reframe(lonLat, seamLonDeg()).copy();
        double seam = seamLonDeg();
        framed.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                double relative = lon - centralMeridianDeg;
                // Framed longitudes lie in [seam - 360, seam]; keep the edges where they are.
                if (lon < seam - 360 || lon > seam) {
                    relative = AntimeridianCutter.shortStep(relative);
                }
                seq.setOrdinate(i, 0, Math.toRadians(relative) * EARTH_RADIUS_METERS);
                seq.setOrdinate(i, 1, y(seq.getY(i)));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return framed;
    }

    private double x(double lonDeg) {
        double relative = lonDeg - centralMeridianDeg;
        if (relative < -180 || relative > 180) {
            relative = AntimeridianCutter.shortStep(relative);
        }
        return Math.toRadians(relative) * EARTH_RADIUS_METERS;
    }

    private static double y(double latDeg) {
        return Math.toRadians(latDeg) * EARTH_RADIUS_METERS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Equirectangular e && e.centralMeridianDeg == centralMeridianDeg;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(centralMeridianDeg);
    }

    @Override
    public String toString() {
        return "Equirectangular[centralMeridianDeg=" + centralMeridianDeg + "]";
    }
}
