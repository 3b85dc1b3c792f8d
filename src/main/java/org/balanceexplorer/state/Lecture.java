package org.balanceexplorer.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A lecture: a title slide, scenes in order, and a closing slide. Each scene is a view with a
 * caption for the room, notes for the presenter and the claims it cites ({@link LectureScene}).
 * Presenting it steps through {@link #steps()}.
 *
 * <p>Immutable and thread-safe. The scenes list is copied.
 *
 * @param title        the lecture's title, non-blank (the title slide, a handout's cover)
 * @param byline       who gives it and when, or {@code ""}; non-null
 * @param dataset      the dataset it was made with, non-null
 * @param scenes       the scenes in order, possibly none
 * @param closingTitle the closing slide's heading, non-null ({@code ""} gives "Questions")
 * @param closingText  the closing slide's text (e.g. where the sources are), non-null
 */
public record Lecture(String title, String byline, DatasetRef dataset, List<LectureScene> scenes,
                      String closingTitle, String closingText) {

    /** The closing slide's heading when none is given. */
    public static final String DEFAULT_CLOSING_TITLE = "Questions";

    public Lecture {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a lecture needs a title");
        }
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(dataset, "dataset");
        scenes = List.copyOf(Objects.requireNonNull(scenes, "scenes"));
        closingTitle = Objects.requireNonNull(closingTitle, "closingTitle").isBlank() ? DEFAULT_CLOSING_TITLE : closingTitle;
        Objects.requireNonNull(closingText, "closingText");
    }

    /** An empty lecture on a dataset. */
    public static Lecture empty(String title, DatasetRef dataset) {
        return new Lecture(title, "", dataset, List.of(), DEFAULT_CLOSING_TITLE, "");
    }

    /**
     * Every step of presenting the lecture: the title slide, each scene (a step per revealed ring
     * when it reveals them one at a time), the closing slide. Never empty.
     */
    public List<LectureStep> steps() {
        List<LectureStep> steps = new ArrayList<>();
        steps.add(LectureStep.titleSlide());
        for (int i = 0; i < scenes.size(); i++) {
            int n = scenes.get(i).stepCount();
            for (int k = 1; k <= n; k++) {
                steps.add(LectureStep.scene(i, k));
            }
        }
        steps.add(LectureStep.closingSlide());
        return List.copyOf(steps);
    }

    public Lecture withScenes(List<LectureScene> s) {
        return new Lecture(title, byline, dataset, s, closingTitle, closingText);
    }

    /** The lecture with scene {@code index} replaced. */
    public Lecture withScene(int index, LectureScene scene) {
        List<LectureScene> next = new ArrayList<>(scenes);
        next.set(index, Objects.requireNonNull(scene, "scene"));
        return withScenes(next);
    }

    /** The lecture with {@code scene} added after the others. */
    public Lecture withAdded(LectureScene scene) {
        List<LectureScene> next = new ArrayList<>(scenes);
        next.add(Objects.requireNonNull(scene, "scene"));
        return withScenes(next);
    }

    /**
     * The lecture with the scene at {@code from} moved to {@code to} (both indexes into the scenes);
     * the others keep their order.
     */
    public Lecture withMoved(int from, int to) {
        Objects.checkIndex(from, scenes.size());
        Objects.checkIndex(to, scenes.size());
        List<LectureScene> next = new ArrayList<>(scenes);
        next.add(to, next.remove(from));
        return withScenes(next);
    }

    /** The lecture without the scene at {@code index}. */
    public Lecture withoutScene(int index) {
        List<LectureScene> next = new ArrayList<>(scenes);
        next.remove(index);
        return withScenes(next);
    }
}
