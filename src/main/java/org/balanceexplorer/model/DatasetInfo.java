package org.balanceexplorer.model;

import java.util.Objects;

/**
 * What a dataset says of itself.
 *
 * @param name    a title, e.g. "South Asia Strategic Balance Explorer dataset"
 * @param version its version, e.g. "1.0.0"
 * @param updated when it was last changed, or {@code null}
 */
public record DatasetInfo(String name, String version, PartialDate updated) {
    public static final DatasetInfo UNNAMED = new DatasetInfo("Unnamed dataset", "unversioned", null);

    public DatasetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }
}
