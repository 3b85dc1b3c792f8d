package org.balanceexplorer.map;

import java.util.Objects;
import org.balanceexplorer.geo.Orthographic;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.map.paint.ProjectedCache;
import org.balanceexplorer.map.paint.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Which viewport the map shows after a fit, a resize or a projection switch: a fitted region
 * stays fitted on resize until the user pans or zooms; a fitted world stays the whole world in any
 * projection; any other view keeps the place in its middle and its scale across a switch.
 *
 * <p>Thread safety: FX application thread only.
 */
final class ViewFitting {

    /** South Asia and its neighbours, lon/lat degrees: the default view. */
    static final Envelope SOUTH_ASIA = new Envelope(58, 102, 3, 42);
    /** The world, lon/lat degrees (Mercator's clip keeps it within +-85 degrees). */
    static final Envelope WORLD = new Envelope(-180, 180, -85, 85);

    /** A fit asked for before the view had a size, made at its first layout. */
    private Envelope pending = SOUTH_ASIA;
    /** Whether a fit was made while a projection was on its way. */
    private boolean refitOnArrival;
    /** The envelope last fitted; kept fitted on resize until the user pans or zooms. */
    private Envelope fitted = SOUTH_ASIA;

    /** The envelope last fitted while the view has not been panned or zoomed since; else null. */
    Envelope fitted() {
        return fitted;
    }

    /** The user panned, zoomed or was shown a given view: nothing stays fitted. */
    void moved() {
        fitted = null;
        pending = null;
    }

    /** A view of a given centre and scale (a saved scene's), or null when it cannot be shown; nothing stays fitted. */
    Viewport at(Viewport now, ProjectedCache current, org.balanceexplorer.model.GeoPoint centre, double metresPerPixel) {
        Coordinate c = current.projectPoint(centre);
        if (c == null || now == null || !(metresPerPixel > 0)) {
            return null;
        }
        moved();
        return new Viewport(c.x, c.y, 1 / metresPerPixel, now.width(), now.height());
    }

    /**
     * A fit: the viewport to show now, or null when the view has no size yet (made at the first
     * layout). A projection on its way keeps the view's centre and scale when it arrives; a fit made
     * meanwhile (fitted in the old projection) is made again in the new one then.
     */
    Viewport fit(Envelope lonLat, ProjectedCache current, Projection requested, double width, double height) {
        fitted = lonLat;
        refitOnArrival = !Objects.equals(requested, current.projection());
        if (width <= 0 || height <= 0) {
            pending = lonLat;
            return null;
        }
        return Viewport.fit(envelope(lonLat, current), width, height);
    }

    /** The viewport after a layout at a size: the pending fit, the default, or the same view resized (refitted if fitted). */
    Viewport laidOut(Viewport now, ProjectedCache current, double w, double h) {
        if (pending != null) {
            Envelope fit = pending;
            pending = null;
            return Viewport.fit(envelope(fit, current), w, h);
        }
        if (now == null) {
            return Viewport.fit(envelope(SOUTH_ASIA, current), w, h);
        }
        if (now.width() != w || now.height() != h) {
            return fitted != null ? Viewport.fit(envelope(fitted, current), w, h) : now.resized(w, h);
        }
        return now;
    }

    /**
     * The viewport once a projection arrives.
     *
     * @param arriving           whether it is the projection last asked for
     * @param centreLonLat       the place to keep in the middle, or null
     * @param centreOnProjection whether to centre on the projection's own centre (a turned globe)
     */
    Viewport adopted(Viewport now, Projection next, ProjectedCache ready, boolean arriving, Coordinate centreLonLat,
                     boolean centreOnProjection) {
        // A fitted world stays the whole world in any projection (its shape differs from one to
        // the next, so keeping the scale would cut it or leave a small globe); a fitted region
        // keeps its centre and scale, as any other view does.
        boolean refit = arriving && fitted != null && (WORLD.equals(fitted) || refitOnArrival && !centreOnProjection);
        if (arriving) {
            refitOnArrival = false;
        }
        if (now == null) {
            return null;
        }
        if (refit) {
            return Viewport.fit(envelope(fitted, ready), now.width(), now.height());
        }
        Coordinate centre = centreOnProjection ? new Coordinate(0, 0)
                : centreLonLat == null ? null : next.project(centreLonLat.x, centreLonLat.y);
        if (centre != null) {
            return new Viewport(centre.x, centre.y, now.scale(), now.width(), now.height());
        }
        return Viewport.fit(envelope(fitted != null ? fitted : SOUTH_ASIA, ready), now.width(), now.height());
    }

    /**
     * The projected extent that fitting a lon/lat envelope shows. The world on the globe is the
     * whole disc: the visible part of the world box stops at 85 degrees, so where a pole faces the
     * viewer the disc would be fitted off-centre.
     */
    static Envelope envelope(Envelope lonLat, ProjectedCache cache) {
        if (lonLat.equals(WORLD) && cache.projection() instanceof Orthographic) {
            return cache.projection().worldBounds();
        }
        return cache.projectEnvelope(lonLat);
    }

    /** Farthest zoom: half a pixel per degree. */
    static double minScale(ProjectedCache cache) {
        return 0.5 / cache.unitsPerDegree();
    }

    /**
     * Closest zoom: 800 pixels per degree, where a pixel is about 140 m, so rings drawn to 100 m
     * stay smooth to a pixel.
     */
    static double maxScale(ProjectedCache cache) {
        return 800 / cache.unitsPerDegree();
    }
}
