package org.balanceexplorer.state;

import java.util.List;
import java.util.Objects;
import org.balanceexplorer.model.ClaimCheck;

/**
 * A claim check with its measurements computed for one dataset and one set of launch points.
 *
 * @param check        the statement and what measures it
 * @param measurements one result per measurement of the check, in its order
 */
public record CheckResult(ClaimCheck check, List<MeasureResult> measurements) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        measurements = List.copyOf(measurements);
    }
}
