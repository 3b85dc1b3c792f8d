package org.balanceexplorer.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LectureTest {

    static final DatasetRef DATA = new DatasetRef("d", "1");
    static final ViewState THREE = ViewState.initial().withShown("a", true).withShown("b", true).withShown("c", true);

    @Test
    void stepsAreTheTitleSlideEachSceneAndTheClosingSlide() {
        Lecture l = new Lecture("T", "", DATA, List.of(LectureScene.of("one", THREE), LectureScene.of("two", ViewState.initial())),
                "", "");
        assertThat(l.steps()).extracting(LectureStep::kind).containsExactly(LectureStep.Kind.TITLE,
                LectureStep.Kind.SCENE, LectureStep.Kind.SCENE, LectureStep.Kind.CLOSING);
        assertThat(l.steps().get(2).sceneIndex()).isEqualTo(1);
        assertThat(l.closingTitle()).isEqualTo("Questions");
    }

    @Test
    void aSceneThatRevealsOneAtATimeTakesAStepPerRingInTheOrderTheyWereShown() {
        LectureScene s = new LectureScene("one", "", "", List.of(), true, THREE);
        Lecture l = Lecture.empty("T", DATA).withAdded(s);
        assertThat(l.steps()).hasSize(5);
        assertThat(l.steps().subList(1, 4)).extracting(LectureStep::revealed).containsExactly(1, 2, 3);
        assertThat(s.viewAt(1).shownSystems()).containsExactly("a");
        assertThat(s.viewAt(2).shownSystems()).containsExactly("a", "b");
        assertThat(s.viewAt(3)).isEqualTo(THREE);
        assertThat(s.viewAt(2).projection()).isEqualTo(THREE.projection());
    }

    @Test
    void aSceneThatRevealsOneAtATimeWithNoRingsIsStillOneStep() {
        LectureScene s = new LectureScene("empty", "", "", List.of(), true, ViewState.initial());
        assertThat(s.stepCount()).isEqualTo(1);
        assertThat(s.viewAt(1)).isEqualTo(ViewState.initial());
    }

    @Test
    void scenesMoveAddAndGoWithoutDisturbingTheOthers() {
        Lecture l = Lecture.empty("T", DATA).withAdded(LectureScene.of("a", THREE)).withAdded(LectureScene.of("b", THREE))
                .withAdded(LectureScene.of("c", THREE));
        assertThat(l.withMoved(2, 0).scenes()).extracting(LectureScene::title).containsExactly("c", "a", "b");
        assertThat(l.withMoved(0, 1).scenes()).extracting(LectureScene::title).containsExactly("b", "a", "c");
        assertThat(l.withoutScene(1).scenes()).extracting(LectureScene::title).containsExactly("a", "c");
        assertThat(l.withScene(1, l.scenes().get(1).withCaption("new")).scenes().get(1).caption()).isEqualTo("new");
        assertThatThrownBy(() -> l.withMoved(0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aSceneCitingAClaimTwiceOrWithoutATitleIsRefused() {
        assertThatThrownBy(() -> new LectureScene("x", "", "", List.of("a/rangeKm[0]", "a/rangeKm[0]"), false, THREE))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new LectureScene(" ", "", "", List.of(), false, THREE)).hasMessageContaining("title");
    }
}
