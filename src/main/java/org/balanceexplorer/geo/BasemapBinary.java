package org.balanceexplorer.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A compact binary copy of a {@link Basemap} as {@link Basemap#read} leaves it (parsed, cut at the
 * antimeridian, repaired), written by the build from the bundled GeoJSON and read at start-up in its
 * place: no JSON, no validity check or repair on the way to the first frame (decision 0020).
 *
 * <h2>Format</h2>
 * {@link DataOutputStream} primitives, big-endian: the magic {@code BXBM}, a format version, the
 * size and CRC-32 of the GeoJSON it was made from (a copy older than its GeoJSON is never used), the
 * number of countries; per country its id (UTF-8 length, -1 for none, and bytes), its name, the
 * kind of its shape (1 polygon, 2 multipolygon), its polygons, each as its number of rings (the
 * shell first, then the holes) and each ring as its number of points and their x, y as doubles.
 * Coordinates are kept exactly (doubles), so the geometries read back are equal, point for point,
 * to those the GeoJSON gives.
 *
 * <h2>Limitations</h2>
 * Only polygonal shapes (all {@link Basemap#read} produces); the format belongs to this build (a
 * copy of another version is refused and the GeoJSON read instead).
 *
 * <p>Thread safety: stateless; safe from any thread.
 */
public final class BasemapBinary {

    private static final int MAGIC = 0x4258424D; // "BXBM"
    /** Raise whenever what is written changes. */
    static final int VERSION = 1;
    private static final GeometryFactory FACTORY = Coordinates.FACTORY;
    private static final System.Logger LOG = System.getLogger(BasemapBinary.class.getName());

    private BasemapBinary() {
    }

    /** Writes {@code basemap}, read from {@code geojson}; the stream is flushed, not closed. */
    public static void write(Basemap basemap, byte[] geojson, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeLong(geojson.length);
        d.writeLong(crc(geojson));
        d.writeInt(basemap.countries().size());
        for (CountryShape c : basemap.countries()) {
            string(d, c.id());
            string(d, c.name());
            Geometry g = c.geometry();
            if (g instanceof Polygon p) {
                d.writeByte(1);
                polygon(d, p);
            } else if (g instanceof MultiPolygon m) {
                d.writeByte(2);
                d.writeInt(m.getNumGeometries());
                for (int i = 0; i < m.getNumGeometries(); i++) {
                    polygon(d, (Polygon) m.getGeometryN(i));
                }
            } else {
                throw new IOException("the shape of " + c.name() + " is a " + g.getGeometryType()
                        + ", not a polygon or multipolygon");
            }
        }
        d.flush();
    }

    /**
     * Reads a basemap written by {@link #write}, when the GeoJSON it was made from is still as it
     * was (compared by size and CRC-32).
     *
     * @param geojson opens the GeoJSON the copy was made from, or is null not to compare it: when the
     *                copy and the GeoJSON come from one build artefact (the application's jar)
     * @throws IOException when the stream is not such a copy, is of another version, ends early or
     *                     has bytes left over, a ring is not closed, or the GeoJSON has changed
     */
    public static Basemap read(InputStream in, Supplier<InputStream> geojson) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a basemap snapshot");
        }
        int version = d.readInt();
        if (version != VERSION) {
            throw new IOException("a basemap snapshot of format " + version + ", not " + VERSION);
        }
        long size = d.readLong();
        long crc = d.readLong();
        if (geojson != null) {
            byte[] now;
            try (InputStream g = geojson.get()) {
                now = g.readAllBytes();
            }
            if (now.length != size || crc(now) != crc) {
                throw new IOException("the GeoJSON changed after the basemap snapshot was made");
            }
        }
        int n = count(d);
        List<CountryShape> shapes = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                String id = string(d);
                String name = string(d);
                int kind = d.readByte();
                Geometry g = switch (kind) {
                    case 1 -> polygon(d);
                    case 2 -> {
                        Polygon[] parts = new Polygon[count(d)];
                        for (int p = 0; p < parts.length; p++) {
                            parts[p] = polygon(d);
                        }
                        yield FACTORY.createMultiPolygon(parts);
                    }
                    default -> throw new IOException("a shape of unknown kind " + kind);
                };
                shapes.add(new CountryShape(id, name, g));
            }
        } catch (RuntimeException e) {
            // JTS or the record refused what was read (an open ring, a missing name)
            throw new IOException("a basemap snapshot JTS refuses: " + e.getMessage(), e);
        }
        if (d.read() != -1) {
            throw new IOException("a basemap snapshot with bytes after its end");
        }
        return Basemap.of(shapes);
    }

    /**
     * The basemap from its snapshot when {@code snapshot} gives one that can be read, else from
     * the GeoJSON {@code geojson} gives ({@link Basemap#read}); both streams are closed here.
     *
     * @param snapshot opens the snapshot, or gives null when there is none
     * @param geojson  opens the GeoJSON
     * @param compare  whether to compare the GeoJSON with the one the copy was made from (not when
     *                 both come from one build artefact, see {@link #read})
     * @throws GeodesyException when the GeoJSON is read and is not a basemap
     */
    public static Basemap readEither(Supplier<InputStream> snapshot, Supplier<InputStream> geojson, boolean compare)
            throws IOException {
        try (InputStream s = snapshot.get()) {
            if (s != null) {
                return read(s, compare ? geojson : null);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "a basemap snapshot could not be read (" + e.getMessage()
                    + "); reading its GeoJSON instead");
        }
        try (InputStream g = geojson.get()) {
            return Basemap.read(g);
        }
    }

    private static long crc(byte[] b) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b);
        return crc.getValue();
    }

    private static void polygon(DataOutputStream d, Polygon p) throws IOException {
        d.writeInt(1 + p.getNumInteriorRing());
        ring(d, p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            ring(d, p.getInteriorRingN(h));
        }
    }

    private static void ring(DataOutputStream d, LineString r) throws IOException {
        Coordinate[] cs = r.getCoordinates();
        d.writeInt(cs.length);
        for (Coordinate c : cs) {
            d.writeDouble(c.x);
            d.writeDouble(c.y);
        }
    }

    private static Polygon polygon(DataInputStream d) throws IOException {
        int rings = count(d);
        if (rings == 0) {
            return FACTORY.createPolygon();
        }
        LinearRing shell = ring(d);
        LinearRing[] holes = new LinearRing[rings - 1];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = ring(d);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(DataInputStream d) throws IOException {
        Coordinate[] cs = new Coordinate[count(d)];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(d.readDouble(), d.readDouble());
        }
        return FACTORY.createLinearRing(cs);
    }

    private static void string(DataOutputStream d, String s) throws IOException {
        if (s == null) {
            d.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    private static String string(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > 1 << 16) {
            throw new IOException("a name of " + n + " bytes");
        }
        byte[] b = d.readNBytes(n);
        if (b.length != n) {
            throw new IOException("a basemap snapshot that ends early");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A count that cannot be a slip: not negative, and not more items than a basemap holds. */
    private static int count(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("a count of " + n + " in a basemap snapshot");
        }
        return n;
    }
}
