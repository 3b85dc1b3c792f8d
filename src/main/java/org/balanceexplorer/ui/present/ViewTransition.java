package org.balanceexplorer.ui.present;

import java.util.Objects;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.map.paint.Viewport;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.state.MapFrame;
import org.balanceexplorer.state.ViewState;
import org.balanceexplorer.ui.ExplorerViewModel;

/**
 * Takes the view to a scene's state with a short animation: within one projection, the map flies
 * (pans and zooms) from where it is to the scene's frame; to another projection, the new map fades
 * in. Everything but the frame (rings, launch points, year, options) is the scene's from the first
 * frame, so the rings start computing at once. {@link #skip()} ends a running animation on the
 * scene's state.
 *
 * <p>The duration is {@value #DEFAULT_MILLIS} ms unless the system property
 * {@code balanceexplorer.transitionMillis} says otherwise; 0 applies the state at once (tests).
 *
 * <p>Thread safety: FX application thread only.
 */
public final class ViewTransition {

    /** Default length of a transition, under a second, in milliseconds. */
    public static final int DEFAULT_MILLIS = 700;

    private final ExplorerViewModel model;
    private final MapView map;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private Duration duration = Duration.millis(Integer.getInteger("balanceexplorer.transitionMillis", DEFAULT_MILLIS));
    private Timeline flight;
    private FadeTransition fade;
    private ViewState target;

    public ViewTransition(ExplorerViewModel model, MapView map) {
        this.model = Objects.requireNonNull(model, "model");
        this.map = Objects.requireNonNull(map, "map");
    }

    /** Sets how long a transition takes; zero applies states at once. */
    public void setDuration(Duration d) {
        this.duration = Objects.requireNonNull(d, "d");
    }

    public Duration duration() {
        return duration;
    }

    /** Whether an animation is running. */
    public boolean isRunning() {
        return target != null;
    }

    /** Ends a running animation at once, on the scene's state. */
    public void skip() {
        if (flight != null) {
            flight.stop();
            flight = null;
        }
        if (fade != null) {
            fade.stop();
            fade = null;
        }
        map.setOpacity(1);
        if (target != null) {
            ViewState end = target;
            target = null;
            model.update(s -> end);
        }
    }

    /** Takes the view to {@code next}, animated when a duration is set. */
    public void show(ViewState next) {
        Objects.requireNonNull(next, "next");
        skip();
        ViewState now = model.state();
        Viewport v = map.getViewport();
        if (duration.lessThanOrEqualTo(Duration.ZERO) || now.equals(next) || v == null || map.getWidth() <= 0) {
            model.update(s -> next);
            return;
        }
        target = next;
        if (!now.projection().equals(next.projection())) {
            model.update(s -> next);
            map.setOpacity(0.15);
            fade = new FadeTransition(duration, map);
            fade.setFromValue(0.15);
            fade.setToValue(1);
            fade.setOnFinished(e -> skip());
            fade.play();
            return;
        }
        GeoPoint fromCentre = map.toGeographic(v.width() / 2, v.height() / 2);
        if (fromCentre == null) {
            target = null;
            model.update(s -> next);
            return;
        }
        MapFrame from = MapFrame.at(fromCentre, 1 / v.scale());
        // Where the scene's frame puts the map: its own centre and scale, or those of the region it
        // fits, read off the map once it has fitted it (no frame is drawn in between).
        model.update(s -> next);
        Viewport end = map.getViewport();
        GeoPoint toCentre = end == null ? null : map.toGeographic(end.width() / 2, end.height() / 2);
        if (toCentre == null || (toCentre.equals(fromCentre) && end.scale() == v.scale())) {
            target = null;
            return;
        }
        MapFrame to = MapFrame.at(toCentre, 1 / end.scale());
        model.update(s -> s.withFrame(from));
        progress.set(0);
        javafx.beans.value.ChangeListener<Number> step = (o, a, t) -> {
            if (target != null) {
                model.update(s -> s.withFrame(between(from, to, t.doubleValue())));
            }
        };
        progress.addListener(step);
        flight = new Timeline(new KeyFrame(duration, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        flight.setOnFinished(e -> {
            progress.removeListener(step);
            flight = null;
            skip();
        });
        flight.play();
    }

    /**
     * The frame a fraction {@code t} of the way from {@code a} to {@code b}: the centre moves along
     * the shorter way round in longitude, the scale changes geometrically (a steady zoom).
     */
    static MapFrame between(MapFrame a, MapFrame b, double t) {
        double lat = a.centre().latDeg() + (b.centre().latDeg() - a.centre().latDeg()) * t;
        double dLon = b.centre().lonDeg() - a.centre().lonDeg();
        if (dLon > 180) {
            dLon -= 360;
        } else if (dLon < -180) {
            dLon += 360;
        }
        double lon = a.centre().lonDeg() + dLon * t;
        double mpp = Math.exp(Math.log(a.metresPerPixel()) + (Math.log(b.metresPerPixel()) - Math.log(a.metresPerPixel())) * t);
        return MapFrame.at(GeoPoint.wrapped(lat, lon), mpp);
    }
}
