package org.balanceexplorer.map.paint;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** Paints the disputed lines (derived by {@code geo} from the basemap): dashed purple, over the borders they follow. */
public final class DisputedPainter {

    private DisputedPainter() {
    }

    public static void paint(Surface s, Viewport v, List<Geometry> projectedLines) {
        if (projectedLines.isEmpty()) {
            return;
        }
        s.setStroke(s.theme().disputed());
        s.setLineWidth(2.2);
        s.setLineDashes(6, 4);
        s.setLineCap(Surface.LineCap.BUTT);
        for (Geometry line : projectedLines) {
            Shapes.draw(s, v, line, false, true);
        }
        s.setLineDashes();
        s.setLineCap(Surface.LineCap.SQUARE);
    }
}
