package org.balanceexplorer.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.balanceexplorer.geo.AntimeridianCutter;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.GeodesicPath;
import org.balanceexplorer.geo.Orthographic;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.geo.SphericalCap;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.map.paint.ProjectedCache;
import org.balanceexplorer.map.paint.RingOverlay;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The map's projection jobs and their caches, apart from any view: projects geometry off the FX
 * thread (one job at a time, newest switch wins), keeps the last few projections' basemaps so that
 * switching back is immediate, and prepares on a low-priority thread of its own the projections the
 * user may switch to next. Results come back through the executor given (the FX thread's).
 *
 * <p>Thread safety: its methods are called on the thread behind {@code onFx} only.
 */
final class ProjectionService {

    private static final Logger LOG = Logger.getLogger(ProjectionService.class.getName());
    /** A kept globe serves a switch to a globe centred this close (degrees of latitude and longitude). */
    private static final double NEAR_GLOBE_DEG = 1;
    private static final int KEPT_PROJECTIONS = 8;
    /** How much wider than the view the countries projected first reach, degrees: room for a pan. */
    private static final double FIRST_CAP_MARGIN_DEG = 10;

    /** What the service needs from the view it serves, and tells it. */
    interface Host {
        /** The geographic centre of the view (lon/lat), or null when not laid out yet. */
        Coordinate centreLonLat();

        /** Half the view's diagonal in projected metres (the scale stays across a switch), or infinity before layout. */
        double viewRadiusMeters();

        /** The rings drawn now. */
        List<RingOverlay> rings();

        /** Whether projected rings need their areas (see {@link ProjectedCache#projectRings}). */
        boolean ringAreas();

        /** The measurement shown, or null. */
        GeodesicPath measurement();

        /** A projection is ready: show it, centred on {@code centreLonLat} (or on the projection's own centre). */
        void adopt(Projection next, ProjectedCache ready, Coordinate centreLonLat, boolean centreOnProjection,
                   List<RingOverlay> ringSnapshot);

        /** Countries were added to a projected basemap: redraw the ground if it is shown. */
        void redrawBase(ProjectedCache cache);

        /** Whether jobs are under way changed. */
        void busy(boolean busy);

        /** A switch ended without a projection to adopt (it failed, or a later one replaced it). */
        void switchEnded();
    }

    private final Executor onFx;
    private final Host host;
    private final ExecutorService projector = daemon("map-projection", Thread.NORM_PRIORITY);
    /** Never holds up what the user asked for (a switch, new rings), and does not make the map busy. */
    private final ExecutorService preparer = daemon("map-prepare", Thread.MIN_PRIORITY);
    /** Projections being prepared, with what waits for each (a switch asked for while it was on its way). */
    private final Map<Projection, List<Runnable>> preparing = new HashMap<>();
    /** Projections prepared in the background and not shown since. */
    private final Set<Projection> preparedUnused = new HashSet<>();
    private final Map<Projection, ProjectedCache> recent = new LinkedHashMap<>(KEPT_PROJECTIONS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Projection, ProjectedCache> eldest) {
            return size() > KEPT_PROJECTIONS;
        }
    };
    private int pendingJobs;
    private long switchRequest;
    private boolean switchInFlight;
    private Runnable queuedSwitch;
    private Projection requested;
    private ProjectedCache current;
    private Basemap coarse;
    private Basemap fine;
    private List<Geometry> disputed = List.of();

    ProjectionService(Projection initial, Executor onFx, Host host) {
        this.onFx = onFx;
        this.host = host;
        this.requested = initial;
        this.current = new ProjectedCache(initial);
    }

    private static ExecutorService daemon(String name, int priority) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        });
    }

    /** The projected geometry of the projection shown. */
    ProjectedCache current() {
        return current;
    }

    void setCurrent(ProjectedCache cache) {
        current = cache;
    }

    /** The projection last asked for (the one shown may still be on its way). */
    Projection requested() {
        return requested;
    }

    /** Whether a switch is being projected. */
    boolean switching() {
        return switchInFlight;
    }

    /** Whether projections are being prepared in the background. */
    boolean preparing() {
        return !preparing.isEmpty();
    }

    void setBasemaps(Basemap coarseMap, Basemap fineMap) {
        coarse = coarseMap;
        fine = fineMap;
    }

    void setFineBasemap(Basemap fineMap) {
        fine = fineMap;
        current.setFineSource(fineMap);
        recent.values().forEach(c -> c.setFineSource(fineMap));
    }

    void setDisputed(List<Geometry> lines) {
        disputed = List.copyOf(lines);
        current.setDisputed(disputed);
        recent.values().forEach(c -> c.setDisputed(disputed));
    }

    /**
     * Switches to a projection: projects basemap, graticule and rings off the FX thread and hands
     * the result to the host; while one switch is projected only the newest request is kept.
     *
     * @param coarseOnly         project only the coarse basemap (while the globe turns)
     * @param centreOnProjection centre the view on the projection's own centre (turning the globe)
     *                           rather than on the place now in the middle
     */
    void switchTo(Projection next, boolean coarseOnly, boolean centreOnProjection) {
        if (switchInFlight) {
            queuedSwitch = () -> switchTo(next, coarseOnly, centreOnProjection);
            requested = next;
            return;
        }
        if (!coarseOnly && !recent.containsKey(next) && preparing.containsKey(next)) {
            // Already on its way: wait for it rather than project it a second time.
            switchInFlight = true;
            requested = next;
            started();
            preparing.get(next).add(() -> {
                finished();
                switchInFlight = false;
                if (queuedSwitch == null) {
                    switchTo(next, false, centreOnProjection);
                } else {
                    runQueuedSwitch();
                }
            });
            return;
        }
        long id = ++switchRequest;
        requested = next;
        Coordinate centreLonLat = centreOnProjection ? null : host.centreLonLat();
        List<RingOverlay> ringSnapshot = host.rings();
        boolean areas = host.ringAreas();
        List<Geometry> disputedSnapshot = disputed;
        Basemap c = coarse;
        Basemap f = coarseOnly ? null : fine;
        GeodesicPath path = host.measurement();
        ProjectedCache known = coarseOnly ? null : recent.get(next);
        SphericalCap first = firstCap(next, centreOnProjection ? null : centreLonLat);
        preparedUnused.remove(next);
        if (known != null) {
            // Its basemap is projected; adopting it re-projects the current rings (they differ
            // from the empty list passed as what it holds).
            known.setMeasurement(path == null ? null : path.geographic());
            host.adopt(next, known, centreLonLat, centreOnProjection, List.of());
            return;
        }
        switchInFlight = true;
        submit(() -> {
            ProjectedCache projected = new ProjectedCache(next);
            // The rings alongside the basemap: the basemap's slowest country (Canada, cut at the
            // globe's seam) would otherwise leave a core idle at its end.
            CompletableFuture<Map<RingOverlay, ProjectedCache.ProjectedRing>> rings =
                    CompletableFuture.supplyAsync(() -> projected.projectRings(ringSnapshot, Map.of(), areas));
            if (c != null) {
                projected.setBasemaps(c, f, first);
            }
            projected.adoptRings(rings.join());
            projected.setDisputed(disputedSnapshot);
            projected.setMeasurement(path == null ? null : path.geographic());
            projected.graticule();
            projected.worldOutline();
            return projected;
        }, ready -> {
            switchInFlight = false;
            if (id == switchRequest) {
                if (!coarseOnly) {
                    recent.put(next, ready);
                }
                // The place in the centre now, not when the switch was asked for: the view may have
                // been panned or fitted (Fit world) while the projection was on its way.
                Coordinate centreNow = centreOnProjection ? null : host.centreLonLat();
                host.adopt(next, ready, centreNow != null ? centreNow : centreLonLat, centreOnProjection, ringSnapshot);
            }
            if (!coarseOnly && ready.hasRest()) {
                // The countries outside the view, a moment later (a turning globe never needs them).
                submit(ready::projectRest, rest -> {
                    ready.adoptRest(rest);
                    host.redrawBase(ready);
                }, () -> { });
            }
            runQueuedSwitch();
            host.switchEnded();
        }, () -> {
            switchInFlight = false;
            runQueuedSwitch();
            host.switchEnded();
        });
    }

    /**
     * For a globe, the part of the world a view of the current scale can show once it arrives: a
     * cap round the place it will be centred on, as wide as the view's corners plus 10 degrees
     * (for a pan before the rest arrives); null (everything now) for other projections, a view
     * that shows the whole disc, or before layout.
     */
    private SphericalCap firstCap(Projection next, Coordinate centreLonLat) {
        if (!(next instanceof Orthographic globe)) {
            return null;
        }
        double ratio = host.viewRadiusMeters() / Projection.EARTH_RADIUS_METERS;
        if (!(ratio < 0.9)) {
            return null;
        }
        GeoPoint centre = centreLonLat == null ? globe.centre() : GeoPoint.wrapped(centreLonLat.y, centreLonLat.x);
        return new SphericalCap(centre, Math.min(180, Math.toDegrees(Math.asin(ratio)) + FIRST_CAP_MARGIN_DEG));
    }

    private void runQueuedSwitch() {
        Runnable queued = queuedSwitch;
        queuedSwitch = null;
        if (queued != null) {
            queued.run();
        }
    }

    /**
     * For a globe nobody has projected, a kept (or coming) globe centred within
     * {@value #NEAR_GLOBE_DEG} degree of it in latitude and longitude; else the globe asked for.
     * The view is centred on the same place either way; the globe's own centre differs by a degree
     * at most, which does not show, and the switch does not wait for a whole globe to be projected.
     */
    Projection keptGlobeNear(Projection wanted) {
        if (!(wanted instanceof Orthographic w) || recent.containsKey(wanted) || preparing.containsKey(wanted)) {
            return wanted;
        }
        List<Projection> candidates = new ArrayList<>(recent.keySet());
        candidates.addAll(preparing.keySet());
        for (Projection p : candidates) {
            if (p instanceof Orthographic o && Math.abs(o.centre().latDeg() - w.centre().latDeg()) <= NEAR_GLOBE_DEG
                    && Math.abs(AntimeridianCutter.shortStep(o.centre().lonDeg() - w.centre().lonDeg()))
                    <= NEAR_GLOBE_DEG) {
                return p;
            }
        }
        return wanted;
    }

    /**
     * Projects the coarse basemap, graticule and disputed lines for projections the user may switch
     * to, in the background and one after another, so that a first switch to them is immediate.
     * Does nothing for projections already prepared.
     */
    void prepare(List<Projection> likely) {
        for (Projection p : likely) {
            if (recent.containsKey(p) || preparing.containsKey(p) || p.equals(requested)) {
                continue;
            }
            Basemap c = coarse;
            Basemap f = fine;
            List<Geometry> d = disputed;
            preparing.put(p, new ArrayList<>());
            CompletableFuture.supplyAsync(() -> {
                ProjectedCache pc = new ProjectedCache(p);
                if (c != null) {
                    pc.setBasemaps(c, f);
                }
                pc.setDisputed(d);
                pc.graticule();
                pc.worldOutline();
                return pc;
            }, preparer).whenComplete((ready, failure) -> onFx.execute(() -> {
                if (failure != null) {
                    LOG.log(Level.WARNING, "preparing a projection failed", failure);
                } else {
                    // One prepared view per kind waits to be used: a globe prepared for an earlier
                    // resting place of the view goes, rather than pushing other kinds out of the kept ones.
                    recent.keySet().removeIf(k -> k.getClass() == p.getClass() && !k.equals(p)
                            && preparedUnused.remove(k) && !k.equals(requested));
                    if (recent.putIfAbsent(p, ready) == null) {
                        preparedUnused.add(p);
                    }
                }
                preparing.remove(p).forEach(Runnable::run);
            }));
        }
    }

    /** Runs projection work off the FX thread and hands its result back on it; the map is busy meanwhile. */
    <T> void submit(Callable<T> work, Consumer<T> onResult, Runnable onFailure) {
        started();
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, projector).whenComplete((result, failure) -> onFx.execute(() -> {
            // Not busy only once the result is in place: whatever its adoption starts (the rings
            // set while a switch was on its way) keeps the map busy, and a listener that waits for
            // the map to be drawn does not see it idle between the two.
            try {
                if (failure != null) {
                    LOG.log(Level.WARNING, "projecting the map failed", failure);
                    onFailure.run();
                } else {
                    onResult.accept(result);
                }
            } finally {
                finished();
            }
        }));
    }

    private void started() {
        pendingJobs++;
        host.busy(true);
    }

    private void finished() {
        pendingJobs--;
        host.busy(pendingJobs > 0);
    }
}
