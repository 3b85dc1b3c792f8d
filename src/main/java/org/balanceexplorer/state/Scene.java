package org.balanceexplorer.state;

import java.util.Objects;

/**
 * A saved view: a {@link ViewState} and what a file of it needs around it, namely the dataset it was
 * made with and, optionally, a title and a caption for whoever opens it. The view state itself is
 * not changed: a scene wraps it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title   a short title, or {@code null}
 * @param caption a sentence or two for whoever opens it, or {@code null}
 * @param dataset the dataset the scene was made with, non-null
 * @param view    the view, non-null
 */
public record Scene(String title, String caption, DatasetRef dataset, ViewState view) {

    public Scene {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(view, "view");
        title = blankToNull(title);
        caption = blankToNull(caption);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
