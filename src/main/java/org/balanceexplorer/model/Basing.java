package org.balanceexplorer.model;

/** Where a weapon system is launched from. */
public enum Basing {
    LAND("land"),
    SEA("sea"),
    SUBMARINE("submarine"),
    AIR("air");

    private final String jsonName;

    Basing(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Basing fromJson(String name) {
        return JsonNames.lookup(Basing.class, values(), Basing::jsonName, name);
    }
}
