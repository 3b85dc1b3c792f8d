package org.balanceexplorer.data;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a {@link GisLayer} as GeoJSON (RFC 7946) with Jackson's streaming generator: a
 * FeatureCollection in WGS 84 longitude/latitude (no "crs" member), coordinates to six decimals
 * (about 0.1 m), polygons by the right-hand rule (exterior rings counterclockwise, holes clockwise,
 * RFC 7946 section 3.1.6), geometry that crosses the antimeridian already cut by {@code geo} into
 * parts on either side (section 3.1.9). Each feature's properties are its flat attributes, then
 * "claims": the claims in full, an array of objects.
 *
 * <p>Stateless and thread-safe.
 */
public final class GeoJsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Six decimals of a degree: about 0.1 m, finer than any ring is computed to. */
    private static final int DECIMALS = 6;

    private GeoJsonWriter() {
    }

    /** The layer as GeoJSON text (UTF-8 bytes). */
    public static byte[] write(GisLayer layer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("name", layer.name());
            g.writeStringField("description", layer.description());
            g.writeArrayFieldStart("features");
            for (GisLayer.Feature f : layer.features()) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", f.id());
                g.writeFieldName("geometry");
                geometry(g, f.geometry());
                g.writeObjectFieldStart("properties");
                g.writeStringField("name", f.name());
                for (Map.Entry<String, Object> a : f.attributes().entrySet()) {
                    value(g, a.getKey(), a.getValue());
                }
                g.writeArrayFieldStart("claims");
                for (Map<String, String> c : f.claims()) {
                    g.writeStartObject();
                    for (Map.Entry<String, String> e : c.entrySet()) {
                        g.writeStringField(e.getKey(), e.getValue());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write GeoJSON", e);
        }
        return out.toByteArray();
    }

    /** Writes the layer to a file atomically. */
    public static void write(GisLayer layer, Path target) throws IOException {
        AtomicFiles.write(target, write(layer));
    }

    private static void value(JsonGenerator g, String key, Object v) throws IOException {
        if (v instanceof Boolean b) {
            g.writeBooleanField(key, b);
        } else if (v instanceof Number n) {
            g.writeFieldName(key);
            if (n instanceof Integer || n instanceof Long) {
                g.writeNumber(n.longValue());
            } else {
                g.writeNumber(n.doubleValue());
            }
        } else {
            g.writeStringField(key, v.toString());
        }
    }

    private static void geometry(JsonGenerator g, Geometry geom) throws IOException {
        g.writeStartObject();
        if (geom instanceof Point p) {
            g.writeStringField("type", "Point");
            g.writeFieldName("coordinates");
            position(g, p.getCoordinate());
        } else if (geom instanceof Polygon poly) {
            g.writeStringField("type", "Polygon");
            g.writeFieldName("coordinates");
            polygon(g, poly);
        } else if (geom instanceof LineString line) {
            g.writeStringField("type", "LineString");
            g.writeFieldName("coordinates");
            positions(g, line.getCoordinates(), false, false);
        } else if (allPolygons(geom)) {
            g.writeStringField("type", "MultiPolygon");
            g.writeArrayFieldStart("coordinates");
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                polygon(g, (Polygon) geom.getGeometryN(i));
            }
            g.writeEndArray();
        } else if (allLines(geom)) {
            g.writeStringField("type", "MultiLineString");
            g.writeArrayFieldStart("coordinates");
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                positions(g, geom.getGeometryN(i).getCoordinates(), false, false);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("cannot write a " + geom.getGeometryType() + " as GeoJSON here");
        }
        g.writeEndObject();
    }

    private static boolean allPolygons(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon)) {
                return false;
            }
        }
        return g.getNumGeometries() > 0;
    }

    private static boolean allLines(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof LineString)) {
                return false;
            }
        }
        return g.getNumGeometries() > 0;
    }

    private static void polygon(JsonGenerator g, Polygon p) throws IOException {
        g.writeStartArray();
        positions(g, p.getExteriorRing().getCoordinates(), true, true);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            positions(g, p.getInteriorRingN(h).getCoordinates(), true, false);
        }
        g.writeEndArray();
    }

    /**
     * A ring's or line's positions; a ring turned counterclockwise when exterior, clockwise when a
     * hole (the right-hand rule).
     */
    private static void positions(JsonGenerator g, Coordinate[] cs, boolean ring, boolean exterior) throws IOException {
        boolean reverse = ring && cs.length >= 4 && Orientation.isCCW(cs) != exterior;
        g.writeStartArray();
        for (int i = 0; i < cs.length; i++) {
            position(g, cs[reverse ? cs.length - 1 - i : i]);
        }
        g.writeEndArray();
    }

    private static void position(JsonGenerator g, Coordinate c) throws IOException {
        g.writeStartArray();
        g.writeNumber(round(c.x));
        g.writeNumber(round(c.y));
        g.writeEndArray();
    }

    /** Degrees to {@value #DECIMALS} decimals, written without a binary tail ("73.0479", not "73.04790000000001"). */
    static BigDecimal round(double deg) {
        return BigDecimal.valueOf(deg).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
