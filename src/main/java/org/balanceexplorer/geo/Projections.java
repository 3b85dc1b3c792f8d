package org.balanceexplorer.geo;

import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;

/**
 * The projections the map offers, with the names users see, and one factory for all of them.
 *
 * <h2>What the centre means</h2>
 * {@link #create(Kind, GeoPoint)} takes the point the map should be built around (the selected
 * launch point, or the geographic centre of the current view when the user switches projection):
 * <ul>
 *   <li>Equirectangular and Mercator: its longitude becomes the central meridian, so the seam
 *       falls on the far side of the world;</li>
 *   <li>azimuthal equidistant: it is the centre (distances from it are true);</li>
 *   <li>orthographic: it is the point at the middle of the globe;</li>
 *   <li>Lambert conformal conic: ignored; the cone is fixed for South Asia
 *       ({@link LambertConformalConic#southAsia()}).</li>
 * </ul>
 * To keep the same place in the middle of the view after a switch, take the old view's centre
 * with {@code oldProjection.inverse(x, y)} and centre the new view on
 * {@code newProjection.project(lon, lat)}; both return {@code null} when there is no such point.
 *
 * <h2>Algorithm, accuracy, limitations</h2>
 * Those of each class: {@link Equirectangular}, {@link Mercator}, {@link AzimuthalEquidistant},
 * {@link Orthographic}, {@link LambertConformalConic}.
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe; creating an azimuthal equidistant projection costs about a
 * millisecond (the antipode's disc), the others microseconds.
 */
public final class Projections {

    /** The kinds of projection, in menu order. {@link #toString()} is the user-facing name. */
    public enum Kind {
        EQUIRECTANGULAR("Equirectangular"),
        MERCATOR("Mercator"),
        AZIMUTHAL_EQUIDISTANT("Azimuthal equidistant (centred on launch point)"),
        ORTHOGRAPHIC("Orthographic globe"),
        LAMBERT_CONFORMAL_CONIC("Lambert conformal conic (South Asia)");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        /** The name shown to users, e.g. in a menu. */
        public String displayName() {
            return displayName;
        }

        @Override
        public String toString() {
            return displayName;
        }
    }

    private Projections() {
    }

    /**
     * Creates a projection of the given kind around a centre (see "What the centre means").
     *
     * @param kind   which projection
     * @param centre the point to build the projection around, degrees
     * @throws GeodesyException if the projection cannot be set up
     */
    public static Projection create(Kind kind, GeoPoint centre) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(centre, "centre");
        return switch (kind) {
            case EQUIRECTANGULAR -> new Equirectangular(centre.lonDeg());
            case MERCATOR -> new Mercator(centre.lonDeg());
            case AZIMUTHAL_EQUIDISTANT -> new AzimuthalEquidistant(centre);
            case ORTHOGRAPHIC -> new Orthographic(centre);
            case LAMBERT_CONFORMAL_CONIC -> LambertConformalConic.southAsia();
        };
    }

    /** Checks the arguments of {@link Projection#project(double, double)}. */
    static void requireLonLat(double lonDeg, double latDeg) {
        if (!(latDeg >= -90 && latDeg <= 90) || !Double.isFinite(lonDeg)) {
            throw new IllegalArgumentException("lonDeg must be finite and latDeg in [-90, 90], was " + lonDeg + ", " + latDeg);
        }
    }
}
