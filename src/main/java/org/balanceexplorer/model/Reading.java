package org.balanceexplorer.model;

/**
 * What the second reading of the dataset (data/reading/second-reading.tsv) found when it read a
 * claim against the stored copy of its cited page.
 */
public enum Reading {
    /** The quote was found on the cited page. */
    QUOTE_ON_PAGE("quoteOnPage", "quote found on the page"),
    /** The cited page was not found again: the claim rests on an earlier reading only. */
    PAGE_NOT_SEEN("pageNotSeen", "page not seen");

    private final String jsonName;
    private final String label;

    Reading(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The words shown to a reader, e.g. "page not seen". */
    public String label() {
        return label;
    }

    public static Reading fromJson(String name) {
        return JsonNames.lookup(Reading.class, values(), Reading::jsonName, name);
    }
}
