package org.balanceexplorer.model;

/** What kind of publication a source is. */
public enum SourceKind {
    /** A government's own release, statement, report or hearing record. */
    GOVERNMENT("government"),
    /** A news report (wire, newspaper, broadcaster, news site). */
    NEWS("news"),
    /** A think tank's or research institute's analysis. */
    ANALYSIS("analysis"),
    /** An academic paper or book. */
    ACADEMIC("academic"),
    /** A reference work or a secondary compilation of other sources (labelled as such). */
    REFERENCE("reference"),
    /** An opinion or commentary piece. */
    OPINION("opinion"),
    /** Anything else: blogs, exam-preparation sites, forums. */
    OTHER("other");

    private final String jsonName;

    SourceKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in dataset files. */
    public String jsonName() {
        return jsonName;
    }

    /** The constant whose {@link #jsonName()} is {@code name}. */
    public static SourceKind fromJson(String name) {
        return JsonNames.lookup(SourceKind.class, values(), SourceKind::jsonName, name);
    }
}
