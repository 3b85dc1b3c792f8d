package org.balanceexplorer.ui.present;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.state.LectureScene;
import org.balanceexplorer.state.LectureStep;
import org.balanceexplorer.ui.MainWindow;
import org.balanceexplorer.ui.lecture.LectureModel;

/**
 * What presentation mode adds to the map area: a strip under the map with the scene's title, its
 * caption in large type and the claims it cites; and, in place of the map, the title slide, the
 * closing slide, or a blank (black) screen.
 *
 * <p>Thread safety: FX application thread only.
 */
final class PresentationOverlay {

    /** Style classes (see presentation.css). */
    static final String CAPTION_STRIP = "presentation-caption";
    static final String SLIDE = "presentation-slide";
    static final String BLANK = "presentation-blank";

    private final MainWindow window;
    private final LectureModel lectures;
    private final VBox strip = new VBox();
    private final Label sceneTitle = new Label();
    private final Label caption = new Label();
    private final Label sources = new Label();
    private final StackPane slide = new StackPane();
    private final Label slideTitle = new Label();
    private final Label slideText = new Label();
    /** What {@link #showMap} hid for a slide, to show again after it. */
    private final java.util.List<javafx.scene.Node> hidden = new java.util.ArrayList<>();

    PresentationOverlay(MainWindow window, LectureModel lectures) {
        this.window = window;
        this.lectures = lectures;
        strip.setId("presentation-caption");
        strip.getStyleClass().add(CAPTION_STRIP);
        sceneTitle.setId("presentation-scene-title");
        sceneTitle.getStyleClass().add("presentation-scene-title");
        caption.setId("presentation-caption-text");
        caption.getStyleClass().add("presentation-caption-text");
        caption.setWrapText(true);
        // The caption is shown whole; the list of claims below it gives way (ellipsis) when short of room.
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sources.setId("presentation-sources");
        sources.getStyleClass().add("presentation-sources");
        sources.setWrapText(true);
        strip.getChildren().addAll(sceneTitle, caption, sources);
        strip.setFillWidth(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        sources.setMaxWidth(Double.MAX_VALUE);

        slide.setId("presentation-slide");
        slide.getStyleClass().add(SLIDE);
        slideTitle.setId("presentation-slide-title");
        slideTitle.getStyleClass().add("presentation-slide-title");
        slideTitle.setWrapText(true);
        slideText.setId("presentation-slide-text");
        slideText.getStyleClass().add("presentation-slide-text");
        slideText.setWrapText(true);
        VBox words = new VBox(24, slideTitle, slideText);
        words.setAlignment(Pos.CENTER);
        words.setMaxWidth(1100);
        slideTitle.setMaxWidth(1100);
        slideText.setMaxWidth(1100);
        slide.getChildren().add(words);
        VBox.setVgrow(slide, Priority.ALWAYS);
    }

    /**
     * Adds the stylesheet, once, when the classroom is installed: added on entering, it would have
     * the style of the whole window worked out again at that moment.
     */
    static void addStylesheet(MainWindow window) {
        String css = PresentationOverlay.class.getResource("presentation.css").toExternalForm();
        if (!window.getStylesheets().contains(css)) {
            window.getStylesheets().add(css);
        }
    }

    void attach() {
        window.mapArea().getChildren().add(strip);
    }

    void detach() {
        window.mapArea().getChildren().removeAll(strip, slide);
        showMap(true);
    }

    /** Shows a step: a scene's caption under the map, or a slide in its place; or nothing but black. */
    void show(LectureStep step, boolean blank) {
        Lecture l = lectures.lecture();
        boolean onSlide = blank || (step != null && !step.isScene());
        slide.getStyleClass().remove(BLANK);
        slide.getChildren().get(0).setVisible(!blank);
        if (blank) {
            slide.getStyleClass().add(BLANK);
        } else if (step != null && step.kind() == LectureStep.Kind.TITLE) {
            slideTitle.setText(l.title());
            slideText.setText(l.byline());
        } else if (step != null && step.kind() == LectureStep.Kind.CLOSING) {
            slideTitle.setText(l.closingTitle());
            slideText.setText(l.closingText());
        }
        var area = window.mapArea().getChildren();
        if (onSlide && !area.contains(slide)) {
            area.add(0, slide);
        } else if (!onSlide) {
            area.remove(slide);
        }
        showMap(!onSlide);
        LectureScene scene = lectures.currentScene();
        sceneTitle.setText(scene == null ? "" : scene.title());
        caption.setText(scene == null ? "" : scene.caption());
        sources.setText(scene == null ? "" : String.join("   ", lectures.citations()));
        boolean hasWords = !onSlide && scene != null;
        strip.setVisible(hasWords);
        strip.setManaged(hasWords);
    }

    private void showMap(boolean shown) {
        if (!shown) {
            for (var n : window.mapArea().getChildren()) {
                if (n != slide && n != strip && n.isVisible()) {
                    hidden.add(n);
                    n.setVisible(false);
                    n.setManaged(false);
                }
            }
        } else {
            for (var n : hidden) {
                n.setVisible(true);
                n.setManaged(true);
            }
            hidden.clear();
        }
    }
}
