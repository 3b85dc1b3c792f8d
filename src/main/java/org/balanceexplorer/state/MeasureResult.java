package org.balanceexplorer.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.balanceexplorer.model.Measure;

/**
 * One measurement of a claim check, computed from the data: what was measured, from where, the
 * result in words (numbers only, never a verdict), and the same numbers by name for tables,
 * CSV and JSON.
 *
 * @param measure     what was asked
 * @param description what was asked, in words ({@link org.balanceexplorer.model.MeasureWords})
 * @param launchLabel the launch point measured from, as the map labels it
 * @param result      the numbers in words, e.g. "11,190 km; Shaheen-III, headline 2,750 km"
 * @param values      the numbers by name, in a fixed order: doubles, texts, lists of texts
 */
public record MeasureResult(Measure measure, String description, String launchLabel, String result,
                            Map<String, Object> values) {

    public MeasureResult {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(launchLabel, "launchLabel");
        Objects.requireNonNull(result, "result");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
