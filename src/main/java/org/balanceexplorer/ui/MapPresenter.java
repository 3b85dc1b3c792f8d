package org.balanceexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.balanceexplorer.geo.Orthographic;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.map.paint.Legend;
import org.balanceexplorer.map.paint.Marker;
import org.balanceexplorer.map.paint.RingOverlay;
import org.balanceexplorer.map.paint.Viewport;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.state.FitRegion;
import org.balanceexplorer.state.LegendCorner;
import org.balanceexplorer.state.LegendLayout;
import org.balanceexplorer.state.MapFrame;
import org.balanceexplorer.state.ProjectionChoice;
import org.balanceexplorer.state.ProjectionKind;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.ViewState;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws the map from the view state and turns what the user does on the map back into the next
 * state: the projection, the part of the map in view, the rings, markers and legend, the legend's
 * place. The map is the view; the state is the truth.
 *
 * <p>Thread safety: FX application thread only.
 */
final class MapPresenter {

    private final ExplorerViewModel model;
    private final MapView map;
    private final RingOverlays overlays;
    private final boolean disputedLines;
    private List<Marker> referencePoints = List.of();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Legend> legend =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "legend");
    /** While the state is being updated from the map, it is not applied back to it. */
    private boolean fromMap;
    /**
     * Restarted by every change of the view or of a launch point; when it runs out, projections are
     * prepared. Shorter than a hand takes to open the projection menu and choose from it, so that
     * the globe centred on a view just reached is ready when it is asked for.
     */
    private final PauseTransition settled = new PauseTransition(Duration.millis(300));

    MapPresenter(ExplorerViewModel model, MapView map, boolean disputedLines) {
        this.model = model;
        this.map = map;
        this.overlays = new RingOverlays(model);
        this.disputedLines = disputedLines;
        map.setOnMarkerClicked(m -> {
            if (model.dataset().country(m.countryId()).isPresent()) {
                model.selectCountry(m.countryId());
            }
            if (m.kind() != Marker.Kind.LAUNCH_POINT && model.dataset().place(m.id()).isPresent()) {
                model.selectPlace(m.id());
            }
        });
        map.setOnLaunchPointMoved((country, to, released) -> {
            model.moveLaunchPoint(country, to, !released);
            if (released && model.state().projection().kind() == ProjectionKind.AZIMUTHAL_EQUIDISTANT
                    && country.equals(model.focusCountry())) {
                choose(ProjectionKind.AZIMUTHAL_EQUIDISTANT);
            }
        });
        map.setOnMeasure(points -> model.measure(points[0], points[1]));
        model.measurementProperty().addListener((o, a, path) -> map.setMeasurement(path));
        map.measuringProperty().addListener((o, a, on) -> {
            if (!on) {
                model.clearMeasurement();
            }
        });
        map.setOnLegendToggled(() -> model.update(s -> s.withLegend(new LegendLayout(s.legend().corner(),
                !s.legend().collapsed()))));
        // What the user does on the map becomes the state: a turned globe, a pan or zoom, a fit.
        map.projectionProperty().addListener((o, a, p) -> {
            if (p instanceof Orthographic globe && p.equals(map.requestedProjection())) {
                fromMap(s -> s.withProjection(new ProjectionChoice(ProjectionKind.ORTHOGRAPHIC, globe.centre())));
            }
        });
        map.viewportProperty().addListener((o, a, v) -> fromMap(s -> s.withFrame(frameOf(v))));

        model.stateProperty().addListener((o, before, now) -> {
            if (!fromMap) {
                apply(before, now);
            }
        });
        model.ringsProperty().addListener((o, a, r) -> showRings(r));
        apply(null, model.state());
        showRings(model.ringsProperty().get());

        // Once the opening view is drawn, prepare the other projections in the background; then
        // again whenever the view or a launch point has settled.
        PauseTransition later = new PauseTransition(Duration.seconds(2));
        later.setOnFinished(e -> {
            prepareProjections();
            map.viewportProperty().addListener((o, a, b) -> settled.playFromStart());
            model.ringsProperty().addListener((o, a, r) -> {
                if (!r.preview()) {
                    settled.playFromStart();
                }
            });
        });
        later.play();
        settled.setOnFinished(e -> prepareProjections());
    }

    private void fromMap(java.util.function.UnaryOperator<ViewState> action) {
        fromMap = true;
        try {
            model.update(action);
        } finally {
            fromMap = false;
        }
    }

    /** The state's frame for a viewport: fitted while the map keeps a region fitted, else its centre and scale. */
    private MapFrame frameOf(Viewport v) {
        Envelope fitted = map.fittedEnvelope();
        if (MapView.SOUTH_ASIA.equals(fitted)) {
            return MapFrame.fitted(FitRegion.SOUTH_ASIA);
        }
        if (MapView.WORLD.equals(fitted)) {
            return MapFrame.fitted(FitRegion.WORLD);
        }
        GeoPoint centre = v == null ? null : map.toGeographic(v.width() / 2, v.height() / 2);
        return centre == null ? model.state().frame() : MapFrame.at(centre, 1 / v.scale());
    }

    /** Brings the map to a state (from the start-up arguments, a menu, a scene). */
    private void apply(ViewState before, ViewState now) {
        if (before == null || !before.projection().equals(now.projection())) {
            map.setProjection(now.projection().toProjection());
        }
        if (before == null || !before.frame().equals(now.frame())) {
            MapFrame f = now.frame();
            if (f.fit() != null) {
                map.fit(envelope(f.fit()));
            } else {
                map.showAt(f.centre(), f.metresPerPixel());
            }
        }
        if (before == null || !before.legend().equals(now.legend())) {
            LegendCorner c = now.legend().corner();
            map.setLegendPlacement(c == LegendCorner.BOTTOM_RIGHT || c == LegendCorner.TOP_RIGHT,
                    c == LegendCorner.BOTTOM_LEFT || c == LegendCorner.BOTTOM_RIGHT, now.legend().collapsed());
        }
        if (before == null || !before.rings().equals(now.rings())) {
            showLegend(legend(map.rings()));
        }
    }

    static Envelope envelope(FitRegion r) {
        return new Envelope(r.minLonDeg(), r.maxLonDeg(), r.minLatDeg(), r.maxLatDeg());
    }

    private void showRings(RingResults r) {
        List<RingOverlay> shown = overlays.overlays(r);
        showLegend(legend(shown));
        map.setRings(shown);
        map.setMarkers(markers(r));
    }

    private List<Marker> markers(RingResults r) {
        List<Marker> all = new ArrayList<>(overlays.markers(r));
        all.addAll(referencePoints);
        return all;
    }

    /** Shows points other panels measure from (the reach table's nearest points of a territory) with the markers. */
    void setReferencePoints(List<Marker> points) {
        if (!points.equals(referencePoints)) {
            referencePoints = List.copyOf(points);
            map.setMarkers(markers(model.ringsProperty().get()));
        }
    }

    private void showLegend(Legend l) {
        map.setLegend(l);
        legend.set(l);
    }

    /** The legend the map paints now (for the legend as a list). */
    javafx.beans.value.ObservableValue<Legend> legendProperty() {
        return legend.getReadOnlyProperty();
    }

    private Legend legend(List<RingOverlay> rings) {
        var o = model.state().rings();
        return Legend.of(rings, new Legend.Options(o.bands(), o.claimRings(), o.envelopes(), o.naive(), disputedLines),
                I18n.mapWords());
    }

    /**
     * Switches the map's projection: the azimuthal equidistant view centred on the launch point in
     * focus, the globe on the place now in the middle of the view (whole degrees), the others as
     * they are.
     */
    void choose(ProjectionKind kind) {
        model.update(s -> s.withProjection(choice(kind)));
    }

    private ProjectionChoice choice(ProjectionKind kind) {
        GeoPoint centre = switch (kind) {
            case AZIMUTHAL_EQUIDISTANT -> model.launchPoint(model.focusCountry());
            case ORTHOGRAPHIC -> {
                Viewport v = map.getViewport();
                GeoPoint mid = v == null ? null : map.toGeographic(v.width() / 2, v.height() / 2);
                yield wholeDegrees(mid != null ? mid : model.launchPoint(model.focusCountry()));
            }
            default -> new GeoPoint(0, 0);
        };
        return new ProjectionChoice(kind, centre);
    }

    /**
     * A globe centred on whole degrees: indistinguishable on screen, and the globe drawn for the
     * opening view can be prepared in advance and reused.
     */
    private static GeoPoint wholeDegrees(GeoPoint p) {
        return GeoPoint.wrapped(Math.max(-89, Math.min(89, Math.round(p.latDeg()))), Math.round(p.lonDeg()));
    }

    /** Prepares, in the background, the projections the menu offers for the view as it is. */
    private void prepareProjections() {
        List<Projection> likely = new ArrayList<>();
        for (ProjectionKind k : ProjectionKind.values()) {
            likely.add(choice(k).toProjection());
        }
        map.prepare(likely);
    }
}
