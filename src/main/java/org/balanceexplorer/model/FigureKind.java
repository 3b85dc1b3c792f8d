package org.balanceexplorer.model;

/** The figures a weapon system may carry; only {@link #RANGE_KM} is required. */
public enum FigureKind {
    RANGE_KM("rangeKm", "Range", "km"),
    FIRST_TEST("firstTest", "First test", ""),
    CLASS("class", "Class", ""),
    STATUS("status", "Status", ""),
    PAYLOAD_KG("payloadKg", "Payload", "kg");

    private final String jsonName;
    private final String label;
    private final String unit;

    FigureKind(String jsonName, String label, String unit) {
        this.jsonName = jsonName;
        this.label = label;
        this.unit = unit;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Plain words for the user. */
    public String label() {
        return label;
    }

    /** The unit of numeric values, or an empty string. */
    public String unit() {
        return unit;
    }

    /** Whether values of this figure are numbers (range, payload) rather than text or dates. */
    public boolean numeric() {
        return !unit.isEmpty();
    }

    public static FigureKind fromJson(String name) {
        return JsonNames.lookup(FigureKind.class, values(), FigureKind::jsonName, name);
    }
}
