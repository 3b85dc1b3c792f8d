package org.balanceexplorer.state;

/**
 * Which moment the map shows.
 *
 * @param year        show the systems as of this year (the timeline), or {@code null} for no
 *                    limit (the latest); in [{@value #MIN_YEAR}, {@value #MAX_YEAR}]
 * @param knownInYear show only what was publicly claimed by this year, or {@code null} for no
 *                    limit (everything known now); in [{@value #MIN_YEAR}, {@value #MAX_YEAR}]
 */
public record TimeSettings(Integer year, Integer knownInYear) {

    /** The earliest year accepted: before any missile of the dataset. */
    public static final int MIN_YEAR = 1900;
    /** The latest year accepted. */
    public static final int MAX_YEAR = 2100;
    /** No limit: the latest of everything. */
    public static final TimeSettings LATEST = new TimeSettings(null, null);

    public TimeSettings {
        requireYear("year", year);
        requireYear("knownInYear", knownInYear);
    }

    private static void requireYear(String name, Integer value) {
        if (value != null && (value < MIN_YEAR || value > MAX_YEAR)) {
            throw new IllegalArgumentException(name + " must be in [" + MIN_YEAR + ", " + MAX_YEAR + "] or null, was " + value);
        }
    }
}
