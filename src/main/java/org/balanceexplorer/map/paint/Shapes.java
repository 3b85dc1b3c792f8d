package org.balanceexplorer.map.paint;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Traces projected JTS geometry onto a surface through a viewport, and draws the shared label style. */
public final class Shapes {

    /** Eight offsets of the halo round a label's text, pixels. */
    private static final double[][] HALO_OFFSETS = {
        {-1.2, 0}, {1.2, 0}, {0, -1.2}, {0, 1.2}, {-0.9, -0.9}, {0.9, -0.9}, {-0.9, 0.9}, {0.9, 0.9}};

    private Shapes() {
    }

    /**
     * Draws a projected geometry in view pixels: polygons are filled even-odd (when {@code fill})
     * and outlined (when {@code stroke}); lines are stroked.
     */
    public static void draw(Surface s, Viewport v, Geometry geom, boolean fill, boolean stroke) {
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            Geometry part = geom.getGeometryN(i);
            if (part instanceof Polygon poly) {
                s.beginPath();
                trace(s, v, poly.getExteriorRing().getCoordinates(), true);
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    trace(s, v, poly.getInteriorRingN(h).getCoordinates(), true);
                }
                if (fill) {
                    s.fillPath();
                }
                if (stroke) {
                    s.strokePath();
                }
            } else if (part instanceof LineString line) {
                if (stroke) {
                    s.beginPath();
                    trace(s, v, line.getCoordinates(), false);
                    s.strokePath();
                }
            } else if (part != geom) {
                draw(s, v, part, fill, stroke);
            }
        }
    }

    private static void trace(Surface s, Viewport v, Coordinate[] cs, boolean close) {
        if (cs.length == 0) {
            return;
        }
        s.moveTo(v.screenX(cs[0].x), v.screenY(cs[0].y));
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 1; i < cs.length; i++) {
            double x = v.screenX(cs[i].x);
            double y = v.screenY(cs[i].y);
            // Skip sub-pixel steps: the 1:50m basemap has far more vertices than pixels.
            if (Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5 && i < cs.length - 1) {
                continue;
            }
            s.lineTo(x, y);
            lastX = x;
            lastY = y;
        }
        if (close) {
            s.closePath();
        }
    }

    /**
     * A label on a light halo. The halo is the text filled in white at eight offsets, not a stroked
     * outline: filled text comes from the glyph cache, while a stroke is rasterised glyph by glyph,
     * which made the labels the costliest part of a frame in software rendering.
     */
    public static void haloText(Surface s, String text, TextStyle style, double x, double baselineY, TextAlign align,
                                Rgba fill) {
        s.setFill(s.theme().halo());
        for (double[] d : HALO_OFFSETS) {
            s.fillText(text, x + d[0], baselineY + d[1], style, align);
        }
        s.setFill(fill);
        s.fillText(text, x, baselineY, style, align);
    }
}
