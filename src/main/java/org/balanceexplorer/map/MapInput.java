package org.balanceexplorer.map;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.balanceexplorer.geo.Orthographic;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.map.paint.LegendPainter;
import org.balanceexplorer.map.paint.Marker;
import org.balanceexplorer.map.paint.MarkerPainter;
import org.balanceexplorer.map.paint.ProjectedCache;
import org.balanceexplorer.map.paint.RingOverlay;
import org.balanceexplorer.map.paint.Viewport;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Turns the pointer and the keys on the map into intentions: zoom about a point, pan, turn the
 * globe, drag a launch point, measure, select a marker, fold the legend; and shows a tooltip over a
 * marker or a ring.
 *
 * <p>Thread safety: FX application thread only.
 */
final class MapInput {

    private static final double ZOOM_STEP = 1.25;
    private static final double PAN_STEP_PX = 80;
    /** How near (pixels) the pointer must be to a ring's line for its tooltip. */
    private static final double RING_HOVER_PX = 5;

    private final MapView map;
    Consumer<Marker> onMarkerClicked = m -> { };
    LaunchPointDragHandler onLaunchPointMoved = (c, p, r) -> { };
    Consumer<GeoPoint[]> onMeasure = pts -> { };
    Runnable onLegendToggled = () -> { };
    /** Made when first needed: a tooltip is a popup window, costly to make while the window starts. */
    private Tooltip tooltip;
    private boolean tooltipInstalled;
    private double dragStartX;
    private double dragStartY;
    private boolean dragged;
    private Marker draggedLaunchPoint;
    private GeoPoint measureStart;
    private double[] pointer;

    MapInput(MapView map) {
        this.map = map;
        map.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        map.addEventHandler(ZoomEvent.ZOOM, e -> {
            map.zoomAbout(x(e), y(e), e.getZoomFactor());
            e.consume();
        });
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        map.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        map.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (isArrow(e.getCode()) && map.requestedProjection() instanceof Orthographic globe) {
                map.turnTo(globe, true);
            }
        });
    }

    GeoPoint measureStart() {
        return measureStart;
    }

    double[] pointer() {
        return pointer;
    }

    void clearMeasureStart() {
        measureStart = null;
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        map.zoomAbout(x(e), y(e), e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
        e.consume();
    }

    /** An event's position in map units (the view's pixels divided by its UI scale). */
    private double x(javafx.scene.input.GestureEvent e) {
        return e.getX() / map.getUiScale();
    }

    private double y(javafx.scene.input.GestureEvent e) {
        return e.getY() / map.getUiScale();
    }

    private double x(MouseEvent e) {
        return e.getX() / map.getUiScale();
    }

    private double y(MouseEvent e) {
        return e.getY() / map.getUiScale();
    }

    private void onPressed(MouseEvent e) {
        map.requestFocus();
        dragStartX = x(e);
        dragStartY = y(e);
        dragged = false;
        draggedLaunchPoint = null;
        if (e.getButton() == MouseButton.PRIMARY && !map.measuringProperty().get()) {
            MarkerPainter.Placed hit = markerAt(x(e), y(e));
            if (hit != null && hit.marker().kind() == Marker.Kind.LAUNCH_POINT
                    && Math.hypot(hit.x() - x(e), hit.y() - y(e)) <= 10) {
                draggedLaunchPoint = hit.marker();
            }
        }
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = x(e) - dragStartX;
        double dy = y(e) - dragStartY;
        if (!dragged && Math.hypot(dx, dy) <= 3) {
            return;
        }
        dragged = true;
        if (draggedLaunchPoint != null) {
            GeoPoint to = map.toGeographic(x(e), y(e));
            if (to != null) {
                onLaunchPointMoved.moved(draggedLaunchPoint.countryId(), to, false);
            }
        } else if (map.requestedProjection() instanceof Orthographic globe) {
            turnGlobe(globe, dx, dy);
            dragStartX = x(e);
            dragStartY = y(e);
        } else {
            map.panByPixels(dx, dy);
            dragStartX = x(e);
            dragStartY = y(e);
        }
        e.consume();
    }

    /** Turns the globe by a drag of (dx, dy) pixels: the point under the pointer follows it. */
    private void turnGlobe(Orthographic globe, double dx, double dy) {
        Viewport v = map.getViewport();
        if (v == null) {
            return;
        }
        double degPerPx = 1 / v.scale() / (Projection.EARTH_RADIUS_METERS * Math.PI / 180);
        GeoPoint c = globe.centre();
        double lat = Math.max(-89, Math.min(89, c.latDeg() + dy * degPerPx));
        double lon = c.lonDeg() - dx * degPerPx / Math.max(0.2, Math.cos(Math.toRadians(c.latDeg())));
        map.turnTo(new Orthographic(GeoPoint.wrapped(lat, lon)), false);
    }

    private void onReleased(MouseEvent e) {
        if (draggedLaunchPoint == null && dragged && map.requestedProjection() instanceof Orthographic globe) {
            // The globe turned on the coarse basemap; now bring in the fine one.
            map.turnTo(globe, true);
        }
        if (draggedLaunchPoint != null && dragged) {
            GeoPoint to = map.toGeographic(x(e), y(e));
            onLaunchPointMoved.moved(draggedLaunchPoint.countryId(),
                    to != null ? to : draggedLaunchPoint.location(), true);
        }
        draggedLaunchPoint = null;
    }

    private void onClicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (onLegendTitle(x(e), y(e))) {
            onLegendToggled.run();
            e.consume();
            return;
        }
        if (map.measuringProperty().get()) {
            GeoPoint p = map.toGeographic(x(e), y(e));
            if (p == null) {
                return;
            }
            if (measureStart == null || map.measurementProperty().get() != null) {
                measureStart = p;
                map.setMeasurement(null);
            } else {
                onMeasure.accept(new GeoPoint[] {measureStart, p});
            }
            map.redrawTools();
            e.consume();
            return;
        }
        MarkerPainter.Placed hit = markerAt(x(e), y(e));
        if (hit != null) {
            onMarkerClicked.accept(hit.marker());
            e.consume();
        }
    }

    private void onMoved(MouseEvent e) {
        pointer = new double[] {x(e), y(e)};
        if (map.measuringProperty().get() && measureStart != null && map.measurementProperty().get() == null) {
            map.redrawTools();
        }
        String text = null;
        MarkerPainter.Placed hit = markerAt(x(e), y(e));
        if (hit != null) {
            Marker m = hit.marker();
            var words = map.layers().words();
            text = m.label() + (m.highlighted() ? "\n" + words.text("map.tip.withinRing") : "")
                    + (m.details().isEmpty() ? "" : "\n" + m.details())
                    + (m.kind() == Marker.Kind.LAUNCH_POINT ? "\n" + words.text("map.tip.dragLaunchPoint") : "");
        } else if (!onLegendTitle(x(e), y(e))) {
            RingOverlay ring = ringAt(x(e), y(e));
            if (ring != null) {
                text = ring.details();
            }
        } else {
            text = map.layers().words().text("map.tip.foldLegend");
        }
        // Installed only while the pointer is over something that has a tooltip: an installed
        // tooltip with no text still shows, as an empty box.
        if (text == null) {
            if (tooltipInstalled) {
                tooltip.hide();
                Tooltip.uninstall(map, tooltip);
                tooltipInstalled = false;
            }
            if (tooltip != null) {
                tooltip.setText(null);
            }
        } else {
            if (tooltip == null) {
                tooltip = new Tooltip();
                tooltip.setShowDelay(Duration.millis(200));
            }
            if (!text.equals(tooltip.getText())) {
                tooltip.setText(text);
            }
            if (!tooltipInstalled) {
                Tooltip.install(map, tooltip);
                tooltipInstalled = true;
            }
        }
    }

    /** The marker whose symbol (or label) is under a point of the map, launch points first. */
    private MarkerPainter.Placed markerAt(double x, double y) {
        for (MarkerPainter.Placed p : List.copyOf(map.layers().placedMarkers())) {
            if (Math.hypot(p.x() - x, p.y() - y) <= 9 || (p.labelShown() && p.bounds().contains(x, y))) {
                return p;
            }
        }
        return null;
    }

    /** The ring whose line passes within {@value #RING_HOVER_PX} pixels of a point of the map, or null. */
    private RingOverlay ringAt(double x, double y) {
        Viewport v = map.getViewport();
        if (v == null) {
            return null;
        }
        ProjectedCache cache = map.service().current();
        Point p = cache.factory().createPoint(new Coordinate(v.projectedX(x), v.projectedY(y)));
        double limit = RING_HOVER_PX / v.scale();
        List<RingOverlay> rings = map.rings();
        for (int i = rings.size() - 1; i >= 0; i--) {
            ProjectedCache.ProjectedRing pr = cache.projectedRing(rings.get(i));
            if (pr != null && pr.mainOutline() != null && pr.mainOutline().distance(p) <= limit) {
                return rings.get(i);
            }
        }
        return null;
    }

    /** Whether a point of the map lies on the legend's title bar. */
    private boolean onLegendTitle(double x, double y) {
        LegendPainter.Layout l = map.layers().legendLayout();
        return l != null && l.titleBar().contains(x, y);
    }

    private static boolean isArrow(KeyCode k) {
        return k == KeyCode.LEFT || k == KeyCode.RIGHT || k == KeyCode.UP || k == KeyCode.DOWN;
    }

    private void onKey(KeyEvent e) {
        Viewport v = map.getViewport();
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
            if (map.requestedProjection() instanceof Orthographic globe) {
                // The arrow keys turn the globe, as dragging it does (moving the disc aside would
                // show empty space); the finer basemap comes in when the key is let go.
                turnGlobe(globe, dx, dy);
            } else {
                map.panByPixels(dx, dy);
            }
        } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS || ch.equals("+")) {
            map.zoomAbout(cx, cy, ZOOM_STEP);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT || ch.equals("-")) {
            map.zoomAbout(cx, cy, 1 / ZOOM_STEP);
        } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
            map.fit(MapView.SOUTH_ASIA);
        } else if (k == KeyCode.ESCAPE && map.measuringProperty().get()) {
            measureStart = null;
            map.setMeasurement(null);
        } else {
            return;
        }
        e.consume();
    }
}
