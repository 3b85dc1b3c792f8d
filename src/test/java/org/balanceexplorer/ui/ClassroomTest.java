package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.balanceexplorer.data.LectureJson;
import org.balanceexplorer.data.SceneJson;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.state.LectureScene;
import org.balanceexplorer.state.LectureStep;
import org.balanceexplorer.state.ProjectionChoice;
import org.balanceexplorer.state.ProjectionKind;
import org.balanceexplorer.state.ViewState;
import org.balanceexplorer.ui.present.Classroom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The classroom in the real window: presentation mode by key and by menu, the clicker keys through
 * a shipped lecture, scenes saved and opened from the File menu, and bad scenes refused in words.
 */
class ClassroomTest extends RunningAppTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void transitionsTakeNoTime() {
        System.setProperty("balanceexplorer.transitionMillis", "0");
    }

    private Classroom classroom() {
        return app.window().classroom();
    }

    private boolean presenting() {
        return classroom().presentation().presentingProperty().get();
    }

    private boolean sidePanelInTheWindow() {
        var side = app.window().sideTabs().getParent().getParent();
        return side.isVisible() && side.getBoundsInParent().getWidth() > 100;
    }

    private void answerFileChooserWith(Path p) {
        classroom().files().setFileAsk((owner, title, suffix, save) -> p);
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f5EntersPresentationModeFullScreenWithThePanelsHiddenAndEscLeavesIt() throws Exception {
        clickOn(app.window().map());
        type(KeyCode.F5);
        waitUntil(this::presenting);
        Stage stage = (Stage) app.window().getScene().getWindow();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(sidePanelInTheWindow()).as("side panel shown").isFalse();
        assertThat(app.window().getTop().isVisible()).as("menu and tool bar shown").isFalse();
        assertThat(lookup("#timeline").query().isVisible()).as("the year slider's strip shown").isFalse();

        type(KeyCode.P);
        assertThat(sidePanelInTheWindow()).as("P shows the side panel on demand").isTrue();
        type(KeyCode.P);
        assertThat(sidePanelInTheWindow()).isFalse();

        type(KeyCode.ESCAPE);
        waitUntil(() -> !presenting());
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(sidePanelInTheWindow()).isTrue();
        assertThat(app.window().getTop().isVisible()).isTrue();
        assertThat(lookup("#timeline").query().isVisible()).isTrue();
    }

    @Test
    void theViewMenuEntersPresentationMode() throws Exception {
        clickOn("#view-menu");
        clickOn("#presentation-mode");
        waitUntil(this::presenting);
        assertThat(sidePanelInTheWindow()).isFalse();
        type(KeyCode.ESCAPE);
        waitUntil(() -> !presenting());
        assertThat(classroom().presentation().menuItem().isSelected()).isFalse();
    }

    @Test
    void theClickerKeysStepThroughAShippedLectureEachStepShowingItsSceneAndCaption() throws Exception {
        Path file = LectureJson.bundled().stream()
                .filter(p -> p.getFileName().toString().startsWith("december-2024")).findFirst().orElseThrow();
        Lecture lecture = LectureJson.read(file);
        var menu = app.window().menuBar().getMenus().stream().filter(m -> "lectures-menu".equals(m.getId()))
                .findFirst().orElseThrow();
        // the shipped lectures are listed, with their titles, once the window's first frame is drawn
        waitUntil(() -> !menu.getItems().isEmpty() && lecture.title().equals(menu.getItems().get(0).getText()));
        clickOn("#lectures-menu");
        clickOn("#lecture-december-2024-sanctions-debate");
        waitUntil(() -> classroom().lectures().lecture() != null);
        assertThat(classroom().lectures().lecture()).isEqualTo(lecture);

        type(KeyCode.F5);
        waitUntil(this::presenting);
        assertThat(text("#presentation-slide-title")).isEqualTo("The December 2024 sanctions debate");
        assertThat(app.window().map().isVisible()).as("the title slide is shown in place of the map").isFalse();

        List<LectureStep> steps = lecture.steps();
        KeyCode[] forward = {KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.RIGHT, KeyCode.DOWN};
        for (int i = 1; i < steps.size(); i++) {
            type(forward[i % forward.length]);
            settle();
            LectureStep step = steps.get(i);
            assertThat(classroom().lectures().stepProperty().get()).isEqualTo(step);
            if (step.isScene()) {
                LectureScene scene = lecture.scenes().get(step.sceneIndex());
                assertShows(scene.viewAt(step.revealed()));
                assertThat(text("#presentation-caption-text")).isEqualTo(scene.caption());
                assertThat(text("#presentation-scene-title")).isEqualTo(scene.title());
                assertThat(text("#presentation-sources")).startsWith("[1] ");
                assertThat(app.window().map().isVisible()).isTrue();
            }
        }
        assertThat(text("#presentation-slide-title")).isEqualTo(lecture.closingTitle());

        type(KeyCode.PAGE_UP);
        settle();
        LectureStep last = steps.get(steps.size() - 2);
        assertShows(lecture.scenes().get(last.sceneIndex()).viewAt(last.revealed()));
        type(KeyCode.HOME);
        assertThat(classroom().lectures().stepIndexProperty().get()).isZero();
        type(KeyCode.END);
        assertThat(classroom().lectures().stepIndexProperty().get()).isEqualTo(steps.size() - 1);
        type(KeyCode.LEFT);
        type(KeyCode.UP);
        assertThat(classroom().lectures().stepIndexProperty().get()).isEqualTo(steps.size() - 3);

        type(KeyCode.B);
        assertThat(classroom().presentation().blankProperty().get()).isTrue();
        assertThat(app.window().map().isVisible()).isFalse();
        assertThat(lookup("#presentation-caption").query().isVisible()).isFalse();
        type(KeyCode.PAGE_DOWN);
        assertThat(classroom().presentation().blankProperty().get()).as("a step key brings the screen back").isFalse();
        assertThat(classroom().lectures().stepIndexProperty().get()).as("without stepping").isEqualTo(steps.size() - 3);
        type(KeyCode.ESCAPE);
        waitUntil(() -> !presenting());
    }

    /** The map shows the scene's state: projection, rings, launch points, year, options (the frame as fitted or near). */
    private void assertShows(ViewState wanted) {
        ViewState s = app.model().state();
        assertThat(s.projection()).isEqualTo(wanted.projection());
        assertThat(s.shownSystems()).isEqualTo(wanted.shownSystems());
        assertThat(s.movedLaunchPoints()).isEqualTo(wanted.movedLaunchPoints());
        assertThat(s.rings()).isEqualTo(wanted.rings());
        assertThat(s.time()).isEqualTo(wanted.time());
        assertThat(s.measurement()).isEqualTo(wanted.measurement());
        if (wanted.frame().isFitted()) {
            assertThat(s.frame()).isEqualTo(wanted.frame());
        } else {
            assertThat(s.frame().metresPerPixel()).isCloseTo(wanted.frame().metresPerPixel(),
                    org.assertj.core.data.Percentage.withPercentage(0.01));
        }
        assertThat(app.window().map().projectionProperty().get()).isEqualTo(wanted.projection().toProjection());
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aSceneSavedFromTheFileMenuAndOpenedAgainGivesAnEqualViewState() throws Exception {
        tick("Agni-V");
        onFx(() -> {
            app.model().update(s -> s.withProjection(new ProjectionChoice(ProjectionKind.MERCATOR, new GeoPoint(0, 0)))
                    .withLaunchPoint("IND", new GeoPoint(19.08, 72.88)));
            return null;
        });
        settle();
        ViewState saved = app.model().state();
        Path file = dir.resolve("mine" + SceneJson.SUFFIX);
        answerFileChooserWith(file);
        clickOn("#file-menu");
        clickOn("#save-scene");
        waitUntil(() -> Files.exists(file) && !classroom().files().busy());

        onFx(() -> {
            app.model().update(s -> ViewState.initial());
            return null;
        });
        settle();
        assertThat(app.model().state()).isNotEqualTo(saved);
        clickOn("#file-menu");
        clickOn("#open-scene");
        waitUntil(() -> app.model().state().equals(saved));
        settle();
        assertThat(app.model().state()).isEqualTo(saved);
        assertThat(app.window().map().rings()).singleElement().satisfies(r -> assertThat(r.systemId()).isEqualTo("agni-5"));
    }

    @Test
    void aMalformedSceneIsRefusedWithItsFileLineColumnAndPathAndChangesNothing() throws Exception {
        tick("Shaheen-III");
        ViewState before = app.model().state();
        Path bad = dir.resolve("bad" + SceneJson.SUFFIX);
        String text = SceneJson.write(new org.balanceexplorer.state.Scene(null, null, classroom().lectures().datasetRef(),
                ViewState.initial().withShown("agni-5", true))).replace("\"naive\": false", "\"naive\": \"no\"");
        Files.writeString(bad, text, StandardCharsets.UTF_8);
        int line = (int) text.substring(0, text.indexOf("\"naive\"")).lines().count();
        answerFileChooserWith(bad);
        clickOn("#file-menu");
        clickOn("#open-scene");
        waitUntil(() -> lookup("#scene-problems").tryQuery().isPresent());
        String problems = lookup("#scene-problems").queryAs(TextArea.class).getText();
        assertThat(problems).contains("bad.scene.json:" + line + ":").contains(": $.view.rings.naive: this should be true or false");
        assertThat(problems).contains("Nothing was changed");
        assertThat(app.model().state()).isEqualTo(before);
        type(KeyCode.ESCAPE);
    }

    @Test
    void aSceneNamingASystemTheDatasetLacksSaysWhichAndOpensTheRest() throws Exception {
        Path file = dir.resolve("other" + SceneJson.SUFFIX);
        ViewState view = ViewState.initial().withShown("shaheen-3", true).withShown("agni-9", true);
        SceneJson.save(new org.balanceexplorer.state.Scene("t", null,
                new org.balanceexplorer.state.DatasetRef(app.model().dataset().info().name(), "0.9.0"), view), file);
        answerFileChooserWith(file);
        clickOn("#file-menu");
        clickOn("#open-scene");
        waitUntil(() -> lookup("#scene-notices").tryQuery().isPresent());
        String notices = lookup("#scene-notices").queryAs(TextArea.class).getText();
        assertThat(notices).contains("'agni-9'").contains("version 0.9.0");
        assertThat(app.model().state().shownSystems()).containsExactly("shaheen-3");
        type(KeyCode.ESCAPE);
    }

    @Test
    void aStepKeyPressedWhileTheViewMovesEndsTheMovementInsteadOfStepping() throws Exception {
        classroom().transition().setDuration(Duration.seconds(5));
        Lecture l = LectureJson.read(LectureJson.bundled().stream()
                .filter(p -> p.getFileName().toString().startsWith("why-maps")).findFirst().orElseThrow());
        onFx(() -> {
            classroom().lectures().open(l, null);
            classroom().presentation().enter();
            return null;
        });
        type(KeyCode.PAGE_DOWN);
        assertThat(classroom().transition().isRunning()).isTrue();
        type(KeyCode.PAGE_DOWN);
        assertThat(classroom().transition().isRunning()).isFalse();
        assertThat(classroom().lectures().stepIndexProperty().get()).isEqualTo(1);
        assertThat(app.model().state().projection()).isEqualTo(l.scenes().get(0).view().projection());
        type(KeyCode.ESCAPE);
    }
}
