package org.balanceexplorer.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.balanceexplorer.map.paint.Marker;
import org.balanceexplorer.map.paint.Overlays;
import org.balanceexplorer.map.paint.RingOverlay;
import org.balanceexplorer.state.RingResults;

/**
 * Turns computed rings into what the map draws: ring overlays (with their labels, tooltips and
 * legend headings) and markers (launch points and places, those inside a ring highlighted), worded by
 * {@link Overlays} as the exports word them. The same computed ring keeps the same overlay, so that
 * the map does not project it again.
 *
 * <p>Thread safety: FX application thread only.
 */
final class RingOverlays {

    private final ExplorerViewModel model;
    private Map<RingResults.ComputedRing, RingOverlay> byRing = new IdentityHashMap<>();

    RingOverlays(ExplorerViewModel model) {
        this.model = model;
    }

    /** The overlays of a computation's rings, in the order shown. */
    List<RingOverlay> overlays(RingResults r) {
        List<RingOverlay> out = new ArrayList<>();
        Map<RingResults.ComputedRing, RingOverlay> previous = byRing;
        byRing = new IdentityHashMap<>();
        for (RingResults.ComputedRing c : r.rings()) {
            RingOverlay overlay = previous.get(c);
            if (overlay == null) {
                overlay = overlay(c);
            }
            byRing.put(c, overlay);
            out.add(overlay);
        }
        return out;
    }

    private RingOverlay overlay(RingResults.ComputedRing c) {
        var words = I18n.mapWords();
        return Overlays.ring(c, Overlays.legendGroup(model.dataset(), model.state(), c.system(), words),
                Overlays.launchLabel(model.dataset(), model.state(), c.system().country(), words), words);
    }

    /** The markers: each country's launch point, then every place that is not one. */
    List<Marker> markers(RingResults r) {
        return Overlays.markers(model.dataset(), model.state(), r, I18n.mapWords());
    }
}
