package org.balanceexplorer.data;

import java.util.Objects;

/**
 * One thing wrong with a dataset, located as precisely as the loader can, in words a student
 * understands.
 *
 * <p>{@link #format()} (and {@link #toString()}) give {@code FILE:LINE:COLUMN: JSON_PATH: message},
 * for example {@code systems.json:12:7: $.systems[0].figures.rangeKm.claims[0].source: in system
 * 'shaheen-3': source 'dawn-x' does not exist in the dataset}. When the enclosing record's id is
 * known, the loader starts the message with it ("in system 'shaheen-3': ").
 *
 * <p>Immutable and thread-safe.
 *
 * @param file     the file name relative to the dataset folder, e.g. {@code systems.json}; for a
 *                 problem with the folder itself, the folder as it was given
 * @param line     1-based line, or 0 when unknown or when the problem concerns the whole file
 * @param column   1-based column (counted in characters), or 0 when unknown
 * @param jsonPath where in the file, JSONPath-like, e.g. {@code $.systems[3].figures.rangeKm};
 *                 {@code $} when the problem concerns the whole file
 * @param recordId the id of the enclosing top-level record (source, country, place, system, event),
 *                 or {@code null} when there is none or it is unknown
 * @param message  plain words: what is wrong, and where it helps, how to fix it
 */
public record DatasetProblem(String file, int line, int column, String jsonPath, String recordId, String message) {

    public DatasetProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(jsonPath, "jsonPath");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 (unknown) or more, were " + line + ", " + column);
        }
    }

    /** A problem with a whole file (or folder): line and column 0, path {@code $}, no record. */
    public static DatasetProblem ofFile(String file, String message) {
        return new DatasetProblem(file, 0, 0, "$", null, message);
    }

    /** The problem as one line: {@code FILE:LINE:COLUMN: JSON_PATH: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + jsonPath + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
