package org.balanceexplorer.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Derives the disputed lines of South Asia from the basemap's own polygons, so that they always
 * coincide with the drawn borders and no coordinates are typed in by hand.
 *
 * <h2>The rule</h2>
 * <ol>
 *   <li>{@value #INDIA_CHINA_KEY}: the whole boundary India and China share, that is the Ladakh /
 *       Aksai Chin section, the middle sector and the Arunachal Pradesh section (Natural Earth
 *       draws the lines of actual control).</li>
 *   <li>{@value #KASHMIR_KEY}: the boundary India and Pakistan share north of
 *       {@value #KASHMIR_SOUTH_LAT_DEG} N, the line through Jammu and Kashmir (the working
 *       boundary and line of control); south of it the international border is not disputed.</li>
 *   <li>{@value #SIACHEN_KEY}: the outline of the feature named "Siachen Glacier" (no ISO code,
 *       present in the 1:50m file, absent at 1:110m).</li>
 * </ol>
 * A line is left out when its countries or feature are missing from the basemap or share nothing.
 *
 * <h2>Algorithm</h2>
 * A shared boundary is the JTS intersection of the two countries' boundaries (linework). world-atlas
 * builds both files from TopoJSON, where neighbours share arcs, so shared vertices coincide exactly
 * and no snapping tolerance is needed (measured: both files give long non-empty lines). Point
 * by-products of the intersection (where boundaries merely touch) are dropped, and the pieces are
 * merged into as few lines as possible with {@link LineMerger}.
 *
 * <h2>Accuracy</h2>
 * The lines are the basemap's own vertices (4 decimals, about 11 m), so they lie exactly on the
 * drawn borders at the same scale; the 1:110m and 1:50m lines differ from each other by the
 * generalisation of those scales (kilometres).
 *
 * <h2>Limitations</h2>
 * The lines are Natural Earth's de facto ones; claimed lines (India's claim to Aksai Chin and
 * Gilgit-Baltistan, China's to Arunachal Pradesh, Pakistan's to all of Kashmir) are not in the data
 * and are not drawn. Country names must be Natural Earth's ("India", "China", "Pakistan").
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe.
 */
public final class DisputedBoundaries {

    public static final String INDIA_CHINA_KEY = "india-china";
    public static final String KASHMIR_KEY = "india-pakistan-kashmir";
    public static final String SIACHEN_KEY = "siachen";

    /** Southern end of the disputed India–Pakistan line, degrees N: south of Jammu, north of Sialkot's border. */
    public static final double KASHMIR_SOUTH_LAT_DEG = 32.5;

    static final String SIACHEN_NAME = "Siachen Glacier";

    private DisputedBoundaries() {
    }

    /**
     * Applies the rule to a basemap.
     *
     * @return the lines found, in the rule's order; empty when none applies
     */
    public static List<DisputedLine> derive(Basemap basemap) {
        Objects.requireNonNull(basemap, "basemap");
        List<DisputedLine> out = new ArrayList<>();
        Optional<CountryShape> india = basemap.byName("India");
        Optional<CountryShape> china = basemap.byName("China");
        Optional<CountryShape> pakistan = basemap.byName("Pakistan");
        if (india.isPresent() && china.isPresent()) {
            shared(india.get().geometry(), china.get().geometry(), null).ifPresent(g -> out.add(new DisputedLine(
                    INDIA_CHINA_KEY, "India–China line of actual control (de facto, per Natural Earth)", g)));
        }
        if (india.isPresent() && pakistan.isPresent()) {
            Geometry north = Coordinates.FACTORY.toGeometry(new Envelope(-180, 180, KASHMIR_SOUTH_LAT_DEG, 90));
            shared(india.get().geometry(), pakistan.get().geometry(), north).ifPresent(g -> out.add(new DisputedLine(
                    KASHMIR_KEY, "India–Pakistan line of control in Jammu and Kashmir (de facto, per Natural Earth)", g)));
        }
        basemap.countries().stream()
                .filter(c -> c.name().equalsIgnoreCase(SIACHEN_NAME) && c.id() == null)
                .findFirst()
                .flatMap(c -> lines(c.geometry().getBoundary()))
                .ifPresent(g -> out.add(new DisputedLine(SIACHEN_KEY,
                        "Siachen Glacier (disputed between India and Pakistan; outline per Natural Earth)", g)));
        return List.copyOf(out);
    }

    /** The linework two polygons share, optionally clipped to a window. */
    static Optional<MultiLineString> shared(Geometry a, Geometry b, Geometry window) {
        Geometry common = OverlayNGRobust.overlay(a.getBoundary(), b.getBoundary(), OverlayNG.INTERSECTION);
        if (window != null && !common.isEmpty()) {
            common = OverlayNGRobust.overlay(common, window, OverlayNG.INTERSECTION);
        }
        return lines(common);
    }

    /** The 1-dimensional parts, merged into maximal lines; empty if there are none. */
    @SuppressWarnings("unchecked")
    private static Optional<MultiLineString> lines(Geometry g) {
        LineMerger merger = new LineMerger();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part.getDimension() == 1 && !part.isEmpty()) {
                merger.add(part);
            }
        }
        Collection<LineString> merged = merger.getMergedLineStrings();
        if (merged.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Coordinates.FACTORY.createMultiLineString(merged.toArray(LineString[]::new)));
    }
}
