package org.balanceexplorer.ui;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.balanceexplorer.map.paint.MeasurementPainter;
import org.controlsfx.control.StatusBar;

/** The status bar: the measurement or the rings' status on the left, the attribution on the right. */
final class StatusLine {

    /** How long a computation runs before the status bar shows it as busy. */
    static final Duration BUSY_DELAY = Duration.millis(250);

    private StatusLine() {
    }

    static StatusBar of(ExplorerViewModel model) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(Bindings.createStringBinding(() -> {
            var m = model.measurementProperty().get();
            String status = model.statusProperty().get();
            return m == null ? status : status.isEmpty() ? MeasurementPainter.text(m, I18n.mapWords())
                    : I18n.text("status.joined", MeasurementPainter.text(m, I18n.mapWords()), status);
        }, model.measurementProperty(), model.statusProperty()));
        // Read out as what it is, with what it says (empty when all is done) and the attribution.
        bar.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        bar.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> I18n.text("status.accessible", bar.getText(), MainWindow.attribution()), bar.textProperty()));
        // Busy only when the work lasts: rings for a drag step come back within a frame or two, and
        // an indicator switched on and off at every step flickers (and costs a repaint each time).
        PauseTransition busy = new PauseTransition(BUSY_DELAY);
        busy.setOnFinished(e -> bar.setProgress(-1));
        model.computingProperty().addListener((o, was, on) -> {
            if (on) {
                busy.playFromStart();
            } else {
                busy.stop();
                bar.setProgress(0);
            }
        });
        if (model.computingProperty().get()) {
            busy.playFromStart();
        }
        Label attribution = new Label(MainWindow.attribution());
        attribution.setId("attribution");
        attribution.getStyleClass().add(Styles.MUTED);
        bar.getRightItems().add(attribution);
        return bar;
    }
}
