package org.balanceexplorer.ui.present;

import org.balanceexplorer.ui.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.balanceexplorer.state.LectureScene;
import org.balanceexplorer.ui.lecture.LectureModel;

/**
 * The presenter's window, when a second screen is attached: the room sees the main window full
 * screen on the other screen, the lecturer sees here where they are, the scene's presenter notes and
 * what comes next. With one screen there is no such window: the notes are in the lecture panel.
 *
 * <p>Thread safety: FX application thread only.
 */
final class NotesWindow {

    private final Stage stage = new Stage();
    private final Label position = new Label();
    private final Label notes = new Label();
    private final Label next = new Label();

    private NotesWindow(LectureModel lectures, Rectangle2D on) {
        position.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        notes.setStyle("-fx-font-size: 22px;");
        notes.setWrapText(true);
        next.setStyle("-fx-font-size: 16px; -fx-text-fill: #555;");
        VBox box = new VBox(16, position, notes, next);
        box.setPadding(new Insets(24));
        stage.setTitle(I18n.text("present.notes"));
        stage.setScene(new Scene(box, Math.min(900, on.getWidth() * 0.8), Math.min(600, on.getHeight() * 0.8)));
        stage.setX(on.getMinX() + 40);
        stage.setY(on.getMinY() + 40);
        Runnable refresh = () -> {
            position.setText(lectures.position());
            LectureScene s = lectures.currentScene();
            notes.setText(s == null ? "" : s.notes());
            int i = lectures.stepIndexProperty().get();
            var steps = lectures.steps();
            String after = i + 1 < steps.size() && steps.get(i + 1).isScene()
                    ? lectures.lecture().scenes().get(steps.get(i + 1).sceneIndex()).title() : "";
            next.setText(after.isEmpty() ? "" : I18n.text("present.next", after));
        };
        lectures.stepProperty().addListener((o, a, b) -> refresh.run());
        lectures.lectureProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
    }

    /**
     * With a second screen attached, moves the presentation window to the screen it is not on and
     * opens the notes window on the one it was on; gives null with one screen.
     */
    static NotesWindow onOtherScreen(Stage presentation, LectureModel lectures) {
        var screens = Screen.getScreens();
        if (screens.size() < 2) {
            return null;
        }
        var mine = Screen.getScreensForRectangle(presentation.getX(), presentation.getY(), presentation.getWidth(),
                presentation.getHeight());
        Screen lecturer = mine.isEmpty() ? Screen.getPrimary() : mine.get(0);
        Screen room = screens.stream().filter(s -> !s.equals(lecturer)).findFirst().orElse(lecturer);
        Rectangle2D r = room.getVisualBounds();
        presentation.setX(r.getMinX());
        presentation.setY(r.getMinY());
        NotesWindow w = new NotesWindow(lectures, lecturer.getVisualBounds());
        w.stage.initOwner(presentation);
        w.stage.show();
        return w;
    }

    void close() {
        stage.close();
    }
}
