package org.balanceexplorer.model;

import java.util.Objects;

/**
 * A country of the dataset.
 *
 * @param id                  ISO 3166-1 alpha-3 code, e.g. "PAK"
 * @param name                common English name
 * @param representativePoint id of the {@link Place} used as its default launch point (a capital,
 *                            never a military site)
 * @param localNames          its name in Urdu and Hindi where a stored source gives them
 */
public record Country(String id, String name, String representativePoint, LocalNames localNames) {
    public Country {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(representativePoint, "representativePoint");
        Objects.requireNonNull(localNames, "localNames");
    }

    /** A country with its English name only. */
    public Country(String id, String name, String representativePoint) {
        this(id, name, representativePoint, LocalNames.NONE);
    }

    /** Its name in a language (a tag such as {@code "ur"}), or the English name where none is sourced. */
    public String name(String languageTag) {
        return localNames.in(languageTag, name);
    }
}
