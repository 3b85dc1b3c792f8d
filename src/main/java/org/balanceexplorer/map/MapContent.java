package org.balanceexplorer.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balanceexplorer.map.paint.Marker;
import org.balanceexplorer.map.paint.ProjectedCache;
import org.balanceexplorer.map.paint.RingOverlay;
import org.balanceexplorer.map.paint.RingPainter;

/**
 * What the map shows of the rings and markers, and their hand-over: new rings are projected on
 * the projection thread before they replace the old ones, and markers wait for the rings being
 * projected, so that a dragged launch point and its rings appear in the same frame.
 *
 * <p>Thread safety: FX application thread only.
 */
final class MapContent {

    private final MapView view;
    private final ProjectionService service;
    private final MapLayers layers;
    private List<RingOverlay> rings = List.of();
    private List<Marker> markers = List.of();
    /** Markers that wait for the rings being projected. */
    private List<Marker> pendingMarkers;
    private int ringJobs;
    /**
     * Rings set while a projection switch was on its way: projected once, onto the projection
     * that arrives (it re-projects the rings it was not given), not first onto the one it replaces.
     * At start-up this spared a second projection of the first rings, which left the map busy
     * for one more frame.
     */
    private boolean awaitingSwitch;

    MapContent(MapView view, ProjectionService service, MapLayers layers) {
        this.view = view;
        this.service = service;
        this.layers = layers;
    }

    List<RingOverlay> rings() {
        return rings;
    }

    List<Marker> markers() {
        return markers;
    }

    /** Whether rings are being projected (or wait for a projection on its way). */
    boolean projecting() {
        return ringJobs > 0 || awaitingSwitch;
    }

    /** Whether projected rings need their areas: shaded only while a few are shown. */
    boolean ringAreas() {
        return rings.size() <= RingPainter.MAX_FILLED_RINGS;
    }

    void setRings(List<RingOverlay> newRings) {
        List<RingOverlay> snapshot = List.copyOf(newRings);
        rings = snapshot;
        if (service.switching()) {
            awaitingSwitch = true;
            return;
        }
        awaitingSwitch = false;
        ProjectedCache target = service.current();
        Map<RingOverlay, ProjectedCache.ProjectedRing> known = target.knownRings();
        boolean areas = ringAreas();
        ringJobs++;
        service.submit(() -> target.projectRings(snapshot, known, areas), projected -> {
            ringJobs--;
            if (target == service.current() && rings == snapshot) {
                target.adoptRings(projected);
                layers.ringsChanged(known.keySet(), snapshot);
                view.requestLayout();
            }
            applyPendingMarkers();
        }, () -> {
            ringJobs--;
            applyPendingMarkers();
        });
    }

    /** The switch the rings waited for ended without being adopted: they go onto the projection shown. */
    void switchEnded() {
        if (awaitingSwitch && !service.switching()) {
            setRings(rings);
        }
    }

    void setMarkers(List<Marker> newMarkers) {
        List<Marker> next = List.copyOf(newMarkers);
        if (ringJobs > 0 || awaitingSwitch) {
            pendingMarkers = next;
            return;
        }
        applyMarkers(next);
    }

    private void applyPendingMarkers() {
        if (ringJobs == 0 && !awaitingSwitch && pendingMarkers != null) {
            List<Marker> next = pendingMarkers;
            pendingMarkers = null;
            applyMarkers(next);
        }
    }

    private void applyMarkers(List<Marker> next) {
        Map<String, Marker> before = new HashMap<>();
        markers.forEach(m -> before.put(m.id(), m));
        markers = next;
        layers.markersChanged(before, next);
        view.requestLayout();
    }
}
