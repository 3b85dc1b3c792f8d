package org.balanceexplorer.model;

/** How a source hedges a figure. */
public enum Qualifier {
    /** The source gives the number as it is. */
    EXACT("exact", ""),
    APPROX("approx", "about "),
    AT_LEAST("atLeast", "at least "),
    UP_TO("upTo", "up to "),
    /** The source gives a span from {@code min} to {@code max}. */
    RANGE("range", "");

    private final String jsonName;
    private final String prefix;

    Qualifier(String jsonName, String prefix) {
        this.jsonName = jsonName;
        this.prefix = prefix;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Words put before the number when it is shown, e.g. "at least ". */
    public String prefix() {
        return prefix;
    }

    public static Qualifier fromJson(String name) {
        return JsonNames.lookup(Qualifier.class, values(), Qualifier::jsonName, name);
    }
}
