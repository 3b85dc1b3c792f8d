package org.balanceexplorer.model;

/** Which number of a range figure a claim check measures against. */
public enum RangeUse {
    /** The figure's headline (the upper end of a headline span), the value the map draws. */
    HEADLINE("headline", "headline"),
    /** The lowest number any claim of the figure gives. */
    LOWEST_CLAIM("lowestClaim", "lowest claim"),
    /** The highest number any claim of the figure gives. */
    HIGHEST_CLAIM("highestClaim", "highest claim");

    private final String jsonName;
    private final String label;

    RangeUse(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Plain words for the user. */
    public String label() {
        return label;
    }

    /** The number of {@code range} this use picks, in km. */
    public double of(Figure range) {
        return switch (this) {
            case HEADLINE -> range.headline().highest().orElseThrow();
            case LOWEST_CLAIM -> range.lowestClaimed().orElseThrow();
            case HIGHEST_CLAIM -> range.highestClaimed().orElseThrow();
        };
    }

    public static RangeUse fromJson(String name) {
        return JsonNames.lookup(RangeUse.class, values(), RangeUse::jsonName, name);
    }
}
