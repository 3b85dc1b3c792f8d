package org.balanceexplorer.state;

import org.balanceexplorer.geo.Projections;

/**
 * The kinds of projection a view can use: the same constants, in the same order, as
 * {@link Projections.Kind}, which this mirrors so that a saved view names a projection without
 * reaching into {@code geo}.
 */
public enum ProjectionKind {
    EQUIRECTANGULAR,
    MERCATOR,
    AZIMUTHAL_EQUIDISTANT,
    ORTHOGRAPHIC,
    LAMBERT_CONFORMAL_CONIC;

    /** The same kind in {@code geo}, which builds the projection. */
    public Projections.Kind geoKind() {
        return Projections.Kind.valueOf(name());
    }
}
