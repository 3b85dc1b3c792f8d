package org.balanceexplorer.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.CountryShape;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The map: a stack of canvases, one per concern (basemap and graticule; rings; markers and
 * labels), fed an immutable {@link Viewport}. Geometry is projected once per projection by
 * {@link ProjectedCache}; pan and zoom only change the viewport, and each layer redraws on the
 * next layout pass after it was marked dirty.
 *
 * <p>Mouse: the wheel zooms about the cursor, dragging pans, clicking a marker reports it.
 * Keyboard (when focused): arrows pan, {@code +}/{@code -} zoom, {@code 0} fits South Asia.
 *
 * <p>Thread safety: FX application thread only.
 */
public final class MapView extends Region {

    /** South Asia and its neighbours, lon/lat degrees: the default view. */
    public static final Envelope SOUTH_ASIA = new Envelope(58, 102, 3, 42);
    /** Below this many pixels per projected unit the coarse (1:110m) basemap is drawn. */
    private static final double FINE_BASEMAP_MIN_PIXELS_PER_DEGREE = 25;
    private static final double ZOOM_STEP = 1.25;
    private static final double PAN_STEP_PX = 80;
    /** Pixels between a marker's centre and its label: clears the symbol's 9 px room and the label's 2 px margin. */
    private static final double LABEL_GAP = 8;

    private final Canvas baseCanvas = new Canvas();
    private final Canvas ringCanvas = new Canvas();
    private final Canvas markerCanvas = new Canvas();
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final Tooltip tooltip = new Tooltip();

    private ProjectedCache cache;
    private List<RingOverlay> rings = List.of();
    private List<Marker> markers = List.of();
    private Set<String> tintedCountryNames = Set.of();
    private final List<PlacedLabel> placedMarkers = new ArrayList<>();
    private boolean baseDirty = true;
    private boolean ringsDirty = true;
    private boolean markersDirty = true;
    private Consumer<Marker> onMarkerClicked = m -> { };
    private java.util.function.Supplier<List<Bounds>> reservedAreas = List::of;
    private double dragStartX;
    private double dragStartY;
    private boolean dragged;
    private Envelope pendingFit = SOUTH_ASIA;
    /** The envelope last fitted; kept fitted on resize until the user pans or zooms. */
    private Envelope autoFit = SOUTH_ASIA;

    public MapView(Projection projection) {
        this.cache = new ProjectedCache(Objects.requireNonNull(projection, "projection"));
        getStyleClass().add("map-view");
        getChildren().addAll(baseCanvas, ringCanvas, markerCanvas);
        ringCanvas.setMouseTransparent(true);
        markerCanvas.setMouseTransparent(true);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText("Map with range rings. Arrow keys pan, plus and minus zoom, 0 fits South Asia.");
        setMinSize(200, 200);
        setPrefSize(900, 700);
        Tooltip.install(this, tooltip);
        tooltip.setShowDelay(javafx.util.Duration.millis(200));

        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    // ---- state in -------------------------------------------------------------------------

    /** Sets both basemaps: the coarse one for the world, the fine one when zoomed in. */
    public void setBasemaps(Basemap coarse, Basemap fine) {
        cache.setBasemaps(coarse, fine);
        baseDirty = true;
        requestLayout();
    }

    /** Names (as in the basemap) of countries drawn tinted. */
    public void setTintedCountries(Set<String> names) {
        tintedCountryNames = Set.copyOf(names);
        baseDirty = true;
        requestLayout();
    }

    public void setRings(List<RingOverlay> newRings) {
        rings = List.copyOf(newRings);
        cache.setRings(rings);
        ringsDirty = true;
        requestLayout();
    }

    public void setMarkers(List<Marker> newMarkers) {
        markers = List.copyOf(newMarkers);
        markersDirty = true;
        requestLayout();
    }

    /**
     * Areas of the view (in its own coordinates) that labels must keep clear of, such as a legend
     * drawn over the map. Asked each time labels are placed.
     */
    public void setReservedAreas(java.util.function.Supplier<List<Bounds>> areas) {
        reservedAreas = Objects.requireNonNull(areas, "areas");
        markersDirty = true;
        ringsDirty = true;
        requestLayout();
    }

    public void setOnMarkerClicked(Consumer<Marker> handler) {
        onMarkerClicked = Objects.requireNonNull(handler, "handler");
    }

    /** Fits a lon/lat envelope into the view (now, or at the first layout when not yet sized). */
    public void fit(Envelope lonLat) {
        autoFit = lonLat;
        if (getWidth() <= 0 || getHeight() <= 0) {
            pendingFit = lonLat;
            return;
        }
        setViewport(Viewport.fit(cache.projectEnvelope(lonLat), getWidth(), getHeight()));
    }

    public void fitWorld() {
        fit(new Envelope(-180, 180, -85, 85));
    }

    // ---- state out ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public Viewport getViewport() {
        return viewport.get();
    }

    /** The rings currently drawn, in drawing order. */
    public List<RingOverlay> rings() {
        return rings;
    }

    /** The markers currently drawn. */
    public List<Marker> markers() {
        return markers;
    }

    /** Ids of the markers whose labels are shown after overlap removal. */
    public List<String> labelledMarkerIds() {
        return placedMarkers.stream().filter(PlacedLabel::labelShown).map(p -> p.marker().id()).toList();
    }

    /** The screen position of a geographic point in the current view, or null when not projectable. */
    public javafx.geometry.Point2D toScreen(GeoPoint p) {
        Coordinate c = cache.projectPoint(p);
        Viewport v = viewport.get();
        if (c == null || v == null) {
            return null;
        }
        return new javafx.geometry.Point2D(v.screenX(c.x), v.screenY(c.y));
    }

    // ---- layout and drawing ---------------------------------------------------------------

    private void setViewport(Viewport v) {
        viewport.set(v);
        baseDirty = true;
        ringsDirty = true;
        markersDirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w <= 0 || h <= 0) {
            return;
        }
        for (Canvas c : List.of(baseCanvas, ringCanvas, markerCanvas)) {
            if (c.getWidth() != w || c.getHeight() != h) {
                c.setWidth(w);
                c.setHeight(h);
                baseDirty = ringsDirty = markersDirty = true;
            }
        }
        if (pendingFit != null) {
            Envelope fit = pendingFit;
            pendingFit = null;
            viewport.set(Viewport.fit(cache.projectEnvelope(fit), w, h));
        } else if (viewport.get() == null) {
            viewport.set(Viewport.fit(cache.projectEnvelope(SOUTH_ASIA), w, h));
        } else if (viewport.get().width() != w || viewport.get().height() != h) {
            viewport.set(autoFit != null ? Viewport.fit(cache.projectEnvelope(autoFit), w, h)
                    : viewport.get().resized(w, h));
        }
        Viewport v = viewport.get();
        if (baseDirty) {
            drawBase(v);
            baseDirty = false;
        }
        if (ringsDirty) {
            drawRings(v);
            ringsDirty = false;
        }
        if (markersDirty) {
            drawMarkers(v);
            markersDirty = false;
        }
    }

    private boolean fineBasemap(Viewport v) {
        return v.scale() * cache.unitsPerDegree() >= FINE_BASEMAP_MIN_PIXELS_PER_DEGREE;
    }

    private void drawBase(Viewport v) {
        GraphicsContext g = baseCanvas.getGraphicsContext2D();
        g.setFill(MapColours.SEA);
        g.fillRect(0, 0, v.width(), v.height());
        Envelope visible = v.visible();
        List<ProjectedCache.ProjectedShape> shapes = cache.basemap(fineBasemap(v));
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
    }

    private void drawRings(Viewport v) {
        GraphicsContext g = ringCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, v.width(), v.height());
        Envelope visible = v.visible();
        List<Bounds> taken = new ArrayList<>(reservedAreas.get());
        for (RingOverlay ring : rings) {
            Geometry projected = cache.projectedRing(ring);
            if (projected == null || !projected.getEnvelopeInternal().intersects(visible)) {
                continue;
            }
            Color c = Palette.colour(ring.colourIndex());
            g.setFill(c.deriveColor(0, 1, 1, 0.10));
            g.setStroke(c);
            g.setLineWidth(2.2);
            drawGeometry(g, v, projected, true, true);
            drawRingLabel(g, v, ring, projected, c, taken);
        }
    }

    /**
     * Puts the label on the ring, on a light halo: at the ring's top-most visible point if there
     * is room, else its east-most, bottom-most or west-most one; hidden when none has room.
     */
    private void drawRingLabel(GraphicsContext g, Viewport v, RingOverlay ring, Geometry projected, Color c,
                               List<Bounds> taken) {
        Font font = Font.font("System", FontWeight.BOLD, 12);
        Bounds size = textBounds(ring.label(), font, 0, 0, TextAlignment.CENTER);
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
        // Candidate baselines: above the top, below the bottom, left of the east point, right of the west point.
        double[][] candidates = {
            {v.screenX(top.x), v.screenY(top.y) - 5},
            {v.screenX(bottom.x), v.screenY(bottom.y) + size.getHeight()},
            {v.screenX(east.x) - half - 6, v.screenY(east.y) + 4},
            {v.screenX(west.x) + half + 6, v.screenY(west.y) + 4},
        };
        for (double[] cand : candidates) {
            double sx = Math.max(half + 4, Math.min(v.width() - half - 4, cand[0]));
            double sy = Math.max(size.getHeight(), Math.min(v.height() - 4, cand[1]));
            Bounds b = textBounds(ring.label(), font, sx, sy, TextAlignment.CENTER);
            if (overlaps(b, taken)) {
                continue;
            }
            taken.add(b);
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BASELINE);
            g.setLineWidth(3);
            g.setStroke(Color.rgb(255, 255, 255, 0.85));
            g.strokeText(ring.label(), sx, sy);
            g.setFill(c.darker());
            g.fillText(ring.label(), sx, sy);
            return;
        }
    }

    private void drawMarkers(Viewport v) {
        GraphicsContext g = markerCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, v.width(), v.height());
        placedMarkers.clear();
        List<Marker> ordered = new ArrayList<>(markers);
        ordered.sort((a, b) -> a.kind().rank() != b.kind().rank() ? Integer.compare(a.kind().rank(), b.kind().rank())
                : Boolean.compare(b.highlighted(), a.highlighted()));
        // One pass in priority order: each marker takes room for its symbol, then for its label
        // (right of the symbol, else left). A lesser marker whose symbol would land on room
        // already taken (Rawalpindi beside Islamabad, a city under a capital's label) is left
        // out, and a label that finds no room is hidden: markers and labels never pile up.
        List<Bounds> taken = new ArrayList<>(reservedAreas.get());
        List<PlacedLabel> withLabels = new ArrayList<>();
        for (Marker m : ordered) {
            Coordinate c = cache.projectPoint(m.location());
            if (c == null) {
                continue;
            }
            double sx = v.screenX(c.x);
            double sy = v.screenY(c.y);
            if (sx < 0 || sy < 0 || sx > v.width() || sy > v.height()) {
                continue;
            }
            javafx.geometry.BoundingBox room = new javafx.geometry.BoundingBox(sx - 4.5, sy - 4.5, 9, 9);
            if (m.kind() != Marker.Kind.REPRESENTATIVE_POINT && overlaps(room, taken)) {
                continue;
            }
            taken.add(room);
            Font font = m.kind() == Marker.Kind.CITY ? Font.font("System", 11)
                    : Font.font("System", FontWeight.BOLD, m.kind() == Marker.Kind.REPRESENTATIVE_POINT ? 12 : 11);
            String text = labelText(m);
            Bounds b = textBounds(text, font, sx + LABEL_GAP, sy + 4, TextAlignment.LEFT);
            boolean shown = !overlaps(b, taken) && b.getMaxX() < v.width() && b.getMinY() > 0;
            if (!shown) {
                b = textBounds(text, font, sx - LABEL_GAP, sy + 4, TextAlignment.RIGHT);
                shown = !overlaps(b, taken) && b.getMinX() > 0 && b.getMinY() > 0;
            }
            if (shown) {
                taken.add(b);
            }
            withLabels.add(new PlacedLabel(m, sx, sy, shown, b, font, text));
        }
        placedMarkers.clear();
        placedMarkers.addAll(withLabels);
        for (PlacedLabel p : withLabels) {
            drawSymbol(g, p);
        }
        for (PlacedLabel p : withLabels) {
            if (p.labelShown()) {
                Marker m = p.marker();
                g.setFont(p.font());
                boolean right = p.bounds().getMinX() >= p.x();
                g.setTextAlign(right ? TextAlignment.LEFT : TextAlignment.RIGHT);
                g.setTextBaseline(VPos.BASELINE);
                double tx = right ? p.x() + LABEL_GAP : p.x() - LABEL_GAP;
                g.setLineWidth(3);
                g.setStroke(Color.rgb(255, 255, 255, 0.85));
                g.strokeText(p.text(), tx, p.y() + 4);
                g.setFill(m.highlighted() ? MapColours.HIGHLIGHT_TEXT : MapColours.LABEL);
                g.fillText(p.text(), tx, p.y() + 4);
            }
        }
    }

    private static String labelText(Marker m) {
        return m.kind() == Marker.Kind.REPRESENTATIVE_POINT ? m.label() + " (representative point)" : m.label();
    }

    private static void drawSymbol(GraphicsContext g, PlacedLabel p) {
        Marker m = p.marker();
        double x = p.x();
        double y = p.y();
        switch (m.kind()) {
            case REPRESENTATIVE_POINT -> {
                g.setFill(MapColours.REPRESENTATIVE);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.5);
                double r = 7;
                g.fillPolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}, 4);
                g.strokePolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}, 4);
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

    private static boolean overlaps(Bounds b, List<Bounds> taken) {
        for (Bounds t : taken) {
            if (t.intersects(b)) {
                return true;
            }
        }
        return false;
    }

    private static Bounds textBounds(String text, Font font, double x, double baselineY, TextAlignment align) {
        Text t = new Text(text);
        t.setFont(font);
        Bounds local = t.getLayoutBounds();
        double w = local.getWidth();
        double h = local.getHeight();
        double left = switch (align) {
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
            default -> x;
        };
        return new javafx.geometry.BoundingBox(left - 2, baselineY - h * 0.8 - 1, w + 4, h + 2);
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
            } else if (part.getNumGeometries() > 1 || part != geom) {
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

    private double maxScale() {
        return 2000 / cache.unitsPerDegree();
    }

    /** Zooms by a factor about a screen point (used by the wheel, the keys and tests). */
    public void zoomAbout(double screenX, double screenY, double factor) {
        Viewport v = viewport.get();
        if (v != null) {
            autoFit = null;
            setViewport(v.zoomAbout(screenX, screenY, factor, minScale(), maxScale()));
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
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - dragStartX;
        double dy = e.getY() - dragStartY;
        if (dragged || Math.hypot(dx, dy) > 3) {
            dragged = true;
            panByPixels(dx, dy);
            dragStartX = e.getX();
            dragStartY = e.getY();
        }
        e.consume();
    }

    private void onClicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        PlacedLabel hit = markerAt(e.getX(), e.getY());
        if (hit != null) {
            onMarkerClicked.accept(hit.marker());
            e.consume();
        }
    }

    private void onMoved(MouseEvent e) {
        PlacedLabel hit = markerAt(e.getX(), e.getY());
        if (hit == null) {
            tooltip.setText(null);
            tooltip.hide();
            return;
        }
        Marker m = hit.marker();
        String text = labelText(m) + (m.highlighted() ? "\nwithin a shown ring" : "");
        if (!text.equals(tooltip.getText())) {
            tooltip.setText(text);
        }
    }

    /** The marker whose symbol (or label) is under a screen point, representative points first. */
    private PlacedLabel markerAt(double x, double y) {
        for (PlacedLabel p : placedMarkers) {
            if (Math.hypot(p.x() - x, p.y() - y) <= 9 || (p.labelShown() && p.bounds().contains(x, y))) {
                return p;
            }
        }
        return null;
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
        if (k == KeyCode.LEFT) {
            panByPixels(PAN_STEP_PX, 0);
        } else if (k == KeyCode.RIGHT) {
            panByPixels(-PAN_STEP_PX, 0);
        } else if (k == KeyCode.UP) {
            panByPixels(0, PAN_STEP_PX);
        } else if (k == KeyCode.DOWN) {
            panByPixels(0, -PAN_STEP_PX);
        } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS || ch.equals("+")) {
            zoomAbout(cx, cy, ZOOM_STEP);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT || ch.equals("-")) {
            zoomAbout(cx, cy, 1 / ZOOM_STEP);
        } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
            fit(SOUTH_ASIA);
        } else {
            return;
        }
        e.consume();
    }

    /** A marker as placed on screen, with its label's room if the label is shown. */
    private record PlacedLabel(Marker marker, double x, double y, boolean labelShown, Bounds bounds, Font font,
                               String text) {
    }

    /** Used by tests to look at the shapes drawn. */
    Set<String> drawnCountryNames(boolean fine) {
        Set<String> names = new HashSet<>();
        for (ProjectedCache.ProjectedShape s : cache.basemap(fine)) {
            names.add(s.shape().name());
        }
        return names;
    }

    /** Whether the fine (1:50m) basemap is the one drawn at the current zoom. */
    public boolean showsFineBasemap() {
        Viewport v = viewport.get();
        return v != null && fineBasemap(v);
    }
}
