package org.balanceexplorer.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.balanceexplorer.data.Settings;

/** The main window's place and size, to and from the settings. FX application thread only. */
final class WindowPlaces {

    /** Smallest size restored: a remembered window smaller than this is not a useful window. */
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 480;

    private WindowPlaces() {
    }

    /** Where a window stands now (the bounds to restore to, when maximized). */
    static Settings.WindowPlace of(Stage stage) {
        return new Settings.WindowPlace(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight()), stage.isMaximized());
    }

    /**
     * Puts a window where it stood, when that place is still on a screen (a display may have gone
     * since) and at least {@value #MIN_WIDTH} by {@value #MIN_HEIGHT}; otherwise leaves it where the
     * platform put it.
     */
    static void restore(Stage stage, Settings.WindowPlace place) {
        if (place == null || place.width() < MIN_WIDTH || place.height() < MIN_HEIGHT) {
            return;
        }
        Rectangle2D wanted = new Rectangle2D(place.x(), place.y(), place.width(), place.height());
        boolean onScreen = Screen.getScreens().stream().anyMatch(s -> {
            Rectangle2D b = s.getVisualBounds();
            Rectangle2D overlap = new Rectangle2D(Math.max(b.getMinX(), wanted.getMinX()), Math.max(b.getMinY(),
                    wanted.getMinY()), 1, 1);
            return b.intersects(wanted) && b.contains(overlap.getMinX(), overlap.getMinY());
        });
        if (!onScreen) {
            return;
        }
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        stage.setMaximized(place.maximized());
    }
}
