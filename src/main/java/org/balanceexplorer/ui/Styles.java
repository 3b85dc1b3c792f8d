package org.balanceexplorer.ui;

/** CSS style-class names, as constants so code and stylesheet agree. */
public final class Styles {
    public static final String CLAIMS_PANEL = "claims-panel";
    public static final String FIGURE = "figure";
    public static final String FIGURE_TITLE = "figure-title";
    public static final String CONFLICT_BADGE = "conflict-badge";
    public static final String CLAIM_CARD = "claim-card";
    public static final String CLAIM_VALUE = "claim-value";
    public static final String CLAIMANT = "claimant";
    public static final String CLAIMANT_KIND = "claimant-kind";
    public static final String QUOTE = "quote";
    public static final String SOURCE = "source";
    public static final String MUTED = "muted";
    public static final String HEADING = "heading";
    public static final String SMALL_BUTTON = "small-button";
    public static final String SYSTEM_TREE = "system-tree";
    public static final String LEGEND = "legend";

    private Styles() {
    }
}
