package org.balanceexplorer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement that implies geometry ("able to strike targets in the United States", "designed to
 * deter only India") and the measurements that test it. The app shows the measurements beside the
 * statement and never a verdict: the reader draws the conclusion.
 *
 * @param id           unique among claim checks
 * @param statement    the claim that is checked: the check's own, or a claim of an event or a figure
 * @param origin       where the statement is recorded in the dataset: {@code "event <id>"} or
 *                     {@code "system <id>, <figure>"}, or {@code null} when the check states it itself
 * @param measurements what is measured, at least one
 * @param note         an editor's note, or {@code null}
 */
public record ClaimCheck(String id, Claim statement, String origin, List<Measure> measurements, String note) {

    public ClaimCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        measurements = List.copyOf(measurements);
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("a claim check needs at least one measurement");
        }
    }

    public Optional<String> originText() {
        return Optional.ofNullable(origin);
    }

    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }
}
