package org.balanceexplorer.map;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.GeodesicPath;
import org.balanceexplorer.geo.Orthographic;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.map.paint.Box;
import org.balanceexplorer.map.paint.Legend;
import org.balanceexplorer.map.paint.LegendPainter;
import org.balanceexplorer.map.paint.MapColours;
import org.balanceexplorer.map.paint.MapPainter;
import org.balanceexplorer.map.paint.MapTheme;
import org.balanceexplorer.map.paint.RingPalette;
import org.balanceexplorer.map.paint.Marker;
import org.balanceexplorer.map.paint.ProjectedCache;
import org.balanceexplorer.map.paint.RingOverlay;
import org.balanceexplorer.map.paint.Viewport;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The interactive map: the shell round the painters. It holds what is shown (projection, rings,
 * markers, legend, measurement) and an immutable {@link Viewport}, hands projection work to a
 * {@link ProjectionService}, draws through {@link MapLayers} (one canvas per concern, each redrawn
 * by the painters of {@code map.paint} when marked dirty), and turns pointer and keys into
 * intentions ({@link MapInput}): pan, zoom, turn the globe, drag a launch point, measure.
 *
 * <p>Mouse: the wheel (or a pinch) zooms about the cursor; dragging pans, or moves a launch point
 * when it starts on one; clicking a marker reports it; clicking the legend's title folds it; in
 * measure mode two clicks measure. Keyboard (when focused): arrows pan (turn the globe),
 * {@code +}/{@code -} zoom, {@code 0} fits South Asia, {@code Esc} cancels a measurement.
 *
 * <p>Thread safety: FX application thread only.
 */
public final class MapView extends Region {

    /** South Asia and its neighbours, lon/lat degrees: the default view. */
    public static final Envelope SOUTH_ASIA = ViewFitting.SOUTH_ASIA;
    /** The world, lon/lat degrees (Mercator's clip keeps it within +-85 degrees). */
    public static final Envelope WORLD = ViewFitting.WORLD;

    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final ReadOnlyObjectWrapper<Projection> projection = new ReadOnlyObjectWrapper<>(this, "projection");
    private final BooleanProperty measuring = new SimpleBooleanProperty(this, "measuring");
    private final ReadOnlyObjectWrapper<GeodesicPath> measurement = new ReadOnlyObjectWrapper<>(this, "measurement");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ProjectionService service;
    private final MapLayers layers;
    private final MapInput input;
    private final MapContent content;
    private final MapLook look;
    private List<Geometry> disputed = List.of();
    private final ViewFitting fitting = new ViewFitting();

    public MapView(Projection initial) {
        Objects.requireNonNull(initial, "initial");
        service = new ProjectionService(initial, Platform::runLater, new MapServiceHost(this));
        projection.set(initial);
        layers = new MapLayers(this);
        content = new MapContent(this, service, layers);
        getStyleClass().add("map-view");
        look = new MapLook(this, () -> {
            setBackground(new Background(new BackgroundFill(FxSurface.fx(theme().backdrop()), CornerRadii.EMPTY,
                    Insets.EMPTY)));
            layers.markLook();
            requestLayout();
        });
        // An opaque background makes the map the root of any repaint that lies within it: the
        // renderer then starts here instead of painting the windows behind the map first (the
        // split pane's two-fill background is drawn stretched from a cached image, which in the
        // software pipeline cost more than the whole map at every step of a drag).
        setBackground(new Background(new BackgroundFill(FxSurface.fx(MapColours.BACKDROP), CornerRadii.EMPTY,
                Insets.EMPTY)));
        getChildren().addAll(layers.canvases());
        getChildren().add(new FocusMark(this));
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText("Map with range rings. Arrow keys pan, plus and minus zoom, 0 fits South Asia.");
        setMinSize(200, 200);
        setPrefSize(900, 700);
        input = new MapInput(this);
        measuring.addListener((o, a, on) -> {
            input.clearMeasureStart();
            setCursor(on ? Cursor.CROSSHAIR : Cursor.DEFAULT);
            layers.markTools();
            requestLayout();
        });
    }

    // ---- how it looks ----------------------------------------------------------------------

    /**
     * The UI scale: view pixels per map unit (1 for 100 %, 2 for 200 %). Lines, symbols, labels and
     * the legend grow by it and stay vector-sharp; the view's coordinates ({@link #toScreen},
     * {@link #toGeographic}, {@link #getViewport()}) are in map units, the view's pixels divided by it.
     */
    public DoubleProperty uiScaleProperty() {
        return look.uiScaleProperty();
    }

    public double getUiScale() {
        return look.uiScaleProperty().get();
    }

    /** The ring palette (standard Okabe-Ito or the colour-blind-safe one). */
    public ObjectProperty<RingPalette> ringPaletteProperty() {
        return look.paletteProperty();
    }

    /** The colours and palette the map paints in now (its colours come from the stylesheet). */
    public MapTheme theme() {
        return look.theme();
    }

    MapLook look() {
        return look;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return MapLook.cssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return MapLook.cssMetaData();
    }

    // ---- state in -------------------------------------------------------------------------

    /** Sets both basemaps: the coarse one for the world, the fine one when zoomed in. */
    public void setBasemaps(Basemap coarseMap, Basemap fineMap) {
        service.setBasemaps(coarseMap, fineMap);
        service.switchTo(service.requested(), false, false);
    }

    /**
     * Switches the projection, keeping the same place in the centre of the view and about the
     * same scale there. The basemap, graticule and rings are projected on a background thread;
     * the old view stays until the new one is ready ({@link #busyProperty()}). Asking again for the
     * projection last asked for does nothing.
     */
    public void setProjection(Projection next) {
        Objects.requireNonNull(next, "next");
        if (!next.equals(service.requested())) {
            service.switchTo(service.keptGlobeNear(next), false, false);
        }
    }

    /** The projection last asked for (the one shown, {@link #projectionProperty()}, may still be on its way). */
    public Projection requestedProjection() {
        return service.requested();
    }

    /** Shows a turned globe at once on the coarse basemap ({@code settled}: then the fine one too). */
    void turnTo(Orthographic globe, boolean settled) {
        service.switchTo(globe, !settled, true);
    }

    /** Makes a projected cache the current one and centres the view as the switch asked. */
    void adoptProjection(Projection next, ProjectedCache ready, Coordinate centreLonLat,
                                 boolean centreOnProjection, List<RingOverlay> ringSnapshot) {
        service.setCurrent(ready);
        projection.set(next);
        if (content.rings() != ringSnapshot) {
            content.setRings(content.rings());
        }
        // Only the projection the fit waited for: another may be adopted first (the current one,
        // its basemap projected again).
        Viewport v = fitting.adopted(viewport.get(), next, ready, next.equals(service.requested()), centreLonLat,
                centreOnProjection);
        if (v != null) {
            viewport.set(v);
        }
        layers.markAll();
        requestLayout();
    }

    /**
     * Projects the coarse basemap, graticule and disputed lines for projections the user may switch
     * to, in the background and one after another, so that a first switch to them is immediate.
     */
    public void prepare(List<Projection> likely) {
        service.prepare(likely);
    }

    /** Whether projections are being prepared in the background (see {@link #prepare}). */
    public boolean preparing() {
        return service.preparing();
    }

    /**
     * Whether rings or a projection switch are being projected: when false, what is drawn shows the
     * current projection and rings (the 1:50m basemap may still be on its way: {@link #busyProperty()}).
     */
    public boolean projectsRings() {
        return content.projecting() || service.switching();
    }

    /** Whether geometry is being projected in the background (a projection switch, new rings). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Names (as in the basemap) of countries drawn tinted. */
    public void setTintedCountries(Set<String> names) {
        layers.setTinted(Set.copyOf(names));
        requestLayout();
    }

    /** Lines drawn in the "disputed" style (lon/lat), derived by {@code geo} from the basemap. */
    public void setDisputedLines(List<Geometry> lines) {
        disputed = List.copyOf(lines);
        service.setDisputed(disputed);
        redrawGround();
    }

    /** Adds the finer basemap after the fact (it is read after the window opens). */
    public void setFineBasemap(Basemap fineMap) {
        service.setFineBasemap(fineMap);
        redrawGround();
    }

    void redrawGround() {
        layers.markBase();
        requestLayout();
    }

    /** Shows rings; they are projected on a background thread and drawn when ready. */
    public void setRings(List<RingOverlay> newRings) {
        content.setRings(newRings);
    }

    /**
     * Shows markers. While rings are being projected the markers wait for them, so that a dragged
     * launch point and its rings appear in the same frame.
     */
    public void setMarkers(List<Marker> newMarkers) {
        content.setMarkers(newMarkers);
    }

    /** The legend's content; null for none. */
    public void setLegend(Legend legend) {
        layers.setLegend(legend);
        requestLayout();
    }

    /** The language of the words the map paints itself (scale bar, measurement); English unless set. */
    public void setWords(org.balanceexplorer.map.paint.Words words) {
        layers.setWords(words);
        requestLayout();
    }

    /** Where the legend stands and whether it is folded to its title bar. */
    public void setLegendPlacement(boolean right, boolean bottom, boolean collapsed) {
        layers.setLegendPlacement(right, bottom, collapsed);
        requestLayout();
    }

    /** Called when the user clicks the legend's title bar (to fold or unfold it). */
    public void setOnLegendToggled(Runnable handler) {
        input.onLegendToggled = Objects.requireNonNull(handler, "handler");
    }

    public void setOnMarkerClicked(Consumer<Marker> handler) {
        input.onMarkerClicked = Objects.requireNonNull(handler, "handler");
    }

    public void setOnLaunchPointMoved(LaunchPointDragHandler handler) {
        input.onLaunchPointMoved = Objects.requireNonNull(handler, "handler");
    }

    /** Receives the two points of a measurement; the caller computes it off the FX thread and calls {@link #setMeasurement}. */
    public void setOnMeasure(Consumer<GeoPoint[]> handler) {
        input.onMeasure = Objects.requireNonNull(handler, "handler");
    }

    /** Fits a lon/lat envelope into the view (now, or at the first layout when not yet sized). */
    public void fit(Envelope lonLat) {
        Viewport v = fitting.fit(lonLat, service.current(), service.requested(), getWidth() / getUiScale(),
                getHeight() / getUiScale());
        if (v != null) {
            setViewport(v);
        }
    }

    public void fitWorld() {
        fit(WORLD);
    }

    /** The envelope last fitted while the view has not been panned or zoomed since; else null. */
    public Envelope fittedEnvelope() {
        return fitting.fitted();
    }

    /**
     * Shows a view of a given centre and scale (a saved scene's), keeping it on resize no more
     * than any panned view does.
     *
     * @param metresPerPixel projected units per pixel, positive
     */
    public void showAt(GeoPoint centre, double metresPerPixel) {
        Viewport v = fitting.at(viewport.get(), service.current(), centre, metresPerPixel);
        if (v != null) {
            setViewport(v);
        }
    }

    /** Whether clicks measure (two clicks: geodesic distance and initial bearing) instead of selecting. */
    public BooleanProperty measuringProperty() {
        return measuring;
    }

    /** Shows a measurement (computed off the FX thread by the caller), or none. */
    public void setMeasurement(GeodesicPath path) {
        measurement.set(path);
        service.current().setMeasurement(path == null ? null : path.geographic());
        layers.markTools();
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
        return content.rings();
    }

    /** The lines drawn in the disputed style (lon/lat). */
    public List<Geometry> disputedLines() {
        return disputed;
    }

    /** The markers currently drawn. */
    public List<Marker> markers() {
        return content.markers();
    }

    /** The legend as laid out on the map at the last frame, or empty before the first. */
    public Optional<LegendPainter.Layout> legendLayout() {
        return Optional.ofNullable(layers.legendLayout());
    }

    /** Where a marker's symbol is drawn, in this view's coordinates; empty when it is not drawn. */
    public Optional<Point2D> drawnMarker(String markerId) {
        return layers.placedMarkers().stream().filter(p -> p.marker().id().equals(markerId)).findFirst()
                .map(p -> new Point2D(p.x(), p.y()));
    }

    /** The room of each ring label drawn (a ring whose label finds no room has none). */
    public List<Bounds> ringLabelBounds() {
        return layers.ringLabelBoxes().stream().map(MapView::bounds).toList();
    }

    /** The room of each marker label shown, after labels that would overlap were hidden. */
    public List<Bounds> shownLabelBounds() {
        return layers.placedMarkers().stream().filter(p -> p.labelShown()).map(p -> bounds(p.bounds())).toList();
    }

    /** The room the measurement's text takes on the map, if a measurement is shown. */
    public Optional<Bounds> measureLabelBounds() {
        return Optional.ofNullable(layers.measureLabel()).map(MapView::bounds);
    }

    static Bounds bounds(Box b) {
        return new BoundingBox(b.x(), b.y(), b.width(), b.height());
    }

    /** The position in this view of a geographic point, or null when not visible in the projection. */
    public Point2D toScreen(GeoPoint p) {
        Viewport v = viewport.get();
        double[] xy = v == null ? null : MapPainter.screen(service.current(), v, p);
        return xy == null ? null : new Point2D(xy[0], xy[1]);
    }

    /** The geographic point under a position in this view, or null off the map (e.g. beyond a globe's edge). */
    public GeoPoint toGeographic(double x, double y) {
        Viewport v = viewport.get();
        return v == null ? null : MapPainter.toGeographic(service.current().projection(), v, x, y);
    }

    /** Whether the last basemap drawn was the fine (1:50m) one (it follows the coarse one once projected). */
    public boolean drewFineBasemap() {
        return layers.drewFine();
    }

    /** Whether the fine (1:50m) basemap is the one wanted at the current zoom. */
    public boolean showsFineBasemap() {
        Viewport v = viewport.get();
        return v != null && fineBasemap(v);
    }

    // ---- layout, view changes -------------------------------------------------------------

    ProjectionService service() {
        return service;
    }

    MapLayers layers() {
        return layers;
    }

    MapContent content() {
        return content;
    }

    void setBusy(boolean on) {
        busy.set(on);
    }

    boolean fineBasemap(Viewport v) {
        // From this many pixels per degree on, the finer (1:50m) basemap is drawn (as in exports).
        return v.scale() * service.current().unitsPerDegree() >= MapPainter.FINE_BASEMAP_MIN_PIXELS_PER_DEGREE;
    }

    void setViewport(Viewport v) {
        viewport.set(v);
        layers.markAll();
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w <= 0 || h <= 0) {
            return;
        }
        layers.resize(w, h);
        Viewport v = fitting.laidOut(viewport.get(), service.current(), w / getUiScale(), h / getUiScale());
        if (v != viewport.get()) {
            viewport.set(v);
        }
        layers.draw(viewport.get(), service.current(), content.rings(), content.markers(), measurement.get(),
                measuring.get() ? input.measureStart() : null, input.pointer());
    }

    /** Zooms by a factor about a point of this view (used by the wheel, pinch, keys and tests). */
    public void zoomAbout(double x, double y, double factor) {
        Viewport v = viewport.get();
        if (v != null) {
            fitting.moved();
            setViewport(v.zoomAbout(x, y, factor, ViewFitting.minScale(service.current()),
                    ViewFitting.maxScale(service.current())));
        }
    }

    /** Pans by pixels (used by dragging, the arrow keys and tests). */
    public void panByPixels(double dx, double dy) {
        Viewport v = viewport.get();
        if (v != null) {
            fitting.moved();
            setViewport(v.panByPixels(dx, dy));
        }
    }

    /** Redraws the measure tool's layer at the next pulse. */
    void redrawTools() {
        layers.markTools();
        requestLayout();
    }
}
