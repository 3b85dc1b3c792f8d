package org.balanceexplorer.state;

import java.util.Objects;

/**
 * Which dataset a scene or a lecture was made with: its name and version as the dataset states
 * them ({@code dataset.json}). Opening the file on another dataset, or another version, is allowed
 * and said to the user (see {@link SceneFit}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name    the dataset's name, non-blank
 * @param version the dataset's version, e.g. "1.2.0", non-blank
 */
public record DatasetRef(String name, String version) {

    public DatasetRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        if (name.isBlank() || version.isBlank()) {
            throw new IllegalArgumentException("a dataset reference needs a name and a version, was '" + name
                    + "', '" + version + "'");
        }
    }
}
