package org.balanceexplorer.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balanceexplorer.geo.Orthographic;
import org.balanceexplorer.map.paint.Legend;
import org.balanceexplorer.map.paint.MapPainter;
import org.balanceexplorer.map.paint.Overlays;
import org.balanceexplorer.map.paint.ProjectedCache;
import org.balanceexplorer.map.paint.RingOverlay;
import org.balanceexplorer.map.paint.RingPainter;
import org.balanceexplorer.map.paint.Viewport;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.state.FitRegion;
import org.balanceexplorer.state.LegendCorner;
import org.balanceexplorer.state.MapFrame;
import org.balanceexplorer.state.RingComputation;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.ViewState;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A view state made into one picture of the map, with no window: the rings computed as the window
 * computes them ({@link RingComputation}), worded as the window words them ({@link Overlays}),
 * projected into a {@link ProjectedCache} and framed as the view state says, for
 * {@link MapPainter#paint} on any surface. Each ring's label carries the numbers of the claims
 * behind it, which the export's {@link References} resolve.
 *
 * <p>Thread safety: one call at a time per {@link RingComputation}; the result is immutable.
 */
public final class MapRender {

    private MapRender() {
    }

    /**
     * A picture ready to paint, with the references it shows.
     *
     * @param picture the map
     * @param rings   the rings computed
     * @param shown   the references of the claims behind the rings drawn, by ring
     * @param cited   the references the page cites
     */
    public record Prepared(MapPainter.Picture picture, RingResults rings, List<References.Reference> shown,
                           List<References.Reference> cited) {
    }

    /**
     * Prepares a page's map at a size.
     *
     * @param width  view width, pixels at 1x (points on a PDF page), positive
     * @param height view height, positive
     * @param refs   where the claims shown are numbered
     * @throws IllegalArgumentException when the page cites a claim the dataset lacks, or the view's
     *                                  centre is not on the map in its projection
     */
    public static Prepared prepare(ExportContext ctx, RingComputation computation, Page page, double width,
                                   double height, References refs, String pageName) {
        ViewState state = page.state();
        RingResults results = computation.compute(state, false, () -> false, RingComputation.Progress.NONE);
        List<RingOverlay> overlays = new ArrayList<>();
        List<References.Reference> shown = new ArrayList<>();
        for (RingResults.ComputedRing c : results.rings()) {
            List<References.Reference> behind = new ArrayList<>();
            ClaimIds.of(c.system(), FigureKind.RANGE_KM).forEach(f -> behind.add(refs.add(f)));
            shown.addAll(behind);
            RingOverlay o = Overlays.ring(c, Overlays.legendGroup(ctx.dataset(), state, c.system()));
            overlays.add(new RingOverlay(o.systemId(), o.label() + " " + References.marks(behind), o.details(),
                    o.styleIndex(), o.geographic(), o.band(), o.claimRings(), o.naiveCircle(), o.envelope(),
                    o.centre(), o.legendGroup(), o.disputed()));
        }
        List<References.Reference> cited = refs.addCited(page.citedClaimIds(), pageName);

        ProjectedCache cache = new ProjectedCache(state.projection().toProjection());
        cache.setBasemaps(ctx.coarse(), null);
        Viewport v = viewport(cache, state.frame(), width, height);
        boolean fine = v.scale() * cache.unitsPerDegree() >= MapPainter.FINE_BASEMAP_MIN_PIXELS_PER_DEGREE;
        if (fine) {
            cache.setFineSource(ctx.fine());
            cache.claimFineProjection();
            cache.adoptFine(cache.projectFine());
        }
        cache.setDisputed(ctx.disputed(fine));
        cache.adoptRings(cache.projectRings(overlays, Map.of(), overlays.size() <= RingPainter.MAX_FILLED_RINGS));
        if (state.measurement() != null) {
            cache.setMeasurement(RingComputation.measure(state.measurement()).geographic());
        }
        var o = state.rings();
        Legend legend = Legend.of(overlays, new Legend.Options(o.bands(), o.claimRings(), o.envelopes(), o.naive(),
                !ctx.disputed(fine).isEmpty()));
        LegendCorner corner = state.legend().corner();
        MapPainter.Picture picture = new MapPainter.Picture(v, cache, fine, Overlays.tinted(ctx.dataset()), overlays,
                Overlays.markers(ctx.dataset(), state, results), legend,
                corner == LegendCorner.BOTTOM_RIGHT || corner == LegendCorner.TOP_RIGHT,
                corner == LegendCorner.BOTTOM_LEFT || corner == LegendCorner.BOTTOM_RIGHT, state.legend().collapsed(),
                state.measurement() == null ? null : RingComputation.measure(state.measurement()));
        return new Prepared(picture, results, shown, cited);
    }

    /** The viewport a frame gives at a size: a region fitted, or a centre and scale (as the window's map does). */
    static Viewport viewport(ProjectedCache cache, MapFrame frame, double width, double height) {
        if (frame.fit() != null) {
            FitRegion r = frame.fit();
            Envelope lonLat = new Envelope(r.minLonDeg(), r.maxLonDeg(), r.minLatDeg(), r.maxLatDeg());
            // The world on the globe is the whole disc (as map.ViewFitting fits it).
            Envelope projected = r == FitRegion.WORLD && cache.projection() instanceof Orthographic
                    ? cache.projection().worldBounds() : cache.projectEnvelope(lonLat);
            return Viewport.fit(projected, width, height);
        }
        Coordinate c = cache.projectPoint(frame.centre());
        if (c == null) {
            throw new IllegalArgumentException("the view's centre " + frame.centre()
                    + " is not on the map in this projection");
        }
        return new Viewport(c.x, c.y, 1 / frame.metresPerPixel(), width, height);
    }
}
