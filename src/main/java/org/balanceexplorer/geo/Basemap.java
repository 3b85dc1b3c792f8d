package org.balanceexplorer.geo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The countries of a Natural Earth basemap, read from a GeoJSON FeatureCollection (as produced from
 * the npm {@code world-atlas} TopoJSON by {@code topojson-client}).
 *
 * <h2>Algorithm</h2>
 * Each feature is read with Jackson; its {@code name} property is required; its id is the
 * feature's {@code id} member, else {@code properties.id}, else none. Polygon and MultiPolygon
 * geometries are converted to JTS here (a whole FeatureCollection read through JTS would drop the
 * properties); invalid ones (5 at 1:110m, 3 at 1:50m) are repaired with {@link GeometryFixer}.
 * Features without geometry are skipped. Rings that jump across the antimeridian the long way
 * (a step of more than 180 degrees of longitude between neighbours: Fiji and Chukotka at 1:110m
 * and 1:50m, Antarctica at 1:110m, as world-atlas publishes them) would span the whole map as
 * planar polygons; they are unwrapped (each step taken the short way) and cut at +-180 with
 * {@link AntimeridianCutter#reframe}; a ring that then winds once around the globe (Antarctica at
 * 1:110m) is closed along the pole on its side. Rings that already reach within
 * {@value #POLE_RING_DEG} degrees of a pole are taken to be closed along it and left alone.
 * {@link #countryAt} uses an STR-tree of envelopes and an
 * indexed point-in-area locator per country.
 *
 * <h2>Limitations</h2>
 * Only Polygon and MultiPolygon geometries are accepted. Boundaries are Natural Earth's de facto
 * ones. Coordinates are taken as given (no re-framing at the antimeridian).
 *
 * <h2>Thread safety</h2>
 * Immutable after {@link #read}; lookups may run concurrently (the locators build their indexes
 * lazily under synchronization).
 */
public final class Basemap {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final GeometryFactory FACTORY = Coordinates.FACTORY;

    private final List<CountryShape> countries;
    private final Map<String, CountryShape> byName;
    private final STRtree index;

    private Basemap(List<CountryShape> countries) {
        this.countries = List.copyOf(countries);
        Map<String, CountryShape> names = new LinkedHashMap<>();
        STRtree tree = new STRtree();
        for (int i = 0; i < this.countries.size(); i++) {
            CountryShape c = this.countries.get(i);
            names.putIfAbsent(key(c.name()), c);
            tree.insert(c.geometry().getEnvelopeInternal(), new Located(i, c, new IndexedPointInAreaLocator(c.geometry())));
        }
        tree.build();
        this.byName = Map.copyOf(names);
        this.index = tree;
    }

    /**
     * Reads a GeoJSON FeatureCollection of countries. The stream is read to its end but not closed.
     *
     * @throws GeodesyException with plain words if the stream is not such a collection
     */
    public static Basemap read(InputStream geojson) {
        Objects.requireNonNull(geojson, "geojson");
        JsonNode root;
        try {
            root = MAPPER.readTree(geojson);
        } catch (JacksonException e) {
            throw new GeodesyException("The basemap is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ").", e);
        } catch (IOException e) {
            throw new GeodesyException("The basemap could not be read.", e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new GeodesyException("The basemap is not a GeoJSON FeatureCollection.");
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new GeodesyException("The basemap has no list of features.");
        }
        List<CountryShape> shapes = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            JsonNode geometry = feature.path("geometry");
            if (geometry.isMissingNode() || geometry.isNull()) {
                continue;
            }
            String name = feature.path("properties").path("name").asText(null);
            if (name == null || name.isBlank()) {
                throw new GeodesyException("Basemap feature " + (i + 1) + " has no name.");
            }
            String where = "basemap feature " + (i + 1) + " (" + name + ")";
            Geometry shape = toGeometry(geometry, where);
            try {
                shape = fixed(acrossAntimeridian(shape));
            } catch (RuntimeException e) {
                // JTS's overlay can fail on a shape no repair makes sound (found by fuzzing: a ring
                // that folds on itself across the 180th meridian).
                throw new GeodesyException("The shape of " + where + " cannot be drawn: its outline crosses itself "
                        + "where it meets the 180th meridian.", e);
            }
            shapes.add(new CountryShape(idOf(feature), name, shape));
        }
        return new Basemap(shapes);
    }

    /** A basemap of these countries, already read and repaired (a {@link BasemapBinary} copy). */
    static Basemap of(List<CountryShape> countries) {
        return new Basemap(countries);
    }

    /** All countries, in file order. */
    public List<CountryShape> countries() {
        return countries;
    }

    /** The country with this name, ignoring case; the first one when a name repeats. */
    public Optional<CountryShape> byName(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(byName.get(key(name)));
    }

    /**
     * The country the point lies in (boundary included), if any; the first in file order when
     * countries overlap.
     */
    public Optional<CountryShape> countryAt(GeoPoint point) {
        Coordinate c = Coordinates.toCoordinate(point);
        Located found = null;
        for (Object o : index.query(new Envelope(c))) {
            Located candidate = (Located) o;
            if (candidate.locator().locate(c) != Location.EXTERIOR
                    && (found == null || candidate.order() < found.order())) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found).map(Located::shape);
    }

    private record Located(int order, CountryShape shape, IndexedPointInAreaLocator locator) {
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String idOf(JsonNode feature) {
        JsonNode id = feature.path("id");
        if (id.isMissingNode() || id.isNull()) {
            id = feature.path("properties").path("id");
        }
        return id.isMissingNode() || id.isNull() ? null : id.asText();
    }

    /** Rings reaching this close to a pole are already closed along it in the data, degrees. */
    static final double POLE_RING_DEG = 0.01;

    /** Re-cuts polygons whose rings jump across the antimeridian the long way (see Algorithm). */
    static Geometry acrossAntimeridian(Geometry g) {
        List<Geometry> parts = new ArrayList<>(g.getNumGeometries());
        boolean changed = false;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (!jumps(p)) {
                parts.add(p);
                continue;
            }
            changed = true;
            Coordinate[] shell = unwrap(p.getExteriorRing().getCoordinates());
            double winding = shell[shell.length - 1].x - shell[0].x;
            Polygon planar;
            if (Math.abs(winding) > 180) {
                planar = poleClosed(shell);
            } else {
                shell[shell.length - 1] = shell[0].copy();
                LinearRing outer = FACTORY.createLinearRing(shell);
                double shellWest = outer.getEnvelopeInternal().getMinX();
                LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
                for (int h = 0; h < holes.length; h++) {
                    Coordinate[] hole = unwrap(p.getInteriorRingN(h).getCoordinates());
                    double shift = hole[0].x < shellWest ? 360 : 0;
                    for (Coordinate c : hole) {
                        c.x += shift;
                    }
                    hole[hole.length - 1] = hole[0].copy();
                    holes[h] = FACTORY.createLinearRing(hole);
                }
                planar = FACTORY.createPolygon(outer, holes);
            }
            parts.add(AntimeridianCutter.reframe(fixed(planar), AntimeridianCutter.DEFAULT_SEAM_DEG));
        }
        return changed ? fixed(OverlayNGRobust.union(FACTORY.buildGeometry(parts))) : g;
    }

    private static boolean jumps(Polygon p) {
        List<LinearRing> rings = new ArrayList<>();
        rings.add(p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            rings.add(p.getInteriorRingN(h));
        }
        for (LinearRing r : rings) {
            Envelope e = r.getEnvelopeInternal();
            if (e.getMinY() <= -90 + POLE_RING_DEG || e.getMaxY() >= 90 - POLE_RING_DEG) {
                return false;
            }
            Coordinate[] c = r.getCoordinates();
            for (int i = 1; i < c.length; i++) {
                if (Math.abs(c[i].x - c[i - 1].x) > 180) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ring's coordinates with each longitude step taken the short way (the last point may end a turn away). */
    private static Coordinate[] unwrap(Coordinate[] c) {
        Coordinate[] u = new Coordinate[c.length];
        u[0] = new Coordinate(c[0].x, c[0].y);
        for (int i = 1; i < c.length; i++) {
            u[i] = new Coordinate(u[i - 1].x + AntimeridianCutter.shortStep(c[i].x - c[i - 1].x), c[i].y);
        }
        return u;
    }

    /** A ring that winds once around the globe, closed along the pole on the side of its mean latitude. */
    private static Polygon poleClosed(Coordinate[] wound) {
        double meanLat = 0;
        for (Coordinate c : wound) {
            meanLat += c.y / wound.length;
        }
        double pole = meanLat < 0 ? -90 : 90;
        List<Coordinate> ring = new ArrayList<>(List.of(wound).subList(0, wound.length - 1));
        Coordinate last = wound[wound.length - 1];
        ring.add(new Coordinate(last.x, last.y));
        ring.add(new Coordinate(last.x, pole));
        ring.add(new Coordinate(wound[0].x, pole));
        ring.add(wound[0].copy());
        return FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private static Geometry fixed(Geometry g) {
        return g.isValid() ? g : GeometryFixer.fix(g);
    }

    private static Geometry toGeometry(JsonNode geometry, String where) {
        String type = geometry.path("type").asText("");
        JsonNode coords = geometry.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coords, where);
            case "MultiPolygon" -> {
                requireArray(coords, where);
                Polygon[] parts = new Polygon[coords.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coords.get(i), where);
                }
                yield FACTORY.createMultiPolygon(parts);
            }
            default -> throw new GeodesyException("The " + where + " has a geometry of type \"" + type
                    + "\"; only Polygon and MultiPolygon are supported.");
        };
    }

    private static Polygon polygon(JsonNode rings, String where) {
        requireArray(rings, where);
        if (rings.isEmpty()) {
            return FACTORY.createPolygon();
        }
        LinearRing shell = ring(rings.get(0), where);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), where);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, String where) {
        requireArray(positions, where);
        List<Coordinate> coords = new ArrayList<>(positions.size() + 1);
        for (JsonNode position : positions) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new GeodesyException("The " + where + " has a position that is not [longitude, latitude].");
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            // GeoJSON longitudes lie in [-180, 180]; anything far outside is a broken file, and would
            // send the antimeridian cut through one 360-degree window after another (found by fuzzing:
            // a longitude of 1e17 kept the reader busy for minutes).
            if (!(Math.abs(lon) <= 360 && Math.abs(lat) <= 90)) {
                throw new GeodesyException("The " + where + " has a position outside the globe: longitude " + lon
                        + ", latitude " + lat + " (longitudes run from -180 to 180, latitudes from -90 to 90).");
            }
            coords.add(new Coordinate(lon, lat));
        }
        if (!coords.isEmpty() && !coords.get(0).equals2D(coords.get(coords.size() - 1))) {
            coords.add(coords.get(0).copy());
        }
        if (coords.size() < 4) {
            throw new GeodesyException("The " + where + " has a ring with fewer than 3 distinct points.");
        }
        return FACTORY.createLinearRing(coords.toArray(Coordinate[]::new));
    }

    private static void requireArray(JsonNode node, String where) {
        if (!node.isArray()) {
            throw new GeodesyException("The " + where + " has malformed coordinates.");
        }
    }
}
