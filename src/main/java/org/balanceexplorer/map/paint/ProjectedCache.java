package org.balanceexplorer.map.paint;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.CountryShape;
import org.balanceexplorer.geo.CutOutline;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.geo.SphericalCap;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Geometry projected once per projection: the basemaps, the graticule, the disputed lines, the
 * rings and the measure line. The map calls {@code geo} projections only through this class, so
 * a projection switch is one new cache and pan or zoom never projects anything again.
 */
public final class ProjectedCache {

    /** A basemap country with its projected geometry and that geometry's envelope. */
    public record ProjectedShape(CountryShape shape, Geometry projected, Envelope envelope) {
    }

    /**
     * A ring's projected parts; any may be null (not shown, or not visible in this projection).
     * Areas are filled and their outlines ({@link CutOutline}: without the edges a cut added) are
     * stroked; the areas are left out ({@code null}) when the ring was projected for outlines only.
     *
     * @param main            the area within the headline range, or null
     * @param mainOutline     its outline (lines), also what the ring's label and tooltip follow
     * @param band            the area between the lowest and highest claims, or null
     * @param bandOutline     its outline
     * @param claimRingLines  one outline per claimed range (drawn as lines only)
     * @param naiveLine       the naive circle's outline
     * @param envelope        the territory envelope's area, or null
     * @param envelopeOutline its outline
     * @param withAreas       whether the areas were projected
     */
    public record ProjectedRing(Geometry main, Geometry mainOutline, Geometry band, Geometry bandOutline,
                                List<Geometry> claimRingLines, Geometry naiveLine, Geometry envelope,
                                Geometry envelopeOutline, boolean withAreas) {
    }

    private static final double GRATICULE_STEP_DEG = 10;
    private static final double GRATICULE_DENSIFY_DEG = 1;

    private final Projection projection;
    private final GeometryFactory factory = new GeometryFactory();
    private List<ProjectedShape> coarse = List.of();
    /** The finer basemap once projected; null until then (the coarse one is drawn meanwhile). */
    private List<ProjectedShape> fine;
    private Basemap fineSource;
    /** Coarse countries left for later (see {@link #setBasemaps(Basemap, Basemap, SphericalCap)}), or null. */
    private List<CountryShape> coarseRest;
    private boolean fineRequested;
    private List<Geometry> graticule;
    private Geometry worldOutline;
    private boolean worldOutlineDone;
    private List<Geometry> disputed = List.of();
    private Geometry measurement;
    private final Map<RingOverlay, ProjectedRing> rings = new IdentityHashMap<>();

    public ProjectedCache(Projection projection) {
        this.projection = projection;
    }

    public Projection projection() {
        return projection;
    }

    public GeometryFactory factory() {
        return factory;
    }

    /**
     * Projects the coarse basemap now and keeps the fine one to project when first wanted
     * ({@link #needsFine()}, {@link #projectFine()}, {@link #adoptFine}): most views never need it,
     * and it costs several times the coarse one.
     */
    public void setBasemaps(Basemap coarseMap, Basemap fineMap) {
        setBasemaps(coarseMap, fineMap, null);
    }

    /**
     * As {@link #setBasemaps(Basemap, Basemap)}, but projects now only the countries that may show
     * in a view covering {@code first} (null: all of them); the others wait for
     * {@link #projectRest()} and {@link #adoptRest}. A globe asked for at once is drawn a moment
     * sooner this way: most of the world lies outside a regional view.
     */
    public void setBasemaps(Basemap coarseMap, Basemap fineMap, SphericalCap first) {
        List<CountryShape> now = new ArrayList<>();
        List<CountryShape> later = new ArrayList<>();
        for (CountryShape c : coarseMap.countries()) {
            (first == null || first.mayReach(c.geometry()) ? now : later).add(c);
        }
        coarse = project(now);
        coarseRest = later.isEmpty() ? null : List.copyOf(later);
        fineSource = fineMap;
        fine = fineMap == null ? coarse : null;
    }

    /** Whether countries of the coarse basemap wait to be projected ({@link #projectRest()}). */
    public boolean hasRest() {
        return coarseRest != null;
    }

    /** Projects the countries left for later; reads only immutable inputs, so it may run on a background thread. */
    public List<ProjectedShape> projectRest() {
        return coarseRest == null ? List.of() : project(coarseRest);
    }

    /** Adds the countries left for later, once projected. */
    public void adoptRest(List<ProjectedShape> rest) {
        boolean fineIsCoarse = fine == coarse;
        List<ProjectedShape> all = new ArrayList<>(coarse);
        all.addAll(rest);
        coarse = List.copyOf(all);
        if (fineIsCoarse) {
            fine = coarse;
        }
        coarseRest = null;
    }

    /** Sets the fine basemap to project when wanted, unless one is already there. */
    public void setFineSource(Basemap fineMap) {
        if (fineSource == null && fineMap != null) {
            fineSource = fineMap;
            if (fine == coarse) {
                fine = null;
            }
        }
    }

    /** Whether the fine basemap is wanted but neither projected nor asked for yet; marks it asked for. */
    public boolean claimFineProjection() {
        if (fine != null || fineRequested || fineSource == null) {
            return false;
        }
        fineRequested = true;
        return true;
    }

    /** Projects the fine basemap; reads only immutable inputs, so it may run on a background thread. */
    public List<ProjectedShape> projectFine() {
        return project(fineSource);
    }

    public void adoptFine(List<ProjectedShape> projected) {
        fine = projected;
    }

    /** Projects every country, on both cores (projections are immutable and thread-safe). */
    private List<ProjectedShape> project(Basemap map) {
        return project(map.countries());
    }

    private List<ProjectedShape> project(List<CountryShape> countries) {
        return countries.parallelStream()
                .map(s -> {
                    Geometry g = projectOrNull(s.geometry());
                    return g == null ? null : new ProjectedShape(s, g, g.getEnvelopeInternal());
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private Geometry projectOrNull(Geometry lonLat) {
        if (lonLat == null) {
            return null;
        }
        Geometry g = projection.project(lonLat);
        return g == null || g.isEmpty() ? null : g;
    }

    /** The fine basemap when wanted and ready, else the coarse one. */
    public List<ProjectedShape> basemap(boolean wantFine) {
        return wantFine && fine != null ? fine : coarse;
    }

    /**
     * Projects rings, reusing those already projected. Reads only the projection and the current
     * rings, so it may run on a background thread while the FX thread draws; hand the result to
     * {@link #adoptRings} on the FX thread.
     */
    public Map<RingOverlay, ProjectedRing> projectRings(List<RingOverlay> overlays,
                                                        Map<RingOverlay, ProjectedRing> known, boolean withAreas) {
        // New rings are projected on both cores; the ones already projected are reused (a ring
        // projected for its outlines only is projected again when its areas are wanted).
        List<ProjectedRing> projected = overlays.parallelStream().map(r -> {
            ProjectedRing p = known.get(r);
            if (p != null && (p.withAreas() || !withAreas)) {
                return p;
            }
            List<Geometry> claimRings = new ArrayList<>();
            r.claimRings().forEach(c -> claimRings.add(projectOrNull(CutOutline.of(c.geographic()))));
            return new ProjectedRing(withAreas ? projectOrNull(r.geographic()) : null,
                    projectOrNull(CutOutline.of(r.geographic())),
                    withAreas ? projectOrNull(r.band()) : null, projectOrNull(CutOutline.of(r.band())), claimRings,
                    projectOrNull(CutOutline.of(r.naiveCircle())),
                    withAreas ? projectOrNull(r.envelope()) : null, projectOrNull(CutOutline.of(r.envelope())),
                    withAreas);
        }).toList();
        Map<RingOverlay, ProjectedRing> out = new IdentityHashMap<>();
        for (int i = 0; i < overlays.size(); i++) {
            out.put(overlays.get(i), projected.get(i));
        }
        return out;
    }

    /** A snapshot of the rings projected so far (for {@link #projectRings}). */
    public Map<RingOverlay, ProjectedRing> knownRings() {
        return new IdentityHashMap<>(rings);
    }

    public void adoptRings(Map<RingOverlay, ProjectedRing> projected) {
        rings.clear();
        rings.putAll(projected);
    }

    public ProjectedRing projectedRing(RingOverlay ring) {
        return rings.get(ring);
    }

    public void setDisputed(List<Geometry> lines) {
        List<Geometry> out = new ArrayList<>();
        for (Geometry l : lines) {
            Geometry p = projectOrNull(l);
            if (p != null) {
                out.add(p);
            }
        }
        disputed = List.copyOf(out);
    }

    public List<Geometry> disputed() {
        return disputed;
    }

    public void setMeasurement(Geometry lonLat) {
        measurement = projectOrNull(lonLat);
    }

    public Geometry measurement() {
        return measurement;
    }

    public Coordinate projectPoint(GeoPoint p) {
        return projection.project(p.lonDeg(), p.latDeg());
    }

    /** Projected units per degree of longitude at the equator, to relate zoom to the world. */
    public double unitsPerDegree() {
        Coordinate a = projection.project(projection.centralMeridianDeg(), 0);
        Coordinate b = projection.project(projection.centralMeridianDeg() + 1, 0);
        return a == null || b == null ? 111_319.49 : Math.max(1e-9, a.distance(b));
    }

    /** The projected envelope of a lon/lat envelope. */
    public Envelope projectEnvelope(Envelope lonLat) {
        Geometry g = projectOrNull(factory.toGeometry(lonLat));
        return g == null ? projection.worldBounds() : g.getEnvelopeInternal();
    }

    /** The outline of the whole world in this projection (the sea is drawn inside it), or null. */
    public Geometry worldOutline() {
        if (!worldOutlineDone) {
            worldOutlineDone = true;
            worldOutline = projectOrNull(factory.toGeometry(new Envelope(-180, 180, -90, 90)));
        }
        return worldOutline;
    }

    public List<Geometry> graticule() {
        if (graticule == null) {
            List<Geometry> lines = new ArrayList<>();
            for (double lon = -180; lon <= 180; lon += GRATICULE_STEP_DEG) {
                lines.add(line(lon, -90, lon, 90));
            }
            for (double lat = -80; lat <= 80; lat += GRATICULE_STEP_DEG) {
                lines.add(line(-180, lat, 180, lat));
            }
            List<Geometry> projected = new ArrayList<>();
            for (Geometry l : lines) {
                Geometry p = projectOrNull(l);
                if (p != null) {
                    projected.add(p);
                }
            }
            graticule = List.copyOf(projected);
        }
        return graticule;
    }

    private Geometry line(double lon0, double lat0, double lon1, double lat1) {
        int n = (int) Math.ceil(Math.max(Math.abs(lon1 - lon0), Math.abs(lat1 - lat0)) / GRATICULE_DENSIFY_DEG);
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            cs[i] = new Coordinate(lon0 + t * (lon1 - lon0), lat0 + t * (lat1 - lat0));
        }
        return factory.createLineString(cs);
    }
}
