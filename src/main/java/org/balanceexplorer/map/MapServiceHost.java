package org.balanceexplorer.map;

import java.util.List;
import org.balanceexplorer.geo.GeodesicPath;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.map.paint.ProjectedCache;
import org.balanceexplorer.map.paint.RingOverlay;
import org.balanceexplorer.map.paint.Viewport;
import org.locationtech.jts.geom.Coordinate;

/**
 * What the projection service asks of a map view: where its centre is and how far it sees, what it
 * draws, and where to hand a prepared projection back.
 *
 * <p>Thread safety: FX application thread only (the service calls it there).
 */
final class MapServiceHost implements ProjectionService.Host {

    private final MapView view;

    MapServiceHost(MapView view) {
        this.view = view;
    }

    @Override
    public Coordinate centreLonLat() {
        Viewport v = view.getViewport();
        return v == null ? null : view.service().current().projection().inverse(v.centerX(), v.centerY());
    }

    @Override
    public double viewRadiusMeters() {
        Viewport v = view.getViewport();
        return v == null ? Double.POSITIVE_INFINITY : Math.hypot(v.width(), v.height()) / 2 / v.scale();
    }

    @Override
    public void redrawBase(ProjectedCache cache) {
        if (cache == view.service().current()) {
            view.redrawGround();
        }
    }

    @Override
    public List<RingOverlay> rings() {
        return view.content().rings();
    }

    @Override
    public boolean ringAreas() {
        return view.content().ringAreas();
    }

    @Override
    public GeodesicPath measurement() {
        return view.measurementProperty().get();
    }

    @Override
    public void adopt(Projection next, ProjectedCache ready, Coordinate centreLonLat, boolean centreOnProjection,
                      List<RingOverlay> ringSnapshot) {
        view.adoptProjection(next, ready, centreLonLat, centreOnProjection, ringSnapshot);
    }

    @Override
    public void busy(boolean on) {
        view.setBusy(on);
    }

    @Override
    public void switchEnded() {
        view.content().switchEnded();
    }
}
