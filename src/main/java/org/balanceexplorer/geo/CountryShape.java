package org.balanceexplorer.geo;

import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One country of the basemap.
 *
 * @param id       the feature's id (ISO 3166-1 numeric in Natural Earth / world-atlas), or
 *                 {@code null} when the feature has none (for example "Siachen Glacier")
 * @param name     the feature's {@code name} property
 * @param geometry valid Polygon or MultiPolygon, x = lon, y = lat in degrees; do not modify
 */
public record CountryShape(String id, String name, Geometry geometry) {
    public CountryShape {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
    }

    public Optional<String> idText() {
        return Optional.ofNullable(id);
    }
}
