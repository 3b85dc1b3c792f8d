package org.balanceexplorer.state;

import java.util.Objects;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.geo.Projections;
import org.balanceexplorer.model.GeoPoint;

/**
 * Which projection the map uses and the point it is built around.
 *
 * @param kind   the kind of projection, non-null
 * @param centre the point the projection is built around (degrees), non-null: for the azimuthal
 *               equidistant projection its centre; for the orthographic globe the point in the
 *               middle of the globe; for equirectangular and Mercator its longitude is the central
 *               meridian; for Lambert conformal conic it is ignored (the cone is fixed for South Asia)
 */
public record ProjectionChoice(ProjectionKind kind, GeoPoint centre) {

    public ProjectionChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(centre, "centre");
    }

    /**
     * Builds the projection (see {@link Projections#create}).
     *
     * @throws org.balanceexplorer.geo.GeodesyException if the projection cannot be set up
     */
    public Projection toProjection() {
        return Projections.create(kind.geoKind(), centre);
    }
}
