package org.balanceexplorer.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import org.balanceexplorer.geo.GeodesicPath;
import org.balanceexplorer.map.paint.BasemapPainter;
import org.balanceexplorer.map.paint.Box;
import org.balanceexplorer.map.paint.LabelPainter;
import org.balanceexplorer.map.paint.Legend;
import org.balanceexplorer.map.paint.LegendPainter;
import org.balanceexplorer.map.paint.MapPainter;
import org.balanceexplorer.map.paint.Marker;
import org.balanceexplorer.map.paint.MarkerPainter;
import org.balanceexplorer.map.paint.MeasurementPainter;
import org.balanceexplorer.map.paint.ProjectedCache;
import org.balanceexplorer.map.paint.RingOverlay;
import org.balanceexplorer.map.paint.RingPainter;
import org.balanceexplorer.map.paint.ScaleBarPainter;
import org.balanceexplorer.map.paint.Words;
import org.balanceexplorer.map.paint.Viewport;
import org.balanceexplorer.model.GeoPoint;

/**
 * The map's canvases, one per concern (ground; rings; rings on the move with their launch points;
 * markers, their labels and the scale bar; the measure tool; the legend), each redrawn by the
 * painters only when marked dirty. Labels are placed in the order {@link MapPainter} places them, so
 * the screen shows what an export shows.
 *
 * <p>While one country's launch point is dragged, its rings (the <em>active</em> ones) and the point
 * are drawn on a canvas of their own, so each step of the drag redraws neither the other rings nor
 * the other markers.
 *
 * <p>Thread safety: FX application thread only.
 */
final class MapLayers {

    private final MapView view;
    private final Canvas base = layer("map-layer-base");
    private final Canvas ringCanvas = layer("map-layer-rings");
    private final Canvas activeCanvas = layer("map-layer-moving-rings");
    private final Canvas markerCanvas = layer("map-layer-markers");
    private final Canvas toolCanvas = layer("map-layer-tools");
    private final Canvas legendCanvas = layer("map-layer-legend");
    private Set<String> tinted = Set.of();
    private Legend legend;
    private boolean legendRight;
    private boolean legendBottom = true;
    private boolean legendCollapsed;
    private LegendPainter.Layout legendLayout;
    private Words words = Words.ENGLISH;
    private boolean baseDirty = true;
    private boolean ringsDirty = true;
    private boolean activeDirty;
    private boolean markersDirty = true;
    private boolean toolsDirty = true;
    private boolean legendDirty = true;
    private boolean drewFine;
    /** The rings drawn on the active canvas; the others are on the ring canvas. */
    private Set<RingOverlay> activeRings = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Launch points being dragged with their rings: drawn on the active canvas with them. */
    private final Set<String> movingMarkerIds = new HashSet<>();
    private final List<MarkerPainter.Placed> placedMarkers = new ArrayList<>();
    /** Room the ring canvas's labels took, which the active rings' labels keep clear of. */
    private List<Box> staticLabelRoom = List.of();
    private final List<Box> staticRingLabels = new ArrayList<>();
    private final List<Box> activeRingLabels = new ArrayList<>();
    /** Room taken by the markers, their labels and the scale bar: ring labels keep clear of it. */
    private List<Box> markerRoom = List.of();
    /** The marker room the ring labels last kept clear of. */
    private List<Box> ringLabelsAvoided = List.of();
    private Box measureLabel;

    MapLayers(MapView view) {
        this.view = view;
        // The map is never mirrored, whichever way the window's words run (Urdu is right to left).
        view.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        for (Canvas c : List.of(ringCanvas, activeCanvas, markerCanvas, toolCanvas, legendCanvas)) {
            c.setMouseTransparent(true);
        }
    }

    private static Canvas layer(String id) {
        Canvas c = new Canvas();
        c.setId(id);
        return c;
    }

    List<Canvas> canvases() {
        return List.of(base, ringCanvas, activeCanvas, markerCanvas, toolCanvas, legendCanvas);
    }

    /** A surface over a layer, in the map's theme and at its UI scale (painters draw in map units). */
    private FxSurface surface(Canvas c) {
        return new FxSurface(c.getGraphicsContext2D(), view.theme(), view.getUiScale());
    }

    // ---- what changed ------------------------------------------------------------------------

    /** Everything but the legend, which changes with its content and the view's size only. */
    void markAll() {
        baseDirty = ringsDirty = markersDirty = toolsDirty = true;
    }

    /** The theme or the UI scale changed: every layer, the legend too. */
    void markLook() {
        markAll();
        legendDirty = true;
    }

    void markBase() {
        baseDirty = true;
    }

    void markTools() {
        toolsDirty = true;
    }

    void setTinted(Set<String> names) {
        tinted = names;
        baseDirty = true;
    }

    /** A new legend; the same content as before (at each step of a drag) changes nothing. */
    void setLegend(Legend content) {
        if (!java.util.Objects.equals(legend, content)) {
            legend = content;
            legendDirty = true;
        }
    }

    /** The language of the scale bar and the measurement's text (the legend and labels come in their own). */
    void setWords(Words w) {
        words = java.util.Objects.requireNonNull(w, "words");
        baseDirty = true;
        ringsDirty = true;
        legendDirty = true;
    }

    Words words() {
        return words;
    }

    void setLegendPlacement(boolean right, boolean bottom, boolean collapsed) {
        if (right == legendRight && bottom == legendBottom && collapsed == legendCollapsed) {
            return;
        }
        legendRight = right;
        legendBottom = bottom;
        legendCollapsed = collapsed;
        legendDirty = true;
    }

    /**
     * Decides what to redraw after new rings arrive. When the rings that changed are the same
     * systems that changed last time, and all others are the very same rings (a launch point being
     * dragged), only those are drawn again, on their own canvas; otherwise everything is.
     */
    void ringsChanged(Set<RingOverlay> before, List<RingOverlay> now) {
        Set<RingOverlay> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (RingOverlay r : now) {
            if (!before.contains(r)) {
                changed.add(r);
            }
        }
        Set<String> changedIds = new HashSet<>();
        changed.forEach(r -> changedIds.add(r.systemId()));
        Set<String> activeIds = new HashSet<>();
        activeRings.forEach(r -> activeIds.add(r.systemId()));
        boolean sameStatic = changed.size() == activeRings.size()
                && now.stream().filter(r -> !changed.contains(r)).noneMatch(activeRings::contains);
        boolean dragging = !changed.isEmpty() && changedIds.equals(activeIds) && sameStatic && !ringsDirty;
        activeRings = changed;
        if (dragging) {
            activeDirty = true;
        } else {
            ringsDirty = true;
        }
    }

    /**
     * While rings are being dragged (active rings), launch points that only moved go onto the
     * active canvas and the marker canvas is left as it is; any other change redraws all markers.
     */
    void markersChanged(Map<String, Marker> before, List<Marker> next) {
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
            activeDirty = true;
        } else {
            if (!movingMarkerIds.isEmpty()) {
                movingMarkerIds.clear();
                activeDirty = true;
            }
            markersDirty = true;
        }
    }

    /** Whether two markers are drawn alike (the tooltip text does not count). */
    private static boolean sameLook(Marker a, Marker b) {
        return a.label().equals(b.label()) && a.location().equals(b.location()) && a.kind() == b.kind()
                && a.highlighted() == b.highlighted();
    }

    // ---- drawing ---------------------------------------------------------------------------

    void resize(double w, double h) {
        for (Canvas c : List.of(base, ringCanvas, activeCanvas, markerCanvas, toolCanvas)) {
            if (c.getWidth() != w || c.getHeight() != h) {
                c.setWidth(w);
                c.setHeight(h);
                markAll();
                legendDirty = true;
            }
        }
    }

    /** Redraws the dirty layers, in the order labels are placed: legend, markers, rings, tools. */
    void draw(Viewport v, ProjectedCache cache, List<RingOverlay> rings, List<Marker> markers, GeodesicPath path,
              GeoPoint measureStart, double[] pointer) {
        if (baseDirty) {
            drawBase(v, cache);
            baseDirty = false;
        }
        if (legendDirty) {
            Box before = legendLayout == null ? null : legendLayout.frame();
            drawLegend(v);
            legendDirty = false;
            // Labels keep clear of the legend: placed again when it moved or changed size.
            markersDirty |= !java.util.Objects.equals(before, legendLayout == null ? null : legendLayout.frame());
        }
        if (markersDirty) {
            // Before the rings: moving launch points, drawn with the active rings, keep clear of these labels.
            drawMarkers(v, cache, markers);
            markersDirty = false;
            // Ring labels keep clear of marker labels: placed again when those moved.
            ringsDirty |= !markerRoom.equals(ringLabelsAvoided);
            activeDirty |= !movingMarkerIds.isEmpty();
        }
        if (ringsDirty) {
            drawRings(v, cache, rings, markers);
            ringsDirty = false;
            activeDirty = false;
        } else if (activeDirty) {
            drawActive(v, cache, rings, markers);
            activeDirty = false;
        }
        if (toolsDirty) {
            drawTools(v, cache, path, measureStart, pointer);
            toolsDirty = false;
        }
    }

    private void drawBase(Viewport v, ProjectedCache cache) {
        boolean wantFine = view.fineBasemap(v);
        if (wantFine && cache.claimFineProjection()) {
            view.service().submit(cache::projectFine, projected -> {
                cache.adoptFine(projected);
                if (cache == view.service().current()) {
                    baseDirty = true;
                    view.requestLayout();
                }
            }, () -> { });
        }
        drewFine = cache.basemap(wantFine) != cache.basemap(false);
        BasemapPainter.Ground ground = MapPainter.ground(cache, wantFine, tinted);
        BasemapPainter.paint(surface(base), v, ground);
    }

    /**
     * The legend has a canvas of its own, only as large as the legend: it changes seldom, and the
     * software pipeline blends every visible canvas whole at each repaint of the map.
     */
    private void drawLegend(Viewport v) {
        legendLayout = legend == null ? null : LegendPainter.layout(legend, v.width(), v.height(), legendRight,
                legendBottom, legendCollapsed, surface(legendCanvas));
        showLayer(legendCanvas, legendLayout != null);
        if (legendLayout == null) {
            return;
        }
        Box f = legendLayout.frame();
        double k = view.getUiScale();
        double w = Math.ceil(f.width()) + 1;
        double h = Math.ceil(f.height()) + 1;
        if (legendCanvas.getWidth() != Math.ceil(w * k) || legendCanvas.getHeight() != Math.ceil(h * k)) {
            legendCanvas.setWidth(Math.ceil(w * k));
            legendCanvas.setHeight(Math.ceil(h * k));
        }
        legendCanvas.relocate(f.x() * k, f.y() * k);
        FxSurface s = surface(legendCanvas);
        s.clearRect(0, 0, w, h);
        s.save();
        s.translate(-f.x(), -f.y());
        LegendPainter.paint(s, legendLayout, s);
        s.restore();
    }

    private List<Box> legendRoom() {
        return legendLayout == null ? new ArrayList<>() : new ArrayList<>(List.of(legendLayout.frame()));
    }

    private void drawMarkers(Viewport v, ProjectedCache cache, List<Marker> markers) {
        FxSurface s = surface(markerCanvas);
        s.clearRect(0, 0, v.width(), v.height());
        placedMarkers.clear();
        List<Marker> ordered = new ArrayList<>(markers);
        ordered.removeIf(m -> movingMarkerIds.contains(m.id()));
        ordered.sort(MarkerPainter.PRIORITY);
        List<Box> taken = legendRoom();
        ScaleBarPainter.ScaleBar bar = ScaleBarPainter.of(v, (x, y) -> view.toGeographic(x, y), words);
        List<Box> room = new ArrayList<>();
        if (bar != null) {
            room.add(bar.room(s));
            taken.add(bar.room(s));
        }
        placedMarkers.addAll(MarkerPainter.place(ordered, v, cache::projectPoint, s, taken));
        for (MarkerPainter.Placed p : placedMarkers) {
            room.add(p.symbolRoom());
            if (p.labelShown()) {
                room.add(p.bounds());
            }
        }
        MarkerPainter.paint(s, placedMarkers);
        if (bar != null) {
            ScaleBarPainter.paint(s, bar);
        }
        markerRoom = List.copyOf(room);
    }

    /** Draws every ring: the unchanged ones on the ring canvas, the active ones on theirs. */
    private void drawRings(Viewport v, ProjectedCache cache, List<RingOverlay> rings, List<Marker> markers) {
        List<Box> taken = legendRoom();
        taken.addAll(markerRoom);
        ringLabelsAvoided = markerRoom;
        List<RingOverlay> unchanged = rings.stream().filter(r -> !activeRings.contains(r)).toList();
        staticRingLabels.clear();
        drawRingSet(surface(ringCanvas), v, cache, unchanged, rings.size(), taken, staticRingLabels);
        showLayer(ringCanvas, !unchanged.isEmpty());
        staticLabelRoom = List.copyOf(taken);
        drawActive(v, cache, rings, markers);
    }

    /** Draws the active rings with the launch points being dragged, their labels clear of the others'. */
    private void drawActive(Viewport v, ProjectedCache cache, List<RingOverlay> rings, List<Marker> markers) {
        FxSurface s = surface(activeCanvas);
        List<RingOverlay> active = rings.stream().filter(activeRings::contains).toList();
        // The launch points being dragged are placed first: the moving rings' labels keep clear of
        // them, and they are drawn over their rings.
        placedMarkers.removeIf(p -> movingMarkerIds.contains(p.marker().id()));
        List<MarkerPainter.Placed> moving = movingMarkerIds.isEmpty() ? List.of()
                : MarkerPainter.place(markers.stream().filter(m -> movingMarkerIds.contains(m.id())).toList(), v,
                        cache::projectPoint, s, new ArrayList<>(staticLabelRoom));
        placedMarkers.addAll(0, moving);
        List<Box> taken = new ArrayList<>(staticLabelRoom);
        for (MarkerPainter.Placed p : moving) {
            taken.add(p.symbolRoom());
            if (p.labelShown()) {
                taken.add(p.bounds());
            }
        }
        activeRingLabels.clear();
        drawRingSet(s, v, cache, active, rings.size(), taken, activeRingLabels);
        MarkerPainter.paint(s, moving);
        showLayer(activeCanvas, !active.isEmpty() || !movingMarkerIds.isEmpty());
    }

    private static void drawRingSet(FxSurface s, Viewport v, ProjectedCache cache, List<RingOverlay> set, int shown,
                                    List<Box> taken, List<Box> labelsOut) {
        s.clearRect(0, 0, v.width(), v.height());
        RingPainter.paint(s, v, set, cache::projectedRing, shown <= RingPainter.MAX_FILLED_RINGS);
        List<LabelPainter.Placed> labels = LabelPainter.place(RingPainter.labels(v, set, cache::projectedRing, s), taken);
        labels.forEach(l -> labelsOut.add(l.box()));
        LabelPainter.paint(s, labels);
    }

    /** The measure line with its distance and bearing. */
    private void drawTools(Viewport v, ProjectedCache cache, GeodesicPath path, GeoPoint start, double[] pointer) {
        FxSurface s = surface(toolCanvas);
        s.clearRect(0, 0, v.width(), v.height());
        double[] a = start == null ? null : MapPainter.screen(cache, v, start);
        MeasurementPainter.paintStart(s, a, path == null ? pointer : null);
        measureLabel = null;
        if (path != null) {
            List<Box> taken = new ArrayList<>(markerRoom);
            taken.addAll(ringLabelBoxes());
            measureLabel = MeasurementPainter.paint(s, v, path, cache.measurement(), MapPainter.screen(cache, v,
                    path.from()), MapPainter.screen(cache, v, path.to()), taken, words);
        }
        showLayer(toolCanvas, a != null || path != null);
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

    // ---- what was drawn -----------------------------------------------------------------------

    List<MarkerPainter.Placed> placedMarkers() {
        return placedMarkers;
    }

    List<Box> ringLabelBoxes() {
        List<Box> all = new ArrayList<>(staticRingLabels);
        all.addAll(activeRingLabels);
        return all;
    }

    Box measureLabel() {
        return measureLabel;
    }

    LegendPainter.Layout legendLayout() {
        return legendLayout;
    }

    boolean drewFine() {
        return drewFine;
    }
}
