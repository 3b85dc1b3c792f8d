package org.balanceexplorer.model;

/** What a place is. */
public enum PlaceKind {
    CAPITAL("capital"),
    CITY("city");

    private final String jsonName;

    PlaceKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static PlaceKind fromJson(String name) {
        return JsonNames.lookup(PlaceKind.class, values(), PlaceKind::jsonName, name);
    }
}
