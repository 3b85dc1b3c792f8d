package org.balanceexplorer.state;

/**
 * One step of presenting a {@link Lecture}: the title slide, a scene with some of its rings
 * revealed, or the closing slide.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind       what the step shows
 * @param sceneIndex the scene's index in {@link Lecture#scenes()}, or -1 for a slide
 * @param revealed   for a scene, how many of its rings are on (see {@link LectureScene#viewAt}); 0 for a slide
 */
public record LectureStep(Kind kind, int sceneIndex, int revealed) {

    /** What a step shows. */
    public enum Kind {
        /** The lecture's title and byline. */
        TITLE,
        /** A scene's view and caption. */
        SCENE,
        /** The closing slide. */
        CLOSING
    }

    public LectureStep {
        if (kind == Kind.SCENE && (sceneIndex < 0 || revealed < 1)) {
            throw new IllegalArgumentException("a scene step needs a scene index and at least one ring step, was "
                    + sceneIndex + ", " + revealed);
        }
        if (kind != Kind.SCENE && (sceneIndex != -1 || revealed != 0)) {
            throw new IllegalArgumentException("a slide step has no scene, was " + sceneIndex + ", " + revealed);
        }
    }

    static LectureStep titleSlide() {
        return new LectureStep(Kind.TITLE, -1, 0);
    }

    static LectureStep closingSlide() {
        return new LectureStep(Kind.CLOSING, -1, 0);
    }

    static LectureStep scene(int index, int revealed) {
        return new LectureStep(Kind.SCENE, index, revealed);
    }

    /** Whether the step shows a scene (not a slide). */
    public boolean isScene() {
        return kind == Kind.SCENE;
    }
}
