package org.balanceexplorer.model;

import java.util.Objects;

/**
 * A city or capital.
 *
 * @param id               unique id across the dataset
 * @param name             common English name
 * @param country          ISO 3166-1 alpha-3 code of the country it lies in (need not be a dataset country)
 * @param location         its coordinates, to 0.01 degree
 * @param kind             capital or city
 * @param coordinateSource where the coordinates were taken from
 * @param localNames       its name in Urdu and Hindi where a stored source gives them
 */
public record Place(String id, String name, String country, GeoPoint location, PlaceKind kind, String coordinateSource,
                    LocalNames localNames) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(coordinateSource, "coordinateSource");
        Objects.requireNonNull(localNames, "localNames");
    }

    /** A place with its English name only. */
    public Place(String id, String name, String country, GeoPoint location, PlaceKind kind, String coordinateSource) {
        this(id, name, country, location, kind, coordinateSource, LocalNames.NONE);
    }

    /** Its name in a language (a tag such as {@code "ur"}), or the English name where none is sourced. */
    public String name(String languageTag) {
        return localNames.in(languageTag, name);
    }
}
