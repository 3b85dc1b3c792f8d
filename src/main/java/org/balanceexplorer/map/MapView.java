package org.balanceexplorer.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.CountryShape;
import org.balanceexplorer.geo.GeodesicPath;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * The map: a stack of canvases, one per concern (basemap, graticule and boundaries; rings;
 * markers and labels; tools: measure line and scale bar), fed an immutable {@link Viewport}.
 * Geometry is projected once per projection by {@link ProjectedCache}; pan and zoom only change
 * the viewport, and each layer redraws on the next layout pass after it was marked dirty.
 *
 * <p>Mouse: the wheel (or a pinch) zooms about the cursor; dragging pans, or moves a launch point
 * when it starts on one; clicking a marker reports it; in measure mode two clicks measure.
 * Keyboard (when focused): arrows pan, {@code +}/{@code -} zoom, {@code 0} fits South Asia,
 * {@code Esc} cancels a measurement.
 *
 * <p>Thread safety: FX application thread only.
 */
public final class MapView extends Region {

    /** South Asia and its neighbours, lon/lat degrees: the default view. */
    public static final Envelope SOUTH_ASIA = new Envelope(58, 102, 3, 42);
    /** The world, lon/lat degrees (Mercator's clip keeps it within +-85 degrees). */
    public static final Envelope WORLD = new Envelope(-180, 180, -85, 85);
    /** From this many pixels per degree on, the finer (1:50m) basemap is drawn. */
    private static final double FINE_BASEMAP_MIN_PIXELS_PER_DEGREE = 25;
    private static final double ZOOM_STEP = 1.25;
    /** A kept globe serves a switch to a globe centred this close (degrees of latitude and longitude). */
    private static final double NEAR_GLOBE_DEG = 1;
    private static final double PAN_STEP_PX = 80;
    /** Pixels between a marker's centre and its label: clears the symbol's 9 px room and the label's 2 px margin. */
    private static final double LABEL_GAP = 8;
    /** How near (pixels) the pointer must be to a ring's line for its tooltip. */
    private static final double RING_HOVER_PX = 5;
    /** Rings, bands and envelopes are shaded while at most this many systems are shown (see drawRings). */
    static final int MAX_FILLED_RINGS = 8;

    /** Receives a launch point as the user drags it. */
    @FunctionalInterface
    public interface LaunchPointDragHandler {
        /**
         * @param countryId the country whose launch point moves
         * @param to        where it is now
         * @param released  false while dragging, true once when the button is released
         */
        void moved(String countryId, GeoPoint to, boolean released);
    }

    private final Canvas baseCanvas = new Canvas();
    private final Canvas ringCanvas = new Canvas();
    /** Rings that changed in the last update while the same ones keep changing (a launch point being dragged). */
    private final Canvas activeRingCanvas = new Canvas();
    private final Canvas markerCanvas = new Canvas();
    private final Canvas toolCanvas = new Canvas();
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final ReadOnlyObjectWrapper<Projection> projection = new ReadOnlyObjectWrapper<>(this, "projection");
    private final BooleanProperty measuring = new SimpleBooleanProperty(this, "measuring");
    private final ReadOnlyObjectWrapper<GeodesicPath> measurement = new ReadOnlyObjectWrapper<>(this, "measurement");
    private final Tooltip tooltip = new Tooltip();
    private boolean tooltipInstalled;
    private final javafx.beans.property.ReadOnlyBooleanWrapper busy =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "busy");
    /** Projects geometry off the FX thread, one job at a time, newest state wins. */
    private final java.util.concurrent.ExecutorService projector =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "map-projection");
                t.setDaemon(true);
                return t;
            });
    /**
     * Prepares projections the user may switch to, on a thread of its own so that it never holds
     * up what the user asked for (a switch, new rings), and without making the map busy.
     */
    private final java.util.concurrent.ExecutorService preparer =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "map-prepare");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });
    /** Projections being prepared, with what waits for each (a switch asked for while it was on its way). */
    private final Map<Projection, List<Runnable>> preparing = new java.util.HashMap<>();
    /** Projections prepared in the background and not shown since. */
    private final Set<Projection> preparedUnused = new HashSet<>();
    private int pendingJobs;
    /** Projected basemaps of the last few projections, so switching back is immediate. */
    private final Map<Projection, ProjectedCache> recentCaches = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Projection, ProjectedCache> eldest) {
            return size() > 8;
        }
    };
    private long projectionRequest;
    private boolean switchInFlight;
    private Runnable queuedSwitch;
    /** The projection last asked for (the one shown may still be on its way). */
    private Projection requested;

    private ProjectedCache cache;
    private Basemap coarse;
    private Basemap fine;
    private List<RingOverlay> rings = List.of();
    private List<Marker> markers = List.of();
    private List<Geometry> disputed = List.of();
    private Set<String> tintedCountryNames = Set.of();
    private final List<PlacedLabel> placedMarkers = new ArrayList<>();
    /**
     * Launch points being dragged with their rings: drawn on the active ring canvas with those
     * rings, so each step of a drag redraws neither the other markers nor their labels.
     */
    private final Set<String> movingMarkerIds = new HashSet<>();
    /** Markers that wait for the rings being projected, so that a launch point and its rings move together. */
    private List<Marker> pendingMarkers;
    private int ringJobs;
    private boolean baseDirty = true;
    private boolean drewFine;
    private boolean ringsDirty = true;
    /** Only the active rings need drawing again (the others did not change). */
    private boolean activeRingsDirty;
    /** The rings drawn on the active canvas; the others are on the ring canvas. */
    private Set<RingOverlay> activeRings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Room the ring canvas's labels took, which the active rings' labels keep clear of. */
    private List<Bounds> staticLabelRoom = List.of();
    private final List<Bounds> staticRingLabels = new ArrayList<>();
    private final List<Bounds> activeRingLabels = new ArrayList<>();
    /** Where the measurement's text was drawn, or null. */
    private Bounds measureLabel;
    /** Room taken by the markers, their labels and the scale bar: ring labels keep clear of it. */
    private List<Bounds> markerRoom = List.of();
    /** The marker room the ring labels last kept clear of. */
    private List<Bounds> ringLabelsAvoided = List.of();
    private boolean markersDirty = true;
    private boolean toolsDirty = true;
    private Consumer<Marker> onMarkerClicked = m -> { };
    private LaunchPointDragHandler onLaunchPointMoved = (c, p, r) -> { };
    private Supplier<List<Bounds>> reservedAreas = List::of;
    private double dragStartX;
    private double dragStartY;
    private boolean dragged;
    private Marker draggedLaunchPoint;
    private GeoPoint measureStart;
    private Point2D pointer;
    private Envelope pendingFit = SOUTH_ASIA;
    /** Whether a fit was made while a projection was on its way (see {@link #fit}). */
    private boolean refitOnArrival;
    /** The envelope last fitted; kept fitted on resize until the user pans or zooms. */
    private Envelope autoFit = SOUTH_ASIA;

    public MapView(Projection initial) {
        Objects.requireNonNull(initial, "initial");
        this.cache = new ProjectedCache(initial);
        projection.set(initial);
        requested = initial;
        getStyleClass().add("map-view");
        // An opaque background makes the map the root of any repaint that lies within it: the
        // renderer then starts here instead of painting the windows behind the map first (the
        // split pane's two-fill background is drawn stretched from a cached image, which in the
        // software pipeline cost more than the whole map at every step of a drag).
        setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                MapColours.BACKDROP, javafx.scene.layout.CornerRadii.EMPTY, javafx.geometry.Insets.EMPTY)));
        getChildren().addAll(baseCanvas, ringCanvas, activeRingCanvas, markerCanvas, toolCanvas);
        baseCanvas.setId("map-layer-base");
        ringCanvas.setId("map-layer-rings");
        activeRingCanvas.setId("map-layer-moving-rings");
        markerCanvas.setId("map-layer-markers");
        toolCanvas.setId("map-layer-tools");
        for (Canvas c : List.of(ringCanvas, activeRingCanvas, markerCanvas, toolCanvas)) {
            c.setMouseTransparent(true);
        }
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText("Map with range rings. Arrow keys pan, plus and minus zoom, 0 fits South Asia.");
        setMinSize(200, 200);
        setPrefSize(900, 700);
        // Installed only while the pointer is over something that has a tooltip (onMoved): an
        // installed tooltip with no text still shows, as an empty box.
        tooltip.setShowDelay(javafx.util.Duration.millis(200));
        measuring.addListener((o, a, on) -> {
            measureStart = null;
            setCursor(on ? Cursor.CROSSHAIR : Cursor.DEFAULT);
            toolsDirty = true;
            requestLayout();
        });

        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAbout(e.getX(), e.getY(), e.getZoomFactor());
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (isArrow(e.getCode()) && requested instanceof org.balanceexplorer.geo.Orthographic) {
                switchProjection(requested, false, true);
            }
        });
    }

    // ---- state in -------------------------------------------------------------------------

    /** Sets both basemaps: the coarse one for the world, the fine one when zoomed in. */
    public void setBasemaps(Basemap coarseMap, Basemap fineMap) {
        coarse = coarseMap;
        fine = fineMap;
        switchProjection(requested, false, false);
    }

    /**
     * Switches the projection, keeping the same place in the centre of the view and about the
     * same scale there. The basemap, graticule and rings are projected on a background thread;
     * the old view stays until the new one is ready ({@link #busyProperty()}).
     */
    public void setProjection(Projection next) {
        switchProjection(keptGlobeNear(Objects.requireNonNull(next, "next")), false, false);
    }

    /**
     * @param coarseOnly           project only the coarse basemap (while the globe turns)
     * @param centreOnProjection   centre the view on the projection's own centre (turning the
     *                             globe) rather than on the place now in the middle
     */
    private void switchProjection(Projection next, boolean coarseOnly, boolean centreOnProjection) {
        if (switchInFlight) {
            // Newest wins: while one switch is being projected, keep only the latest request.
            queuedSwitch = () -> switchProjection(next, coarseOnly, centreOnProjection);
            requested = next;
            return;
        }
        if (!coarseOnly && !recentCaches.containsKey(next) && preparing.containsKey(next)) {
            // Already on its way: wait for it rather than project it a second time.
            switchInFlight = true;
            requested = next;
            pendingJobs++;
            busy.set(true);
            preparing.get(next).add(() -> {
                done();
                switchInFlight = false;
                if (queuedSwitch == null) {
                    switchProjection(next, false, centreOnProjection);
                } else {
                    runQueuedSwitch();
                }
            });
            return;
        }
        long id = ++projectionRequest;
        requested = next;
        Viewport v = viewport.get();
        Coordinate centreLonLat = v == null || centreOnProjection ? null
                : cache.projection().inverse(v.centerX(), v.centerY());
        List<RingOverlay> ringSnapshot = rings;
        List<Geometry> disputedSnapshot = disputed;
        Basemap c = coarse;
        Basemap f = coarseOnly ? null : fine;
        GeodesicPath path = measurement.get();
        ProjectedCache known = coarseOnly ? null : recentCaches.get(next);
        preparedUnused.remove(next);
        if (known != null) {
            // Its basemap is projected; adopting it re-projects the current rings (they differ
            // from the empty list passed as what it holds).
            known.setMeasurement(path == null ? null : path.geographic());
            adoptProjection(next, known, centreLonLat, centreOnProjection, List.of());
            return;
        }
        switchInFlight = true;
        submit(() -> {
            ProjectedCache next1 = new ProjectedCache(next);
            // The rings alongside the basemap: the basemap's slowest country (Canada, cut at the
            // globe's seam) would otherwise leave a core idle at its end.
            java.util.concurrent.CompletableFuture<Map<RingOverlay, ProjectedCache.ProjectedRing>> projectedRings =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> next1.projectRings(ringSnapshot, Map.of()));
            if (c != null) {
                next1.setBasemaps(c, f);
            }
            next1.adoptRings(projectedRings.join());
            next1.setDisputed(disputedSnapshot);
            next1.setMeasurement(path == null ? null : path.geographic());
            next1.graticule();
            next1.worldOutline();
            return next1;
        }, ready -> {
            switchInFlight = false;
            if (id == projectionRequest) {
                if (!coarseOnly) {
                    recentCaches.put(next, ready);
                }
                // The place in the centre now, not when the switch was asked for: the view may have
                // been panned or fitted (Fit world) while the projection was on its way.
                Viewport vNow = viewport.get();
                Coordinate centreNow = vNow == null || centreOnProjection ? null
                        : cache.projection().inverse(vNow.centerX(), vNow.centerY());
                adoptProjection(next, ready, centreNow != null ? centreNow : centreLonLat, centreOnProjection,
                        ringSnapshot);
            }
            runQueuedSwitch();
        }, () -> {
            switchInFlight = false;
            runQueuedSwitch();
        });
    }

    /**
     * For a globe nobody has projected, a kept (or coming) globe centred within
     * {@value #NEAR_GLOBE_DEG} degree of it in latitude and longitude; else the globe asked for.
     * The view is centred on the same place either way; the globe's own centre differs by a degree
     * at most, which does not show, and the switch does not wait for a whole globe to be projected.
     */
    private Projection keptGlobeNear(Projection wanted) {
        if (!(wanted instanceof org.balanceexplorer.geo.Orthographic w) || recentCaches.containsKey(wanted)
                || preparing.containsKey(wanted)) {
            return wanted;
        }
        List<Projection> candidates = new ArrayList<>(recentCaches.keySet());
        candidates.addAll(preparing.keySet());
        for (Projection p : candidates) {
            if (p instanceof org.balanceexplorer.geo.Orthographic o
                    && Math.abs(o.centre().latDeg() - w.centre().latDeg()) <= NEAR_GLOBE_DEG
                    && Math.abs(org.balanceexplorer.geo.AntimeridianCutter.shortStep(o.centre().lonDeg() - w.centre().lonDeg()))
                    <= NEAR_GLOBE_DEG) {
                return p;
            }
        }
        return wanted;
    }

    private void runQueuedSwitch() {
        Runnable queued = queuedSwitch;
        queuedSwitch = null;
        if (queued != null) {
            queued.run();
        }
    }

    /** Makes a projected cache the current one and centres the view as the switch asked. */
    private void adoptProjection(Projection next, ProjectedCache ready, Coordinate centreLonLat,
                                 boolean centreOnProjection, List<RingOverlay> ringSnapshot) {
        cache = ready;
        projection.set(next);
        if (rings != ringSnapshot) {
            setRings(rings);
        }
        Viewport now = viewport.get();
        // Only the projection the fit waited for: another may be adopted first (the current one,
        // its basemap projected again).
        boolean arriving = next.equals(requested);
        // A fitted world stays the whole world in any projection (its shape differs from one to
        // the next, so keeping the scale would cut it or leave a small globe); a fitted region
        // keeps its centre and scale, as any other view does.
        boolean worldStays = WORLD.equals(autoFit);
        boolean refit = arriving && autoFit != null && (worldStays || refitOnArrival && !centreOnProjection);
        if (arriving) {
            refitOnArrival = false;
        }
        if (now != null && refit) {
            viewport.set(Viewport.fit(fitEnvelope(autoFit), now.width(), now.height()));
        } else if (now != null) {
            Coordinate centre = centreOnProjection ? new Coordinate(0, 0)
                    : centreLonLat == null ? null : next.project(centreLonLat.x, centreLonLat.y);
            if (centre != null) {
                viewport.set(new Viewport(centre.x, centre.y, now.scale(), now.width(), now.height()));
            } else {
                Envelope fit = autoFit != null ? autoFit : SOUTH_ASIA;
                viewport.set(Viewport.fit(fitEnvelope(fit), now.width(), now.height()));
            }
        }
        baseDirty = ringsDirty = markersDirty = toolsDirty = true;
        requestLayout();
    }

    /**
     * Projects the coarse basemap, graticule and disputed lines for projections the user may switch
     * to, in the background and one after another, so that a first switch to them is immediate.
     * Does nothing for projections already prepared.
     */
    public void prepare(List<Projection> likely) {
        for (Projection p : likely) {
            if (recentCaches.containsKey(p) || preparing.containsKey(p) || p.equals(requested)) {
                continue;
            }
            Basemap c = coarse;
            Basemap f = fine;
            List<Geometry> d = disputed;
            preparing.put(p, new ArrayList<>());
            javafx.concurrent.Task<ProjectedCache> task = new javafx.concurrent.Task<>() {
                @Override
                protected ProjectedCache call() {
                    ProjectedCache pc = new ProjectedCache(p);
                    if (c != null) {
                        pc.setBasemaps(c, f);
                    }
                    pc.setDisputed(d);
                    pc.graticule();
                    pc.worldOutline();
                    return pc;
                }
            };
            task.setOnSucceeded(e -> {
                // One prepared view per kind waits to be used: a globe prepared for an earlier
                // resting place of the view goes, rather than pushing other kinds out of the kept ones.
                recentCaches.keySet().removeIf(k -> k.getClass() == p.getClass() && !k.equals(p)
                        && preparedUnused.remove(k) && !k.equals(requested));
                if (recentCaches.putIfAbsent(p, task.getValue()) == null) {
                    preparedUnused.add(p);
                }
                preparing.remove(p).forEach(Runnable::run);
            });
            task.setOnFailed(e -> {
                java.util.logging.Logger.getLogger(MapView.class.getName())
                        .log(java.util.logging.Level.WARNING, "preparing a projection failed", task.getException());
                preparing.remove(p).forEach(Runnable::run);
            });
            preparer.execute(task);
        }
    }

    /** Whether projections are being prepared in the background (see {@link #prepare}). */
    public boolean preparing() {
        return !preparing.isEmpty();
    }

    /** Runs projection work off the FX thread and hands its result back on it. */
    private <T> void submit(java.util.concurrent.Callable<T> work, Consumer<T> onFx) {
        submit(work, onFx, () -> { });
    }

    private <T> void submit(java.util.concurrent.Callable<T> work, Consumer<T> onFx, Runnable onFailure) {
        javafx.concurrent.Task<T> task = new javafx.concurrent.Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        pendingJobs++;
        busy.set(true);
        task.setOnSucceeded(e -> {
            done();
            onFx.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            done();
            java.util.logging.Logger.getLogger(MapView.class.getName())
                    .log(java.util.logging.Level.WARNING, "projecting the map failed", task.getException());
            onFailure.run();
        });
        projector.execute(task);
    }

    private void done() {
        pendingJobs--;
        busy.set(pendingJobs > 0);
    }

    /**
     * Whether rings or a projection switch are being projected: when false, what is drawn shows the
     * current projection and rings (the 1:50m basemap may still be on its way: {@link #busyProperty()}).
     */
    public boolean projectsRings() {
        return ringJobs > 0 || switchInFlight;
    }

    /** Whether geometry is being projected in the background (a projection switch, new rings). */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Names (as in the basemap) of countries drawn tinted. */
    public void setTintedCountries(Set<String> names) {
        tintedCountryNames = Set.copyOf(names);
        baseDirty = true;
        requestLayout();
    }

    /** Lines drawn in the "disputed" style (lon/lat), derived by {@code geo} from the basemap. */
    public void setDisputedLines(List<Geometry> lines) {
        disputed = List.copyOf(lines);
        cache.setDisputed(disputed);
        recentCaches.values().forEach(c -> c.setDisputed(disputed));
        baseDirty = true;
        requestLayout();
    }

    /**
     * Adds the finer basemap after the fact (it is read after the window opens); views zoomed in
     * far enough draw it once it is projected.
     */
    public void setFineBasemap(Basemap fineMap) {
        fine = fineMap;
        cache.setFineSource(fineMap);
        recentCaches.values().forEach(c -> c.setFineSource(fineMap));
        baseDirty = true;
        requestLayout();
    }

    /**
     * Decides what to redraw after new rings arrive. When the rings that changed are the same
     * systems that changed last time, and all others are the very same rings (a launch point being
     * dragged), only those are drawn again, on their own canvas; otherwise everything is.
     */
    private void markRingsChanged(Set<RingOverlay> before, List<RingOverlay> now) {
        Set<RingOverlay> changed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (RingOverlay r : now) {
            if (!before.contains(r)) {
                changed.add(r);
            }
        }
        Set<String> changedIds = new HashSet<>();
        changed.forEach(r -> changedIds.add(r.systemId()));
        Set<String> activeIds = new HashSet<>();
        activeRings.forEach(r -> activeIds.add(r.systemId()));
        int unchanged = now.size() - changed.size();
        boolean sameStatic = unchanged == now.size() - activeRings.size()
                && now.stream().filter(r -> !changed.contains(r)).noneMatch(activeRings::contains);
        boolean dragging = !changed.isEmpty() && changedIds.equals(activeIds) && sameStatic && !ringsDirty;
        activeRings = changed;
        if (dragging) {
            activeRingsDirty = true;
        } else {
            ringsDirty = true;
        }
    }

    /** Shows rings; they are projected on a background thread and drawn when ready. */
    public void setRings(List<RingOverlay> newRings) {
        List<RingOverlay> snapshot = List.copyOf(newRings);
        rings = snapshot;
        ProjectedCache target = cache;
        Map<RingOverlay, ProjectedCache.ProjectedRing> known = target.knownRings();
        ringJobs++;
        submit(() -> target.projectRings(snapshot, known), projected -> {
            ringJobs--;
            if (target == cache && rings == snapshot) {
                cache.adoptRings(projected);
                markRingsChanged(known.keySet(), snapshot);
                requestLayout();
            }
            applyPendingMarkers();
        }, () -> {
            ringJobs--;
            applyPendingMarkers();
        });
    }

    /**
     * Shows markers. While rings are being projected the markers wait for them, so that a dragged
     * launch point and its rings appear in the same frame.
     */
    public void setMarkers(List<Marker> newMarkers) {
        List<Marker> next = List.copyOf(newMarkers);
        if (ringJobs > 0) {
            pendingMarkers = next;
            return;
        }
        applyMarkers(next);
    }

    private void applyPendingMarkers() {
        if (ringJobs == 0 && pendingMarkers != null) {
            List<Marker> next = pendingMarkers;
            pendingMarkers = null;
            applyMarkers(next);
        }
    }

    /**
     * While rings are being dragged (active rings), launch points that only moved go onto the
     * active canvas and the marker canvas is left as it is; any other change redraws all markers.
     */
    private void applyMarkers(List<Marker> next) {
        Map<String, Marker> before = new java.util.HashMap<>();
        markers.forEach(m -> before.put(m.id(), m));
        markers = next;
        Set<String> moved = new HashSet<>();
        boolean othersSame = before.size() == next.size();
        for (Marker m : next) {
            Marker was = before.get(m.id());
            if (was == null) {
                othersSame = false;
            } else if (m.kind() == Marker.Kind.LAUNCH_POINT && !m.location().equals(was.location())) {
                moved.add(m.id());
            } else if (!movingMarkerIds.contains(m.id()) && !sameLook(m, was)) {
                othersSame = false;
            }
        }
        if (!activeRings.isEmpty() && othersSame && (!moved.isEmpty() || !movingMarkerIds.isEmpty())) {
            if (!movingMarkerIds.containsAll(moved)) {
                movingMarkerIds.addAll(moved);
                markersDirty = true;
            }
            activeRingsDirty = true;
        } else {
            if (!movingMarkerIds.isEmpty()) {
                movingMarkerIds.clear();
                activeRingsDirty = true;
            }
            markersDirty = true;
        }
        requestLayout();
    }

    /** Whether two markers are drawn alike (the tooltip text does not count). */
    private static boolean sameLook(Marker a, Marker b) {
        return a.label().equals(b.label()) && a.location().equals(b.location()) && a.kind() == b.kind()
                && a.highlighted() == b.highlighted();
    }

    public void setOnMarkerClicked(Consumer<Marker> handler) {
        onMarkerClicked = Objects.requireNonNull(handler, "handler");
    }

    public void setOnLaunchPointMoved(LaunchPointDragHandler handler) {
        onLaunchPointMoved = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Areas of the view (in its own coordinates) that labels must keep clear of, such as a legend
     * drawn over the map. Asked each time labels are placed.
     */
    public void setReservedAreas(Supplier<List<Bounds>> areas) {
        reservedAreas = Objects.requireNonNull(areas, "areas");
        markersDirty = true;
        ringsDirty = true;
        requestLayout();
    }

    /** Fits a lon/lat envelope into the view (now, or at the first layout when not yet sized). */
    public void fit(Envelope lonLat) {
        autoFit = lonLat;
        // A projection on its way keeps the view's centre and scale when it arrives; a fit made
        // meanwhile (fitted in the old projection) is made again in the new one then.
        refitOnArrival = !Objects.equals(requested, cache.projection());
        if (getWidth() <= 0 || getHeight() <= 0) {
            pendingFit = lonLat;
            return;
        }
        setViewport(Viewport.fit(fitEnvelope(lonLat), getWidth(), getHeight()));
    }

    public void fitWorld() {
        fit(WORLD);
    }

    /**
     * The projected extent that fitting a lon/lat envelope shows. The world on the globe is the
     * whole disc: the visible part of the world box stops at 85 degrees, so where a pole faces the
     * viewer the disc would be fitted off-centre.
     */
    private Envelope fitEnvelope(Envelope lonLat) {
        if (lonLat.equals(WORLD) && cache.projection() instanceof org.balanceexplorer.geo.Orthographic) {
            return cache.projection().worldBounds();
        }
        return cache.projectEnvelope(lonLat);
    }

    /** Whether clicks measure (two clicks: geodesic distance and initial bearing) instead of selecting. */
    public BooleanProperty measuringProperty() {
        return measuring;
    }

    /** Shows a measurement (computed off the FX thread by the caller), or none. */
    public void setMeasurement(GeodesicPath path) {
        measurement.set(path);
        cache.setMeasurement(path == null ? null : path.geographic());
        toolsDirty = true;
        requestLayout();
    }

    // ---- state out ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public Viewport getViewport() {
        return viewport.get();
    }

    public ReadOnlyObjectProperty<Projection> projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GeodesicPath> measurementProperty() {
        return measurement.getReadOnlyProperty();
    }

    /** The rings currently drawn, in drawing order. */
    public List<RingOverlay> rings() {
        return rings;
    }

    /** The lines drawn in the disputed style (lon/lat). */
    public List<Geometry> disputedLines() {
        return disputed;
    }

    /** The markers currently drawn. */
    public List<Marker> markers() {
        return markers;
    }

    /** Where a marker's symbol is drawn, in this view's coordinates; empty when it is not drawn. */
    public java.util.Optional<Point2D> drawnMarker(String markerId) {
        return placedMarkers.stream().filter(p -> p.marker().id().equals(markerId)).findFirst()
                .map(p -> new Point2D(p.x(), p.y()));
    }

    /** The room of each ring label drawn (a ring whose label finds no room has none). */
    public List<Bounds> ringLabelBounds() {
        List<Bounds> all = new ArrayList<>(staticRingLabels);
        all.addAll(activeRingLabels);
        return all;
    }

    /** The room of each marker label shown, after labels that would overlap were hidden. */
    public List<Bounds> shownLabelBounds() {
        return placedMarkers.stream().filter(PlacedLabel::labelShown).map(PlacedLabel::bounds).toList();
    }

    /** The position in this view of a geographic point, or null when not visible in the projection. */
    public Point2D toScreen(GeoPoint p) {
        Coordinate c = cache.projectPoint(p);
        Viewport v = viewport.get();
        if (c == null || v == null) {
            return null;
        }
        return new Point2D(v.screenX(c.x), v.screenY(c.y));
    }

    /** The geographic point under a position in this view, or null off the map (e.g. beyond a globe's edge). */
    public GeoPoint toGeographic(double x, double y) {
        Viewport v = viewport.get();
        if (v == null) {
            return null;
        }
        Coordinate c = cache.projection().inverse(v.projectedX(x), v.projectedY(y));
        if (c == null || !Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.y) > 90) {
            return null;
        }
        return GeoPoint.wrapped(c.y, c.x);
    }

    /** Whether the last basemap drawn was the fine (1:50m) one (it follows the coarse one once projected). */
    public boolean drewFineBasemap() {
        return drewFine;
    }

    /** Whether the fine (1:50m) basemap is the one wanted at the current zoom. */
    public boolean showsFineBasemap() {
        Viewport v = viewport.get();
        return v != null && fineBasemap(v);
    }

    // ---- layout and drawing ---------------------------------------------------------------

    private void setViewport(Viewport v) {
        viewport.set(v);
        baseDirty = ringsDirty = markersDirty = toolsDirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w <= 0 || h <= 0) {
            return;
        }
        for (Canvas c : List.of(baseCanvas, ringCanvas, activeRingCanvas, markerCanvas, toolCanvas)) {
            if (c.getWidth() != w || c.getHeight() != h) {
                c.setWidth(w);
                c.setHeight(h);
                baseDirty = ringsDirty = markersDirty = toolsDirty = true;
            }
        }
        if (pendingFit != null) {
            Envelope fit = pendingFit;
            pendingFit = null;
            viewport.set(Viewport.fit(fitEnvelope(fit), w, h));
        } else if (viewport.get() == null) {
            viewport.set(Viewport.fit(fitEnvelope(SOUTH_ASIA), w, h));
        } else if (viewport.get().width() != w || viewport.get().height() != h) {
            viewport.set(autoFit != null ? Viewport.fit(fitEnvelope(autoFit), w, h)
                    : viewport.get().resized(w, h));
        }
        Viewport v = viewport.get();
        if (baseDirty) {
            drawBase(v);
            baseDirty = false;
        }
        if (markersDirty) {
            // Before the rings: moving launch points, drawn with the active rings, keep clear of these labels.
            drawMarkers(v);
            markersDirty = false;
            // Ring labels keep clear of marker labels: placed again when those moved.
            ringsDirty |= !markerRoom.equals(ringLabelsAvoided);
            activeRingsDirty |= !movingMarkerIds.isEmpty();
        }
        if (ringsDirty) {
            drawRings(v);
            ringsDirty = false;
            activeRingsDirty = false;
        } else if (activeRingsDirty) {
            drawActiveRings(v);
            activeRingsDirty = false;
        }
        if (toolsDirty) {
            drawTools(v);
            toolsDirty = false;
        }
    }

    private boolean fineBasemap(Viewport v) {
        return v.scale() * cache.unitsPerDegree() >= FINE_BASEMAP_MIN_PIXELS_PER_DEGREE;
    }

    private void drawBase(Viewport v) {
        GraphicsContext g = baseCanvas.getGraphicsContext2D();
        g.setFill(MapColours.BACKDROP);
        g.fillRect(0, 0, v.width(), v.height());
        Envelope visible = v.visible();
        Geometry world = cache.worldOutline();
        if (world != null) {
            g.setFill(MapColours.SEA);
            g.setStroke(MapColours.GRATICULE);
            g.setLineWidth(1);
            drawGeometry(g, v, world, true, true);
        } else {
            g.setFill(MapColours.SEA);
            g.fillRect(0, 0, v.width(), v.height());
        }
        boolean wantFine = fineBasemap(v);
        if (wantFine && cache.claimFineProjection()) {
            ProjectedCache target = cache;
            submit(target::projectFine, projected -> {
                target.adoptFine(projected);
                if (target == cache) {
                    baseDirty = true;
                    requestLayout();
                }
            });
        }
        List<ProjectedCache.ProjectedShape> shapes = cache.basemap(wantFine);
        drewFine = shapes != cache.basemap(false);
        g.setLineWidth(0.6);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (ProjectedCache.ProjectedShape s : shapes) {
            if (!s.envelope().intersects(visible)) {
                continue;
            }
            boolean tinted = tintedCountryNames.contains(s.shape().name());
            g.setFill(tinted ? MapColours.LAND_FOCUS : MapColours.LAND);
            g.setStroke(MapColours.BORDER);
            drawGeometry(g, v, s.projected(), true, true);
        }
        g.setStroke(MapColours.GRATICULE);
        g.setLineWidth(0.5);
        for (Geometry line : cache.graticule()) {
            if (line.getEnvelopeInternal().intersects(visible)) {
                drawGeometry(g, v, line, false, true);
            }
        }
        List<Geometry> lines = cache.disputed();
        if (!lines.isEmpty()) {
            g.setStroke(MapColours.DISPUTED);
            g.setLineWidth(2.2);
            g.setLineDashes(6, 4);
            g.setLineCap(StrokeLineCap.BUTT);
            for (Geometry line : lines) {
                drawGeometry(g, v, line, false, true);
            }
            g.setLineDashes((double[]) null);
        }
    }

    /** Draws every ring: the unchanged ones on the ring canvas, the active ones on theirs. */
    private void drawRings(Viewport v) {
        List<Bounds> taken = new ArrayList<>(reservedAreas.get());
        taken.addAll(markerRoom);
        ringLabelsAvoided = markerRoom;
        List<RingOverlay> unchanged = rings.stream().filter(r -> !activeRings.contains(r)).toList();
        staticRingLabels.clear();
        drawRingSet(ringCanvas.getGraphicsContext2D(), v, unchanged, taken, staticRingLabels);
        showLayer(ringCanvas, !unchanged.isEmpty());
        staticLabelRoom = List.copyOf(taken);
        drawActiveRings(v);
    }

    /** Draws the active rings only, their labels clear of the others'. */
    private void drawActiveRings(Viewport v) {
        GraphicsContext g = activeRingCanvas.getGraphicsContext2D();
        List<RingOverlay> active = rings.stream().filter(activeRings::contains).toList();
        // The launch points being dragged are placed first: the moving rings' labels keep clear of
        // them, and they are drawn over their rings.
        List<PlacedLabel> moving = placeMovingMarkers(v);
        List<Bounds> taken = new ArrayList<>(staticLabelRoom);
        for (PlacedLabel p : moving) {
            taken.add(p.symbolRoom());
            if (p.labelShown()) {
                taken.add(p.bounds());
            }
        }
        activeRingLabels.clear();
        drawRingSet(g, v, active, taken, activeRingLabels);
        drawPlaced(g, moving);
        showLayer(activeRingCanvas, !active.isEmpty() || !movingMarkerIds.isEmpty());
    }

    /**
     * Places the launch points being dragged, their labels clear of the other markers and labels
     * and of the unmoved rings' labels (a label with no room is left out; the point is always drawn).
     */
    private List<PlacedLabel> placeMovingMarkers(Viewport v) {
        placedMarkers.removeIf(p -> movingMarkerIds.contains(p.marker().id()));
        if (movingMarkerIds.isEmpty()) {
            return List.of();
        }
        List<Bounds> taken = new ArrayList<>(staticLabelRoom);
        List<PlacedLabel> moving = new ArrayList<>();
        for (Marker m : markers) {
            if (movingMarkerIds.contains(m.id())) {
                PlacedLabel p = placeMarker(m, v, taken);
                if (p != null) {
                    moving.add(p);
                }
            }
        }
        placedMarkers.addAll(0, moving);
        return moving;
    }

    private void drawRingSet(GraphicsContext g, Viewport v, List<RingOverlay> set, List<Bounds> taken,
                             List<Bounds> labelsOut) {
        g.clearRect(0, 0, v.width(), v.height());
        Envelope visible = v.visible();
        // Many shaded areas stacked on each other say nothing more than their outlines, and each
        // costs a full-screen fill: past a few rings, only outlines are drawn.
        boolean fill = rings.size() <= MAX_FILLED_RINGS;
        for (RingOverlay ring : set) {
            Color c = Palette.colour(ring.colourIndex());
            ProjectedCache.ProjectedRing pr = cache.projectedRing(ring);
            if (pr == null) {
                continue;
            }
            if (pr.envelope() != null && pr.envelope().getEnvelopeInternal().intersects(visible)) {
                g.setFill(c.deriveColor(0, 1, 1, 0.08));
                g.setStroke(c.deriveColor(0, 1, 1, 0.7));
                g.setLineWidth(1.2);
                g.setLineDashes(2, 3);
                drawGeometry(g, v, pr.envelope(), fill, true);
                g.setLineDashes((double[]) null);
            }
            if (pr.band() != null && pr.band().getEnvelopeInternal().intersects(visible)) {
                g.setFill(c.deriveColor(0, 1, 1, 0.16));
                g.setStroke(c.deriveColor(0, 1, 1, 0.55));
                g.setLineWidth(1);
                g.setLineDashes(5, 4);
                drawGeometry(g, v, pr.band(), fill, true);
                g.setLineDashes((double[]) null);
            }
            if (pr.main() != null && pr.main().getEnvelopeInternal().intersects(visible)) {
                g.setFill(c.deriveColor(0, 1, 1, 0.07));
                g.setStroke(c);
                g.setLineWidth(2.2);
                drawGeometry(g, v, pr.main(), fill, true);
                drawRingLabel(g, v, ring.label(), pr.main(), c, taken, labelsOut);
            }
            for (int i = 0; i < pr.claimRings().size(); i++) {
                Geometry cr = pr.claimRings().get(i);
                if (cr == null || !cr.getEnvelopeInternal().intersects(visible)) {
                    continue;
                }
                g.setStroke(c.deriveColor(0, 1, 0.8, 0.9));
                g.setLineWidth(1.2);
                g.setLineDashes(1, 3);
                drawGeometry(g, v, cr, false, true);
                g.setLineDashes((double[]) null);
                drawRingLabel(g, v, ring.claimRings().get(i).label(), cr, c.darker(), taken, labelsOut);
            }
            if (pr.naive() != null && pr.naive().getEnvelopeInternal().intersects(visible)) {
                g.setStroke(Color.web("#555555"));
                g.setLineWidth(1.6);
                g.setLineDashes(8, 5);
                drawGeometry(g, v, pr.naive(), false, true);
                g.setLineDashes((double[]) null);
            }
        }
    }

    /**
     * Puts a label on a ring, on a light halo: at the ring's top-most visible point if there is
     * room, else its bottom-most, east-most or west-most one; hidden when none has room.
     */
    private void drawRingLabel(GraphicsContext g, Viewport v, String label, Geometry projected, Color c,
                               List<Bounds> taken, List<Bounds> labelsOut) {
        Font font = Font.font("System", FontWeight.BOLD, 12);
        Bounds size = textBounds(label, font, 0, 0, TextAlignment.CENTER);
        double half = size.getWidth() / 2;
        Coordinate top = null;
        Coordinate bottom = null;
        Coordinate east = null;
        Coordinate west = null;
        for (Coordinate p : projected.getCoordinates()) {
            double sx = v.screenX(p.x);
            double sy = v.screenY(p.y);
            if (sx < 0 || sx > v.width() || sy < 0 || sy > v.height()) {
                continue;
            }
            top = top == null || sy < v.screenY(top.y) ? p : top;
            bottom = bottom == null || sy > v.screenY(bottom.y) ? p : bottom;
            east = east == null || sx > v.screenX(east.x) ? p : east;
            west = west == null || sx < v.screenX(west.x) ? p : west;
        }
        if (top == null) {
            return;
        }
        double[][] candidates = {
            {v.screenX(top.x), v.screenY(top.y) - 5},
            {v.screenX(bottom.x), v.screenY(bottom.y) + size.getHeight()},
            {v.screenX(east.x) - half - 6, v.screenY(east.y) + 4},
            {v.screenX(west.x) + half + 6, v.screenY(west.y) + 4},
        };
        for (double[] cand : candidates) {
            double sx = Math.max(half + 4, Math.min(v.width() - half - 4, cand[0]));
            double sy = Math.max(size.getHeight(), Math.min(v.height() - 4, cand[1]));
            Bounds b = textBounds(label, font, sx, sy, TextAlignment.CENTER);
            if (overlaps(b, taken)) {
                continue;
            }
            taken.add(b);
            labelsOut.add(b);
            haloText(g, label, font, sx, sy, TextAlignment.CENTER, c.darker());
            return;
        }
    }

    private static final Color HALO = Color.rgb(255, 255, 255, 0.8);
    private static final double[][] HALO_OFFSETS = {
        {-1.2, 0}, {1.2, 0}, {0, -1.2}, {0, 1.2}, {-0.9, -0.9}, {0.9, -0.9}, {-0.9, 0.9}, {0.9, 0.9}};

    private static void haloText(GraphicsContext g, String text, Font font, double x, double y, TextAlignment align,
                                 Color fill) {
        g.setFont(font);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.BASELINE);
        // The halo is the text filled in white at eight offsets, not a stroked outline: filled text
        // comes from the glyph cache, while a stroke is rasterised glyph by glyph, which made the
        // labels the costliest part of a frame in software rendering.
        g.setFill(HALO);
        for (double[] d : HALO_OFFSETS) {
            g.fillText(text, x + d[0], y + d[1]);
        }
        g.setFill(fill);
        g.fillText(text, x, y);
    }

    private void drawMarkers(Viewport v) {
        GraphicsContext g = markerCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, v.width(), v.height());
        placedMarkers.clear();
        List<Marker> ordered = new ArrayList<>(markers);
        ordered.removeIf(m -> movingMarkerIds.contains(m.id()));
        ordered.sort((a, b) -> a.kind().rank() != b.kind().rank() ? Integer.compare(a.kind().rank(), b.kind().rank())
                : Boolean.compare(b.highlighted(), a.highlighted()));
        // One pass in priority order: each marker takes room for its symbol, then for its label
        // (right of the symbol, else left). A lesser marker whose symbol would land on room
        // already taken (Rawalpindi beside Islamabad, a city under a capital's label) is left
        // out, and a label that finds no room is hidden: markers and labels never pile up.
        List<Bounds> taken = new ArrayList<>(reservedAreas.get());
        // The scale bar changes with the view only, as the markers do: drawn here, it leaves the
        // tools' layer empty (and hidden) unless something is being measured. Labels keep clear of it.
        ScaleBar bar = scaleBar(v);
        List<Bounds> room = new ArrayList<>();
        if (bar != null) {
            room.add(bar.room());
            taken.add(bar.room());
        }
        for (Marker m : ordered) {
            PlacedLabel p = placeMarker(m, v, taken);
            if (p != null) {
                placedMarkers.add(p);
                room.add(p.symbolRoom());
                if (p.labelShown()) {
                    room.add(p.bounds());
                }
            }
        }
        drawPlaced(g, placedMarkers);
        if (bar != null) {
            drawScaleBar(g, bar);
        }
        markerRoom = List.copyOf(room);
    }

    /** Finds room for a marker and its label, taking it; null when the marker is off the view or crowded out. */
    private PlacedLabel placeMarker(Marker m, Viewport v, List<Bounds> taken) {
        Coordinate c = cache.projectPoint(m.location());
        if (c == null) {
            return null;
        }
        double sx = v.screenX(c.x);
        double sy = v.screenY(c.y);
        if (sx < 0 || sy < 0 || sx > v.width() || sy > v.height()) {
            return null;
        }
        BoundingBox room = new BoundingBox(sx - 4.5, sy - 4.5, 9, 9);
        if (m.kind() != Marker.Kind.LAUNCH_POINT && overlaps(room, taken)) {
            return null;
        }
        taken.add(room);
        Font font = m.kind() == Marker.Kind.CITY ? Font.font("System", 11)
                : Font.font("System", FontWeight.BOLD, m.kind() == Marker.Kind.LAUNCH_POINT ? 12 : 11);
        Bounds b = textBounds(m.label(), font, sx + LABEL_GAP, sy + 4, TextAlignment.LEFT);
        boolean shown = !overlaps(b, taken) && b.getMaxX() < v.width() && b.getMinY() > 0;
        if (!shown) {
            b = textBounds(m.label(), font, sx - LABEL_GAP, sy + 4, TextAlignment.RIGHT);
            shown = !overlaps(b, taken) && b.getMinX() > 0 && b.getMinY() > 0;
        }
        if (shown) {
            taken.add(b);
        }
        return new PlacedLabel(m, sx, sy, shown, b, font);
    }

    /** Symbols first, then labels, so that no symbol covers a label. */
    private static void drawPlaced(GraphicsContext g, List<PlacedLabel> placed) {
        for (PlacedLabel p : placed) {
            drawSymbol(g, p);
        }
        for (PlacedLabel p : placed) {
            if (p.labelShown()) {
                boolean right = p.bounds().getMinX() >= p.x();
                haloText(g, p.marker().label(), p.font(), right ? p.x() + LABEL_GAP : p.x() - LABEL_GAP, p.y() + 4,
                        right ? TextAlignment.LEFT : TextAlignment.RIGHT,
                        p.marker().highlighted() ? MapColours.HIGHLIGHT_TEXT : MapColours.LABEL);
            }
        }
    }

    private static void drawSymbol(GraphicsContext g, PlacedLabel p) {
        Marker m = p.marker();
        double x = p.x();
        double y = p.y();
        switch (m.kind()) {
            case LAUNCH_POINT -> {
                g.setFill(MapColours.REPRESENTATIVE);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.5);
                double r = 7;
                double[] xs = {x, x + r, x, x - r};
                double[] ys = {y - r, y, y + r, y};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
            }
            case CAPITAL -> {
                g.setFill(m.highlighted() ? MapColours.HIGHLIGHT : Color.WHITE);
                g.setStroke(MapColours.LABEL);
                g.setLineWidth(1.5);
                g.fillRect(x - 4, y - 4, 8, 8);
                g.strokeRect(x - 4, y - 4, 8, 8);
            }
            case CITY -> {
                g.setFill(m.highlighted() ? MapColours.HIGHLIGHT : Color.WHITE);
                g.setStroke(MapColours.LABEL);
                g.setLineWidth(1.2);
                g.fillOval(x - 3.5, y - 3.5, 7, 7);
                g.strokeOval(x - 3.5, y - 3.5, 7, 7);
            }
            default -> throw new IllegalStateException("unknown marker kind " + m.kind());
        }
    }

    /** The measure line with its distance and bearing, and the scale bar. */
    private void drawTools(Viewport v) {
        GraphicsContext g = toolCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, v.width(), v.height());
        Font font = Font.font("System", FontWeight.BOLD, 12);
        if (measuring.get() && measureStart != null) {
            Point2D a = toScreen(measureStart);
            if (a != null) {
                g.setFill(MapColours.MEASURE);
                g.fillOval(a.getX() - 4, a.getY() - 4, 8, 8);
                if (pointer != null && measurement.get() == null) {
                    g.setStroke(MapColours.MEASURE);
                    g.setLineWidth(1);
                    g.setLineDashes(4, 4);
                    g.strokeLine(a.getX(), a.getY(), pointer.getX(), pointer.getY());
                    g.setLineDashes((double[]) null);
                }
            }
        }
        GeodesicPath path = measurement.get();
        Geometry projected = cache.measurement();
        if (path != null && projected != null) {
            g.setStroke(MapColours.MEASURE);
            g.setLineWidth(2.5);
            drawGeometry(g, v, projected, false, true);
            Point2D a = toScreen(path.from());
            Point2D b = toScreen(path.to());
            g.setFill(MapColours.MEASURE);
            for (Point2D p : new Point2D[] {a, b}) {
                if (p != null) {
                    g.fillOval(p.getX() - 4, p.getY() - 4, 8, 8);
                }
            }
            measureLabel = b == null ? null : placeMeasureLabel(g, v, measureText(path), font, b);
        } else {
            measureLabel = null;
        }
        showLayer(toolCanvas, measuring.get() && measureStart != null || path != null && projected != null);
    }

    /**
     * Draws the measurement's text beside its end point, on the first side where it covers no place
     * or ring label (above right, above left, below right, below left); above right when none is
     * free, since the measurement is what the user is looking at.
     *
     * @return the room the text takes
     */
    private Bounds placeMeasureLabel(GraphicsContext g, Viewport v, String text, Font font, Point2D end) {
        double[][] candidates = {
            {end.getX() + 8, end.getY() - 8, 0}, {end.getX() - 8, end.getY() - 8, 1},
            {end.getX() + 8, end.getY() + 18, 0}, {end.getX() - 8, end.getY() + 18, 1},
        };
        List<Bounds> taken = new ArrayList<>(markerRoom);
        taken.addAll(ringLabelBounds());
        double[] chosen = candidates[0];
        for (double[] c : candidates) {
            Bounds b = textBounds(text, font, c[0], c[1], c[2] == 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
            if (!overlaps(b, taken) && b.getMinX() >= 0 && b.getMaxX() <= v.width() && b.getMinY() >= 0
                    && b.getMaxY() <= v.height()) {
                chosen = c;
                break;
            }
        }
        TextAlignment align = chosen[2] == 0 ? TextAlignment.LEFT : TextAlignment.RIGHT;
        haloText(g, text, font, chosen[0], chosen[1], align, MapColours.MEASURE);
        return textBounds(text, font, chosen[0], chosen[1], align);
    }

    /** The room the measurement's text takes on the map, if a measurement is shown. */
    public java.util.Optional<Bounds> measureLabelBounds() {
        return java.util.Optional.ofNullable(measureLabel);
    }

    /**
     * Shows a layer only when something is drawn on it: the software pipeline blends every
     * visible canvas over the whole map at each repaint, empty or not.
     */
    private static void showLayer(Canvas layer, boolean drawn) {
        if (layer.isVisible() != drawn) {
            layer.setVisible(drawn);
        }
    }

    /** "1,234.5 km, initial bearing 123.4°" */
    public static String measureText(GeodesicPath path) {
        return String.format(Locale.ROOT, "%,.1f km, initial bearing %.1f\u00b0", path.distanceMeters() / 1000,
                path.initialBearingDeg());
    }

    /** The scale bar: a round length, its pixels, and where it stands. */
    private record ScaleBar(double km, double px, double x0, double y0) {
        static final Font LENGTH_FONT = Font.font("System", 11);
        static final Font NOTE_FONT = Font.font("System", 10);
        static final String NOTE = "scale at the map centre only";

        String length() {
            return String.format(Locale.ROOT, "%,.0f km", km);
        }

        /** The room it takes, its texts included, for labels to keep clear of. */
        Bounds room() {
            Bounds length = textBounds(length(), LENGTH_FONT, x0 + px / 2, y0 - 6, TextAlignment.CENTER);
            Bounds note = textBounds(NOTE, NOTE_FONT, x0 + px, y0 + 14, TextAlignment.RIGHT);
            double minX = Math.min(x0 - 2, Math.min(length.getMinX(), note.getMinX()));
            double minY = Math.min(y0 - 6, length.getMinY());
            double maxX = Math.max(x0 + px + 2, Math.max(length.getMaxX(), note.getMaxX()));
            double maxY = Math.max(y0 + 6, note.getMaxY());
            return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
        }
    }

    /**
     * A bar of a round length, measured geodesically across the centre of the view, with a note
     * that it holds there: no projection offered keeps one scale across a map this size. Null
     * when the centre is off the map (beside the globe).
     */
    private ScaleBar scaleBar(Viewport v) {
        double cx = v.width() / 2;
        double cy = v.height() / 2;
        GeoPoint a = toGeographic(cx - 50, cy);
        GeoPoint b = toGeographic(cx + 50, cy);
        if (a == null || b == null) {
            return null;
        }
        double kmPer100px = Geodesy.inverse(a, b).distanceMeters() / 1000;
        if (!(kmPer100px > 0)) {
            return null;
        }
        double target = kmPer100px * 1.5;
        double pow = Math.pow(10, Math.floor(Math.log10(target)));
        double nice = target / pow >= 5 ? 5 * pow : target / pow >= 2 ? 2 * pow : pow;
        double px = nice / kmPer100px * 100;
        return new ScaleBar(nice, px, v.width() - px - 20, v.height() - 24);
    }

    private static void drawScaleBar(GraphicsContext g, ScaleBar bar) {
        double x0 = bar.x0();
        double y0 = bar.y0();
        double px = bar.px();
        g.setStroke(MapColours.LABEL);
        g.setLineWidth(2);
        g.strokeLine(x0, y0, x0 + px, y0);
        g.strokeLine(x0, y0 - 4, x0, y0 + 4);
        g.strokeLine(x0 + px, y0 - 4, x0 + px, y0 + 4);
        haloText(g, bar.length(), ScaleBar.LENGTH_FONT, x0 + px / 2, y0 - 6, TextAlignment.CENTER, MapColours.LABEL);
        haloText(g, ScaleBar.NOTE, ScaleBar.NOTE_FONT, x0 + px, y0 + 14, TextAlignment.RIGHT, MapColours.LABEL);
    }

    private static boolean overlaps(Bounds b, List<Bounds> taken) {
        for (Bounds t : taken) {
            if (t.intersects(b)) {
                return true;
            }
        }
        return false;
    }

    /** Measures label text; one node serves every measurement (FX thread only). */
    private static final Text MEASURE = new Text();

    private static Bounds textBounds(String text, Font font, double x, double baselineY, TextAlignment align) {
        Text t = MEASURE;
        t.setText(text);
        t.setFont(font);
        Bounds local = t.getLayoutBounds();
        double w = local.getWidth();
        double h = local.getHeight();
        double left = switch (align) {
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
            default -> x;
        };
        return new BoundingBox(left - 2, baselineY - h * 0.8 - 1, w + 4, h + 2);
    }

    /** Traces a projected JTS geometry in screen space; polygons fill with the even-odd rule. */
    private static void drawGeometry(GraphicsContext g, Viewport v, Geometry geom, boolean fill, boolean stroke) {
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            Geometry part = geom.getGeometryN(i);
            if (part instanceof Polygon poly) {
                g.beginPath();
                trace(g, v, poly.getExteriorRing().getCoordinates(), true);
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    trace(g, v, poly.getInteriorRingN(h).getCoordinates(), true);
                }
                if (fill) {
                    g.setFillRule(FillRule.EVEN_ODD);
                    g.fill();
                }
                if (stroke) {
                    g.stroke();
                }
            } else if (part instanceof LineString line) {
                g.beginPath();
                trace(g, v, line.getCoordinates(), false);
                g.stroke();
            } else if (part != geom) {
                drawGeometry(g, v, part, fill, stroke);
            }
        }
    }

    private static void trace(GraphicsContext g, Viewport v, Coordinate[] cs, boolean close) {
        if (cs.length == 0) {
            return;
        }
        g.moveTo(v.screenX(cs[0].x), v.screenY(cs[0].y));
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 1; i < cs.length; i++) {
            double x = v.screenX(cs[i].x);
            double y = v.screenY(cs[i].y);
            // Skip sub-pixel steps: the 1:50m basemap has far more vertices than pixels.
            if (Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5 && i < cs.length - 1) {
                continue;
            }
            g.lineTo(x, y);
            lastX = x;
            lastY = y;
        }
        if (close) {
            g.closePath();
        }
    }

    // ---- interaction ----------------------------------------------------------------------

    private double minScale() {
        return 0.5 / cache.unitsPerDegree();
    }

    /**
     * Closest zoom: 800 pixels per degree, where a pixel is about 140 m, so rings drawn to 100 m
     * (the view model's tolerance) stay smooth to a pixel.
     */
    private double maxScale() {
        return 800 / cache.unitsPerDegree();
    }

    /** Zooms by a factor about a point of this view (used by the wheel, pinch, keys and tests). */
    public void zoomAbout(double x, double y, double factor) {
        Viewport v = viewport.get();
        if (v != null) {
            autoFit = null;
            setViewport(v.zoomAbout(x, y, factor, minScale(), maxScale()));
        }
    }

    /** Pans by pixels (used by dragging, the arrow keys and tests). */
    public void panByPixels(double dx, double dy) {
        Viewport v = viewport.get();
        if (v != null) {
            autoFit = null;
            setViewport(v.panByPixels(dx, dy));
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        zoomAbout(e.getX(), e.getY(), e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        dragStartX = e.getX();
        dragStartY = e.getY();
        dragged = false;
        draggedLaunchPoint = null;
        if (e.getButton() == MouseButton.PRIMARY && !measuring.get()) {
            PlacedLabel hit = markerAt(e.getX(), e.getY());
            if (hit != null && hit.marker().kind() == Marker.Kind.LAUNCH_POINT
                    && Math.hypot(hit.x() - e.getX(), hit.y() - e.getY()) <= 10) {
                draggedLaunchPoint = hit.marker();
            }
        }
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - dragStartX;
        double dy = e.getY() - dragStartY;
        if (!dragged && Math.hypot(dx, dy) <= 3) {
            return;
        }
        dragged = true;
        if (draggedLaunchPoint != null) {
            GeoPoint to = toGeographic(e.getX(), e.getY());
            if (to != null) {
                onLaunchPointMoved.moved(draggedLaunchPoint.countryId(), to, false);
            }
        } else if (requested instanceof org.balanceexplorer.geo.Orthographic globe) {
            turnGlobe(globe, dx, dy, true);
            dragStartX = e.getX();
            dragStartY = e.getY();
        } else {
            panByPixels(dx, dy);
            dragStartX = e.getX();
            dragStartY = e.getY();
        }
        e.consume();
    }

    /** Turns the globe by a drag of (dx, dy) pixels: the point under the pointer follows it. */
    private void turnGlobe(org.balanceexplorer.geo.Orthographic globe, double dx, double dy, boolean turning) {
        Viewport v = viewport.get();
        if (v == null) {
            return;
        }
        double degPerPx = 1 / v.scale() / (Projection.EARTH_RADIUS_METERS * Math.PI / 180);
        GeoPoint c = globe.centre();
        double lat = Math.max(-89, Math.min(89, c.latDeg() + dy * degPerPx));
        double lon = c.lonDeg() - dx * degPerPx / Math.max(0.2, Math.cos(Math.toRadians(c.latDeg())));
        switchProjection(new org.balanceexplorer.geo.Orthographic(GeoPoint.wrapped(lat, lon)), turning, true);
    }

    private void onReleased(MouseEvent e) {
        if (draggedLaunchPoint == null && dragged && requested instanceof org.balanceexplorer.geo.Orthographic) {
            // The globe turned on the coarse basemap; now bring in the fine one.
            switchProjection(requested, false, true);
        }
        if (draggedLaunchPoint != null && dragged) {
            GeoPoint to = toGeographic(e.getX(), e.getY());
            onLaunchPointMoved.moved(draggedLaunchPoint.countryId(), to != null ? to : draggedLaunchPoint.location(),
                    true);
        }
        draggedLaunchPoint = null;
    }

    private Consumer<GeoPoint[]> onMeasure = pts -> { };

    /** Receives the two points of a measurement; the caller computes it off the FX thread and calls {@link #setMeasurement}. */
    public void setOnMeasure(Consumer<GeoPoint[]> handler) {
        onMeasure = Objects.requireNonNull(handler, "handler");
    }

    private void onClicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (measuring.get()) {
            GeoPoint p = toGeographic(e.getX(), e.getY());
            if (p == null) {
                return;
            }
            if (measureStart == null || measurement.get() != null) {
                measureStart = p;
                setMeasurement(null);
            } else {
                onMeasure.accept(new GeoPoint[] {measureStart, p});
            }
            toolsDirty = true;
            requestLayout();
            e.consume();
            return;
        }
        PlacedLabel hit = markerAt(e.getX(), e.getY());
        if (hit != null) {
            onMarkerClicked.accept(hit.marker());
            e.consume();
        }
    }

    private void onMoved(MouseEvent e) {
        pointer = new Point2D(e.getX(), e.getY());
        if (measuring.get() && measureStart != null && measurement.get() == null) {
            toolsDirty = true;
            requestLayout();
        }
        String text = null;
        PlacedLabel hit = markerAt(e.getX(), e.getY());
        if (hit != null) {
            Marker m = hit.marker();
            text = m.label() + (m.highlighted() ? "\nwithin a shown ring" : "")
                    + (m.details().isEmpty() ? "" : "\n" + m.details())
                    + (m.kind() == Marker.Kind.LAUNCH_POINT ? "\nDrag to move this launch point" : "");
        } else {
            RingOverlay ring = ringAt(e.getX(), e.getY());
            if (ring != null) {
                text = ring.details();
            }
        }
        if (text == null) {
            if (tooltipInstalled) {
                tooltip.hide();
                Tooltip.uninstall(this, tooltip);
                tooltipInstalled = false;
            }
            tooltip.setText(null);
        } else {
            if (!text.equals(tooltip.getText())) {
                tooltip.setText(text);
            }
            if (!tooltipInstalled) {
                Tooltip.install(this, tooltip);
                tooltipInstalled = true;
            }
        }
    }

    /** The ring whose line passes within a few pixels of a point of this view, or null. */
    private RingOverlay ringAt(double x, double y) {
        Viewport v = viewport.get();
        if (v == null) {
            return null;
        }
        org.locationtech.jts.geom.Point p = cache.factory().createPoint(new Coordinate(v.projectedX(x), v.projectedY(y)));
        double limit = RING_HOVER_PX / v.scale();
        for (int i = rings.size() - 1; i >= 0; i--) {
            ProjectedCache.ProjectedRing pr = cache.projectedRing(rings.get(i));
            if (pr != null && pr.main() != null
                    && new DistanceOp(pr.main().getBoundary(), p).distance() <= limit) {
                return rings.get(i);
            }
        }
        return null;
    }

    /** The marker whose symbol (or label) is under a point of this view, launch points first. */
    private PlacedLabel markerAt(double x, double y) {
        for (PlacedLabel p : placedMarkers) {
            if (Math.hypot(p.x() - x, p.y() - y) <= 9 || (p.labelShown() && p.bounds().contains(x, y))) {
                return p;
            }
        }
        return null;
    }

    private static boolean isArrow(KeyCode k) {
        return k == KeyCode.LEFT || k == KeyCode.RIGHT || k == KeyCode.UP || k == KeyCode.DOWN;
    }

    private void onKey(KeyEvent e) {
        Viewport v = viewport.get();
        if (v == null) {
            return;
        }
        double cx = v.width() / 2;
        double cy = v.height() / 2;
        KeyCode k = e.getCode();
        String ch = e.getText() == null ? "" : e.getText().toLowerCase(Locale.ROOT);
        if (isArrow(k)) {
            double dx = k == KeyCode.LEFT ? PAN_STEP_PX : k == KeyCode.RIGHT ? -PAN_STEP_PX : 0;
            double dy = k == KeyCode.UP ? PAN_STEP_PX : k == KeyCode.DOWN ? -PAN_STEP_PX : 0;
            if (requested instanceof org.balanceexplorer.geo.Orthographic globe) {
                // The arrow keys turn the globe, as dragging it does (moving the disc aside would
                // show empty space); the finer basemap comes in when the key is let go.
                turnGlobe(globe, dx, dy, true);
            } else {
                panByPixels(dx, dy);
            }
        } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS || ch.equals("+")) {
            zoomAbout(cx, cy, ZOOM_STEP);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT || ch.equals("-")) {
            zoomAbout(cx, cy, 1 / ZOOM_STEP);
        } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
            fit(SOUTH_ASIA);
        } else if (k == KeyCode.ESCAPE && measuring.get()) {
            measureStart = null;
            setMeasurement(null);
        } else {
            return;
        }
        e.consume();
    }

    /** A marker as placed on screen, with its label's room if the label is shown. */
    private record PlacedLabel(Marker marker, double x, double y, boolean labelShown, Bounds bounds, Font font) {
        /** The room its symbol takes. */
        Bounds symbolRoom() {
            return new BoundingBox(x - 4.5, y - 4.5, 9, 9);
        }
    }

}
