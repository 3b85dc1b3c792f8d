package org.balanceexplorer.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened on a date: a test, a sanction, an agreement, a statement.
 *
 * @param id        unique id across the dataset
 * @param date      when it happened
 * @param title     a short neutral title
 * @param kind      what kind of event it is
 * @param countries ISO alpha-3 codes of the countries concerned
 * @param systems   ids of the weapon systems concerned, possibly none
 * @param claims    the claims that date and describe it, at least one
 */
public record Event(String id, PartialDate date, String title, EventKind kind, List<String> countries,
                    List<String> systems, List<Claim> claims) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        countries = countries == null ? List.of() : List.copyOf(countries);
        systems = systems == null ? List.of() : List.copyOf(systems);
        claims = List.copyOf(claims);
    }
}
