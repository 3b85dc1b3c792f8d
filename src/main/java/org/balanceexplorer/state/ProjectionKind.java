package org.balanceexplorer.state;

import org.balanceexplorer.geo.Projections;

/**
 * The kinds of projection a view can use: the same constants, in the same order, as
 * {@link Projections.Kind}, which this mirrors so that a saved view names a projection without
 * reaching into {@code geo}.
 */
public enum ProjectionKind {
    /** Plate carrée: longitude and latitude as x and y. */
    EQUIRECTANGULAR,
    /** Mercator: conformal, cut at about 85 degrees of latitude. */
    MERCATOR,
    /** Azimuthal equidistant: distances from its centre are true, so range rings are circles. */
    AZIMUTHAL_EQUIDISTANT,
    /** Orthographic: the globe seen from far away. */
    ORTHOGRAPHIC,
    /** Lambert conformal conic, with the cone fixed for South Asia. */
    LAMBERT_CONFORMAL_CONIC;

    /** The same kind in {@code geo}, which builds the projection. */
    public Projections.Kind geoKind() {
        return Projections.Kind.valueOf(name());
    }
}
