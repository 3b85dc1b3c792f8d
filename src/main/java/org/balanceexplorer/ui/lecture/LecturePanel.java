package org.balanceexplorer.ui.lecture;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.state.LectureScene;
import org.balanceexplorer.state.LectureStep;
import org.balanceexplorer.ui.I18n;

/**
 * The lecture panel (a side tab): the lecture's scenes in order, buttons to step and to reorder,
 * "Add current view", the selected scene's title, caption and presenter notes to edit. With no
 * second screen, this is where the presenter reads the notes. It binds to {@link LectureModel} and
 * does nothing else.
 */
public final class LecturePanel extends VBox {

    private final LectureModel model;
    private final ObservableList<String> titles = FXCollections.observableArrayList();
    private final ListView<String> scenes = new ListView<>(titles);
    private final Label heading = new Label(I18n.text("lecture.none"));
    private final Label position = new Label();
    private final Label status = new Label();
    private final TextField title = new TextField();
    private final TextArea caption = new TextArea();
    private final TextArea notes = new TextArea();
    private boolean syncing;

    public LecturePanel(LectureModel model) {
        this.model = model;
        setId("lecture-panel");
        getStyleClass().add("lecture-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        heading.getStyleClass().add("heading");
        heading.setId("lecture-title");
        heading.setWrapText(true);
        position.setId("lecture-position");
        position.getStyleClass().add("muted");
        status.setId("lecture-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        scenes.setId("lecture-scenes");
        scenes.setPrefHeight(150);
        scenes.setAccessibleText(I18n.text("lecture.scenes.accessible"));

        // Arrows are part of the words: in Urdu, read right to left, "previous" points right.
        Button previous = button(I18n.text("lecture.previous"), "lecture-previous", I18n.text("lecture.previous.tip"),
                model::previous);
        Button next = button(I18n.text("lecture.next"), "lecture-next", I18n.text("lecture.next.tip"), model::next);
        Button up = button("\u25b2", "lecture-move-up", I18n.text("lecture.moveUp.tip"), () -> move(-1));
        Button down = button("\u25bc", "lecture-move-down", I18n.text("lecture.moveDown.tip"), () -> move(1));
        Button add = button(I18n.text("lecture.add"), "lecture-add", I18n.text("lecture.add.tip"),
                model::addCurrentView);
        Button remove = button(I18n.text("lecture.remove"), "lecture-remove", I18n.text("lecture.remove.tip"),
                () -> model.removeScene(scenes.getSelectionModel().getSelectedIndex()));
        Button update = button(I18n.text("lecture.update"), "lecture-update", I18n.text("lecture.update.tip"),
                () -> model.replaceView(scenes.getSelectionModel().getSelectedIndex()));
        HBox stepping = new HBox(6, previous, next, position);
        HBox editing = new HBox(6, up, down, add, update, remove);

        title.setId("lecture-scene-title");
        title.setPromptText(I18n.text("lecture.sceneTitle.prompt"));
        title.setAccessibleText(I18n.text("lecture.sceneTitle.accessible"));
        caption.setId("lecture-caption");
        caption.setPromptText(I18n.text("lecture.caption.prompt"));
        caption.setAccessibleText(I18n.text("lecture.caption.accessible"));
        caption.setWrapText(true);
        caption.setPrefRowCount(3);
        notes.setId("lecture-notes");
        notes.setPromptText(I18n.text("lecture.notes.prompt"));
        notes.setAccessibleText(I18n.text("lecture.notes.accessible"));
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        VBox.setVgrow(notes, Priority.ALWAYS);
        Label captionLabel = new Label(I18n.text("lecture.caption.label"));
        captionLabel.setLabelFor(caption);
        Label notesLabel = new Label(I18n.text("lecture.notes.label"));
        notesLabel.setLabelFor(notes);
        getChildren().addAll(heading, stepping, scenes, editing, title, captionLabel, caption, notesLabel, notes, status);

        for (var node : new javafx.scene.Node[] {previous, next, up, down, remove, update}) {
            node.disableProperty().bind(model.lectureProperty().isNull());
        }
        model.lectureProperty().addListener((o, a, l) -> refresh());
        model.stepProperty().addListener((o, a, s) -> refresh());
        scenes.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!syncing && i.intValue() >= 0) {
                model.goToScene(i.intValue());
            }
        });
        title.setOnAction(e -> commitTitle());
        title.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitTitle();
            }
        });
        caption.textProperty().addListener((o, a, t) -> {
            int i = scenes.getSelectionModel().getSelectedIndex();
            if (!syncing && i >= 0) {
                model.setCaption(i, t);
            }
        });
        notes.textProperty().addListener((o, a, t) -> {
            int i = scenes.getSelectionModel().getSelectedIndex();
            if (!syncing && i >= 0) {
                model.setNotes(i, t);
            }
        });
        refresh();
    }

    /** Shows a short message under the panel (files opened or saved, and failures). */
    public void say(String message) {
        status.setText(message);
    }

    private void commitTitle() {
        int i = scenes.getSelectionModel().getSelectedIndex();
        if (!syncing && i >= 0) {
            model.setTitle(i, title.getText());
        }
    }

    private void move(int by) {
        int i = scenes.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            model.moveScene(i, i + by);
        }
    }

    private void refresh() {
        syncing = true;
        try {
            Lecture l = model.lecture();
            heading.setText(l == null ? I18n.text("lecture.none") : l.title());
            position.setText(model.position());
            if (l == null) {
                titles.clear();
                return;
            }
            var wanted = l.scenes().stream().map(LectureScene::title).toList();
            if (!wanted.equals(titles)) {
                titles.setAll(wanted);
            }
            LectureStep s = model.stepProperty().get();
            LectureScene scene = model.currentScene();
            if (s != null && s.isScene()) {
                scenes.getSelectionModel().select(s.sceneIndex());
                scenes.scrollTo(s.sceneIndex());
            } else {
                scenes.getSelectionModel().clearSelection();
            }
            setIfChanged(title, scene == null ? "" : scene.title());
            setIfChanged(caption, scene == null ? "" : scene.caption());
            setIfChanged(notes, scene == null ? "" : scene.notes());
            title.setDisable(scene == null);
            caption.setDisable(scene == null);
            notes.setDisable(scene == null);
        } finally {
            syncing = false;
        }
    }

    private static void setIfChanged(javafx.scene.control.TextInputControl field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }
}
