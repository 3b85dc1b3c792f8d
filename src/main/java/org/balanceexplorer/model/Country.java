package org.balanceexplorer.model;

import java.util.Objects;

/**
 * A country of the dataset.
 *
 * @param id                  ISO 3166-1 alpha-3 code, e.g. "PAK"
 * @param name                common English name
 * @param representativePoint id of the {@link Place} used as its default launch point (a capital,
 *                            never a military site)
 */
public record Country(String id, String name, String representativePoint) {
    public Country {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(representativePoint, "representativePoint");
    }
}
