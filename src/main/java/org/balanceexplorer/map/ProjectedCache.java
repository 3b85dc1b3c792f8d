package org.balanceexplorer.map;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.CountryShape;
import org.balanceexplorer.geo.Projection;
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
final class ProjectedCache {

    /** A basemap country with its projected geometry and that geometry's envelope. */
    record ProjectedShape(CountryShape shape, Geometry projected, Envelope envelope) {
    }

    /** A ring's projected parts; any may be null (not shown, or not visible in this projection). */
    record ProjectedRing(Geometry main, Geometry band, List<Geometry> claimRings, Geometry naive, Geometry envelope) {
    }

    private static final double GRATICULE_STEP_DEG = 10;
    private static final double GRATICULE_DENSIFY_DEG = 1;

    private final Projection projection;
    private final GeometryFactory factory = new GeometryFactory();
    private List<ProjectedShape> coarse = List.of();
    /** The finer basemap once projected; null until then (the coarse one is drawn meanwhile). */
    private List<ProjectedShape> fine;
    private Basemap fineSource;
    private boolean fineRequested;
    private List<Geometry> graticule;
    private Geometry worldOutline;
    private boolean worldOutlineDone;
    private List<Geometry> disputed = List.of();
    private Geometry measurement;
    private final Map<RingOverlay, ProjectedRing> rings = new IdentityHashMap<>();

    ProjectedCache(Projection projection) {
        this.projection = projection;
    }

    Projection projection() {
        return projection;
    }

    GeometryFactory factory() {
        return factory;
    }

    /**
     * Projects the coarse basemap now and keeps the fine one to project when first wanted
     * ({@link #needsFine()}, {@link #projectFine()}, {@link #adoptFine}): most views never need it,
     * and it costs several times the coarse one.
     */
    void setBasemaps(Basemap coarseMap, Basemap fineMap) {
        coarse = project(coarseMap);
        fineSource = fineMap;
        fine = fineMap == null ? coarse : null;
    }

    /** Sets the fine basemap to project when wanted, unless one is already there. */
    void setFineSource(Basemap fineMap) {
        if (fineSource == null && fineMap != null) {
            fineSource = fineMap;
            if (fine == coarse) {
                fine = null;
            }
        }
    }

    /** Whether the fine basemap is wanted but neither projected nor asked for yet; marks it asked for. */
    boolean claimFineProjection() {
        if (fine != null || fineRequested || fineSource == null) {
            return false;
        }
        fineRequested = true;
        return true;
    }

    /** Projects the fine basemap; reads only immutable inputs, so it may run on a background thread. */
    List<ProjectedShape> projectFine() {
        return project(fineSource);
    }

    void adoptFine(List<ProjectedShape> projected) {
        fine = projected;
    }

    /** Projects every country, on both cores (projections are immutable and thread-safe). */
    private List<ProjectedShape> project(Basemap map) {
        return map.countries().parallelStream()
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
    List<ProjectedShape> basemap(boolean wantFine) {
        return wantFine && fine != null ? fine : coarse;
    }

    /**
     * Projects rings, reusing those already projected. Reads only the projection and the current
     * rings, so it may run on a background thread while the FX thread draws; hand the result to
     * {@link #adoptRings} on the FX thread.
     */
    Map<RingOverlay, ProjectedRing> projectRings(List<RingOverlay> overlays, Map<RingOverlay, ProjectedRing> known) {
        // New rings are projected on both cores; the ones already projected are reused.
        List<ProjectedRing> projected = overlays.parallelStream().map(r -> {
            ProjectedRing p = known.get(r);
            if (p != null) {
                return p;
            }
            List<Geometry> claimRings = new ArrayList<>();
            r.claimRings().forEach(c -> claimRings.add(projectOrNull(c.geographic())));
            return new ProjectedRing(projectOrNull(r.geographic()), projectOrNull(r.band()), claimRings,
                    projectOrNull(r.naiveCircle()), projectOrNull(r.envelope()));
        }).toList();
        Map<RingOverlay, ProjectedRing> out = new IdentityHashMap<>();
        for (int i = 0; i < overlays.size(); i++) {
            out.put(overlays.get(i), projected.get(i));
        }
        return out;
    }

    /** A snapshot of the rings projected so far (for {@link #projectRings}). */
    Map<RingOverlay, ProjectedRing> knownRings() {
        return new IdentityHashMap<>(rings);
    }

    void adoptRings(Map<RingOverlay, ProjectedRing> projected) {
        rings.clear();
        rings.putAll(projected);
    }

    ProjectedRing projectedRing(RingOverlay ring) {
        return rings.get(ring);
    }

    void setDisputed(List<Geometry> lines) {
        List<Geometry> out = new ArrayList<>();
        for (Geometry l : lines) {
            Geometry p = projectOrNull(l);
            if (p != null) {
                out.add(p);
            }
        }
        disputed = List.copyOf(out);
    }

    List<Geometry> disputed() {
        return disputed;
    }

    void setMeasurement(Geometry lonLat) {
        measurement = projectOrNull(lonLat);
    }

    Geometry measurement() {
        return measurement;
    }

    Coordinate projectPoint(GeoPoint p) {
        return projection.project(p.lonDeg(), p.latDeg());
    }

    /** Projected units per degree of longitude at the equator, to relate zoom to the world. */
    double unitsPerDegree() {
        Coordinate a = projection.project(projection.centralMeridianDeg(), 0);
        Coordinate b = projection.project(projection.centralMeridianDeg() + 1, 0);
        return a == null || b == null ? 111_319.49 : Math.max(1e-9, a.distance(b));
    }

    /** The projected envelope of a lon/lat envelope. */
    Envelope projectEnvelope(Envelope lonLat) {
        Geometry g = projectOrNull(factory.toGeometry(lonLat));
        return g == null ? projection.worldBounds() : g.getEnvelopeInternal();
    }

    /** The outline of the whole world in this projection (the sea is drawn inside it), or null. */
    Geometry worldOutline() {
        if (!worldOutlineDone) {
            worldOutlineDone = true;
            worldOutline = projectOrNull(factory.toGeometry(new Envelope(-180, 180, -90, 90)));
        }
        return worldOutline;
    }

    List<Geometry> graticule() {
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
