package org.balanceexplorer.model;

/** Who makes a claim, relative to the system it is about. */
public enum ClaimantKind {
    OWN_GOVERNMENT("ownGovernment", "own government"),
    OTHER_GOVERNMENT("otherGovernment", "other government"),
    INDEPENDENT_ANALYSIS("independentAnalysis", "independent analysis"),
    MEDIA("media", "media"),
    OPINION("opinion", "opinion");

    private final String jsonName;
    private final String label;

    ClaimantKind(String jsonName, String label) {
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

    public static ClaimantKind fromJson(String name) {
        return JsonNames.lookup(ClaimantKind.class, values(), ClaimantKind::jsonName, name);
    }
}
