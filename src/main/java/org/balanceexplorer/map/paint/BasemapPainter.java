package org.balanceexplorer.map.paint;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Paints the ground of the map: the backdrop, the sea inside the world's outline, the countries
 * (those with systems in the dataset tinted), the graticule, and the disputed lines over them.
 */
public final class BasemapPainter {

    /**
     * What the ground is drawn from, projected.
     *
     * @param worldOutline the world's outline in the projection (the sea is drawn inside it), or null for
     *                     a sea that fills the view
     * @param countries    the basemap's countries
     * @param tinted       names (as in the basemap) of countries drawn tinted
     * @param graticule    the graticule's lines
     * @param disputed     lines drawn in the disputed style
     */
    public record Ground(Geometry worldOutline, List<ProjectedCache.ProjectedShape> countries, Set<String> tinted,
                         List<Geometry> graticule, List<Geometry> disputed) {
        public Ground {
            countries = List.copyOf(countries);
            tinted = Set.copyOf(tinted);
            graticule = List.copyOf(graticule);
            disputed = List.copyOf(disputed);
        }
    }

    private BasemapPainter() {
    }

    /** Paints the ground over the whole view. */
    public static void paint(Surface s, Viewport v, Ground ground) {
        Objects.requireNonNull(ground, "ground");
        s.setFill(s.theme().backdrop());
        s.fillRect(0, 0, v.width(), v.height());
        Envelope visible = v.visible();
        s.setFill(s.theme().sea());
        if (ground.worldOutline() != null) {
            s.setStroke(s.theme().graticule());
            s.setLineWidth(1);
            Shapes.draw(s, v, ground.worldOutline(), true, true);
        } else {
            s.fillRect(0, 0, v.width(), v.height());
        }
        s.setLineWidth(0.6);
        s.setLineJoin(Surface.LineJoin.ROUND);
        s.setStroke(s.theme().border());
        for (ProjectedCache.ProjectedShape c : ground.countries()) {
            if (!c.envelope().intersects(visible)) {
                continue;
            }
            s.setFill(ground.tinted().contains(c.shape().name()) ? s.theme().landFocus() : s.theme().land());
            Shapes.draw(s, v, c.projected(), true, true);
        }
        s.setStroke(s.theme().graticule());
        s.setLineWidth(0.5);
        for (Geometry line : ground.graticule()) {
            if (line.getEnvelopeInternal().intersects(visible)) {
                Shapes.draw(s, v, line, false, true);
            }
        }
        DisputedPainter.paint(s, v, ground.disputed());
    }
}
