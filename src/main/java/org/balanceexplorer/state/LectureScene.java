package org.balanceexplorer.state;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One scene of a {@link Lecture}: the view it shows and what is said with it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title            a short title, non-blank (the lecture panel lists it; a handout heads a page with it)
 * @param caption          what the room reads under the map, non-null ({@code ""} for none); it
 *                         attributes every figure to whoever claims it
 * @param notes            the presenter's notes, shown on the lecturer's screen only; non-null ({@code ""} for none)
 * @param claimIds         the claims the scene cites, in order, as the dataset's claim ids
 *                         ({@code system/figure[index]} or {@code events/event-id[index]}, see
 *                         {@code model.ClaimIds}); distinct
 * @param revealOneAtATime whether the view's rings (and so the places they reach) come on one at a
 *                         time, a step each, in the order of {@link ViewState#shownSystems()}
 * @param view             the view, non-null
 */
public record LectureScene(String title, String caption, String notes, List<String> claimIds,
                           boolean revealOneAtATime, ViewState view) {

    public LectureScene {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a lecture scene needs a title");
        }
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(view, "view");
        Set<String> seen = new HashSet<>();
        for (String id : Objects.requireNonNull(claimIds, "claimIds")) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("claimIds must hold no null or blank id, held '" + id + "'");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("claimIds must not cite a claim twice, cited '" + id + "' twice");
            }
        }
        claimIds = List.copyOf(claimIds);
    }

    /** A scene of the current view with a title and nothing else said yet. */
    public static LectureScene of(String title, ViewState view) {
        return new LectureScene(title, "", "", List.of(), false, view);
    }

    /** How many steps the scene takes: one, or one per shown ring when revealed one at a time. */
    public int stepCount() {
        return revealOneAtATime ? Math.max(1, view.shownSystems().size()) : 1;
    }

    /**
     * The view at one of the scene's steps: the whole view, or, when revealing one at a time, the
     * view with only the first {@code revealed} rings shown.
     *
     * @param revealed how many rings are on, from 1 to {@link #stepCount()}
     */
    public ViewState viewAt(int revealed) {
        if (!revealOneAtATime || revealed >= view.shownSystems().size()) {
            return view;
        }
        if (revealed < 1) {
            throw new IllegalArgumentException("revealed must be at least 1, was " + revealed);
        }
        ViewState v = view;
        List<String> hidden = new ArrayList<>(view.shownSystems().subList(revealed, view.shownSystems().size()));
        for (String id : hidden) {
            v = v.withShown(id, false);
        }
        return v;
    }

    public LectureScene withTitle(String t) {
        return new LectureScene(t, caption, notes, claimIds, revealOneAtATime, view);
    }

    public LectureScene withCaption(String c) {
        return new LectureScene(title, c, notes, claimIds, revealOneAtATime, view);
    }

    public LectureScene withNotes(String n) {
        return new LectureScene(title, caption, n, claimIds, revealOneAtATime, view);
    }

    public LectureScene withView(ViewState v) {
        return new LectureScene(title, caption, notes, claimIds, revealOneAtATime, v);
    }
}
