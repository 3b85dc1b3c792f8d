package org.balanceexplorer.map.paint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.balanceexplorer.geo.GeodesicPath;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;

/**
 * The whole map in one pass, through one surface, in the order of the screen's layers: ground
 * (sea, countries, graticule, disputed lines), rings, ring labels, markers and the scale bar, the
 * measurement, the legend. Exports and the headless command line draw with it; the screen draws
 * the same painters layer by layer ({@code map.MapView}), placing labels in the same order, so what
 * a file shows is what the window shows.
 */
public final class MapPainter {

    /** From this many pixels per degree on, the finer (1:50m) basemap is drawn, on the screen and in files. */
    public static final double FINE_BASEMAP_MIN_PIXELS_PER_DEGREE = 25;

    private MapPainter() {
    }

    /**
     * Everything one picture of the map is drawn from.
     *
     * @param viewport    what part of the projected plane, at what size
     * @param projected   the geometry projected for the viewport's projection (rings already projected into it)
     * @param fineBasemap whether the fine basemap is drawn (when projected)
     * @param tinted      names of countries drawn tinted
     * @param rings       the rings, in drawing order
     * @param markers     the markers
     * @param legend      the legend's content, or null for none
     * @param legendRight whether the legend stands at the right edge
     * @param legendBottom whether it stands at the bottom
     * @param legendCollapsed whether only its title bar is shown
     * @param measurement a measured path, or null
     */
    public record Picture(Viewport viewport, ProjectedCache projected, boolean fineBasemap, Set<String> tinted,
                          List<RingOverlay> rings, List<Marker> markers, Legend legend, boolean legendRight,
                          boolean legendBottom, boolean legendCollapsed, GeodesicPath measurement) {
        public Picture {
            tinted = Set.copyOf(tinted);
            rings = List.copyOf(rings);
            markers = List.copyOf(markers);
        }
    }

    /**
     * What was drawn where, for hit testing and tests.
     *
     * @param markers     the markers placed, launch points first
     * @param ringLabels  the ring labels placed
     * @param legend      the legend's layout, or null
     * @param scaleBar    the scale bar, or null
     * @param measureText the room of the measurement's text, or null
     */
    public record Painted(List<MarkerPainter.Placed> markers, List<LabelPainter.Placed> ringLabels,
                          LegendPainter.Layout legend, ScaleBarPainter.ScaleBar scaleBar, Box measureText) {
    }

    /** Paints a picture. */
    public static Painted paint(Surface s, Picture p) {
        Viewport v = p.viewport();
        ProjectedCache c = p.projected();
        BasemapPainter.paint(s, v, ground(c, p.fineBasemap(), p.tinted()));
        RingPainter.paint(s, v, p.rings(), c::projectedRing, p.rings().size() <= RingPainter.MAX_FILLED_RINGS);

        List<Box> taken = new ArrayList<>();
        LegendPainter.Layout legend = p.legend() == null ? null
                : LegendPainter.layout(p.legend(), v.width(), v.height(), p.legendRight(), p.legendBottom(),
                        p.legendCollapsed(), s);
        if (legend != null) {
            taken.add(legend.frame());
        }
        ScaleBarPainter.ScaleBar bar = ScaleBarPainter.of(v, (x, y) -> toGeographic(c.projection(), v, x, y));
        if (bar != null) {
            taken.add(bar.room(s));
        }
        List<Marker> ordered = new ArrayList<>(p.markers());
        ordered.sort(MarkerPainter.PRIORITY);
        List<MarkerPainter.Placed> markers = MarkerPainter.place(ordered, v, c::projectPoint, s, taken);
        List<LabelPainter.Placed> ringLabels = LabelPainter.place(RingPainter.labels(v, p.rings(), c::projectedRing, s),
                taken);
        LabelPainter.paint(s, ringLabels);
        MarkerPainter.paint(s, markers);
        if (bar != null) {
            ScaleBarPainter.paint(s, bar);
        }
        Box measureText = null;
        if (p.measurement() != null) {
            GeodesicPath path = p.measurement();
            measureText = MeasurementPainter.paint(s, v, path, c.measurement(), screen(c, v, path.from()),
                    screen(c, v, path.to()), taken);
        }
        if (legend != null) {
            LegendPainter.paint(s, legend, s);
        }
        return new Painted(markers, ringLabels, legend, bar, measureText);
    }

    /** The ground of a projected cache: its basemap (fine when wanted and projected), graticule and disputed lines. */
    public static BasemapPainter.Ground ground(ProjectedCache c, boolean fine, Set<String> tinted) {
        return new BasemapPainter.Ground(c.worldOutline(), c.basemap(fine), tinted, c.graticule(), c.disputed());
    }

    /** A point's view position, or null where the projection or the view does not show it. */
    public static double[] screen(ProjectedCache c, Viewport v, GeoPoint p) {
        Coordinate xy = c.projectPoint(p);
        return xy == null ? null : new double[] {v.screenX(xy.x), v.screenY(xy.y)};
    }

    /** The geographic point under a view position, or null off the map (e.g. beyond a globe's edge). */
    public static GeoPoint toGeographic(Projection projection, Viewport v, double x, double y) {
        Coordinate c = projection.inverse(v.projectedX(x), v.projectedY(y));
        if (c == null || !Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.y) > 90) {
            return null;
        }
        return GeoPoint.wrapped(c.y, c.x);
    }
}
