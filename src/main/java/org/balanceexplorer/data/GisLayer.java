package org.balanceexplorer.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * What a GIS file holds, in plain inputs (decision 0009): named features with lon/lat geometry
 * (x = longitude, y = latitude, WGS 84, already cut at the antimeridian) and ordered attributes, and
 * the styles they use. {@link GeoJsonWriter} and {@link KmlWriter} write it; the export package
 * assembles it from the model.
 *
 * @param name        the layer's name (the KML document's, the GeoJSON collection's "name")
 * @param description a sentence on what it holds and where it comes from
 * @param styles      the styles features name, possibly none
 * @param features    the features, in order
 */
public record GisLayer(String name, String description, List<Style> styles, List<Feature> features) {

    public GisLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        styles = List.copyOf(styles);
        features = List.copyOf(features);
    }

    /**
     * How a feature is drawn by a viewer that styles (KML).
     *
     * @param id          the style's id, unique in the layer
     * @param colourHex   its colour, {@code #rrggbb}
     * @param lineWidth   lines' width in pixels
     * @param fillOpacity the opacity of areas, [0, 1]
     */
    public record Style(String id, String colourHex, double lineWidth, double fillOpacity) {
        public Style {
            Objects.requireNonNull(id, "id");
            if (colourHex == null || !colourHex.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("colourHex must be #rrggbb, was " + colourHex);
            }
        }
    }

    /**
     * One feature.
     *
     * @param id         unique in the layer
     * @param name       what a viewer labels it with
     * @param geometry   lon/lat geometry: a point, polygons or lines
     * @param styleId    the style it uses, or null
     * @param attributes flat attributes any GIS shows (values are strings, numbers or booleans), in order
     * @param claims     the claims behind it in full, each its own ordered attributes; possibly none
     * @param begin      when it begins (a date "YYYY", "YYYY-MM" or "YYYY-MM-DD", for a time slider), or null
     */
    public record Feature(String id, String name, Geometry geometry, String styleId, Map<String, Object> attributes,
                          List<Map<String, String>> claims, String begin) {
        public Feature {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(geometry, "geometry");
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            claims = claims.stream().map(c -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(c))).toList();
            attributes.values().forEach(v -> {
                if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                    throw new IllegalArgumentException("attribute values must be strings, numbers or booleans, was "
                            + v);
                }
            });
        }
    }
}
