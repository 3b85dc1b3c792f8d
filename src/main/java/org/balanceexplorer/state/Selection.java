package org.balanceexplorer.state;

/**
 * What the user selected. Ids are not checked against a dataset here: a selection naming an id the
 * dataset lacks selects nothing.
 *
 * @param systemId  the selected system's id, or {@code null} for none
 * @param countryId the selected country's id (the side panel lists its systems), or {@code null}
 * @param placeId   the selected place's id, or {@code null}
 */
public record Selection(String systemId, String countryId, String placeId) {

    /** Nothing selected. */
    public static final Selection NONE = new Selection(null, null, null);

    public Selection {
        requireNotBlank("systemId", systemId);
        requireNotBlank("countryId", countryId);
        requireNotBlank("placeId", placeId);
    }

    private static void requireNotBlank(String name, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(name + " must be null or an id, was '" + value + "'");
        }
    }
}
