package org.balanceexplorer.ui.present;

import org.balanceexplorer.ui.I18n;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.balanceexplorer.state.LectureStep;
import org.balanceexplorer.ui.MainWindow;
import org.balanceexplorer.ui.lecture.LectureModel;

/**
 * Presentation mode: the window full screen, the menu, tool bar, side panel and status line
 * hidden (P shows the side panel again, on demand), the current scene's caption and the claims it
 * cites large under the map, the title and closing slides, and the clicker keys:
 * Page Down, Right, Down and Space step forward; Page Up, Left and Up step back; Home and End go
 * to the first and last step; B blanks the screen (any step key or B again brings it back);
 * Esc leaves. A step key pressed while the view is still moving ends the movement instead.
 * Enter with F5 or View > Presentation mode.
 *
 * <p>Thread safety: FX application thread only.
 */
public final class PresentationMode {

    private final MainWindow window;
    private final LectureModel lectures;
    private final ViewTransition transition;
    private final WindowChrome chrome;
    private final PresentationOverlay overlay;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyBooleanWrapper blank = new ReadOnlyBooleanWrapper(this, "blank");
    private final CheckMenuItem menuItem = new CheckMenuItem(I18n.text("present.mode"));
    private final EventHandler<KeyEvent> keys = this::key;
    private NotesWindow notes;
    private boolean wasFullScreen;
    private boolean syncingItem;

    public PresentationMode(MainWindow window, LectureModel lectures, ViewTransition transition) {
        this.window = Objects.requireNonNull(window, "window");
        this.lectures = Objects.requireNonNull(lectures, "lectures");
        this.transition = Objects.requireNonNull(transition, "transition");
        this.chrome = new WindowChrome(window);
        this.overlay = new PresentationOverlay(window, lectures);
        menuItem.setId("presentation-mode");
        menuItem.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        menuItem.setOnAction(e -> {
            if (!syncingItem) {
                if (menuItem.isSelected()) {
                    enter();
                } else {
                    leave();
                }
            }
        });
        presenting.addListener((o, a, on) -> {
            syncingItem = true;
            menuItem.setSelected(on);
            syncingItem = false;
        });
        lectures.stepProperty().addListener((o, a, s) -> {
            if (presenting.get()) {
                overlay.show(s, blank.get());
            }
        });
        lectures.lectureProperty().addListener((o, a, l) -> {
            if (presenting.get()) {
                overlay.show(lectures.stepProperty().get(), blank.get());
            }
        });
    }

    /** View > Presentation mode (F5). */
    public CheckMenuItem menuItem() {
        return menuItem;
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blankProperty() {
        return blank.getReadOnlyProperty();
    }

    /** Whether the side panel is shown while presenting (P). */
    public boolean sidePanelShown() {
        return chrome.sideShown();
    }

    /** Enters presentation mode: full screen, panels hidden, the caption large; at the title slide if a lecture is open and not yet started. */
    public void enter() {
        Scene scene = window.getScene();
        if (presenting.get() || scene == null) {
            return;
        }
        presenting.set(true);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        chrome.hide();
        if (scene.getWindow() instanceof Stage stage) {
            wasFullScreen = stage.isFullScreen();
            notes = NotesWindow.onOtherScreen(stage, lectures);
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        if (lectures.lecture() != null && lectures.stepProperty().get() == null) {
            lectures.first();
        }
        overlay.attach();
        overlay.show(lectures.stepProperty().get(), false);
        window.map().requestFocus();
    }

    /** Leaves presentation mode: the window as it was, the panels back. */
    public void leave() {
        Scene scene = window.getScene();
        if (!presenting.get()) {
            return;
        }
        transition.skip();
        blank.set(false);
        overlay.detach();
        chrome.show();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            if (scene.getWindow() instanceof Stage stage) {
                stage.setFullScreen(wasFullScreen);
            }
        }
        if (notes != null) {
            notes.close();
            notes = null;
        }
        presenting.set(false);
    }

    /** Toggles the blank screen. */
    public void toggleBlank() {
        blank.set(!blank.get());
        overlay.show(lectures.stepProperty().get(), blank.get());
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case ESCAPE -> leave();
            case B -> toggleBlank();
            case P -> chrome.toggleSide();
            case PAGE_DOWN, RIGHT, DOWN, SPACE -> step(lectures::next);
            case PAGE_UP, LEFT, UP -> step(lectures::previous);
            case HOME -> step(lectures::first);
            case END -> step(lectures::last);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void step(java.util.function.BooleanSupplier move) {
        if (blank.get()) {
            toggleBlank();
            return;
        }
        if (transition.isRunning()) {
            transition.skip();
            return;
        }
        move.getAsBoolean();
    }

    /** The step shown (for tests and the notes window). */
    public LectureStep step() {
        return lectures.stepProperty().get();
    }
}
