package org.balanceexplorer.model;

/** What kind of thing happened. */
public enum EventKind {
    TEST("test"),
    SANCTION("sanction"),
    AGREEMENT("agreement"),
    STATEMENT("statement"),
    OTHER("other");

    private final String jsonName;

    EventKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static EventKind fromJson(String name) {
        return JsonNames.lookup(EventKind.class, values(), EventKind::jsonName, name);
    }
}
