package org.balanceexplorer.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole, validated dataset: immutable, with lookups by id. Build it only from data that passed
 * validation; the constructor checks that ids are unique and references resolve, and throws
 * {@link IllegalArgumentException} otherwise.
 */
public final class Dataset {

    private final DatasetInfo info;
    private final Map<String, Source> sources;
    private final Map<String, Country> countries;
    private final Map<String, Place> places;
    private final Map<String, WeaponSystem> systems;
    private final Map<String, Event> events;
    private final Map<String, ClaimCheck> claimChecks;

    /** A dataset without claim checks. */
    public Dataset(DatasetInfo info, List<Source> sources, List<Country> countries, List<Place> places,
                   List<WeaponSystem> systems, List<Event> events) {
        this(info, sources, countries, places, systems, events, List.of());
    }

    public Dataset(DatasetInfo info, List<Source> sources, List<Country> countries, List<Place> places,
                   List<WeaponSystem> systems, List<Event> events, List<ClaimCheck> claimChecks) {
        this.info = Objects.requireNonNull(info, "info");
        this.sources = index(sources, Source::id, "source");
        this.countries = index(countries, Country::id, "country");
        this.places = index(places, Place::id, "place");
        this.systems = index(systems, WeaponSystem::id, "system");
        this.events = index(events, Event::id, "event");
        this.claimChecks = index(claimChecks, ClaimCheck::id, "claim check");
        for (Country c : countries) {
            require(this.places.containsKey(c.representativePoint()),
                    "country " + c.id() + " names unknown place " + c.representativePoint());
        }
        for (WeaponSystem s : systems) {
            require(this.countries.containsKey(s.country()), "system " + s.id() + " names unknown country " + s.country());
            s.figures().values().forEach(f -> f.claims().forEach(c -> require(this.sources.containsKey(c.sourceId()),
                    "system " + s.id() + " cites unknown source " + c.sourceId())));
        }
        for (Event e : events) {
            e.claims().forEach(c -> require(this.sources.containsKey(c.sourceId()),
                    "event " + e.id() + " cites unknown source " + c.sourceId()));
        }
        for (ClaimCheck check : claimChecks) {
            requireRefs(check);
        }
    }

    private void requireRefs(ClaimCheck check) {
        String what = "claim check " + check.id();
        require(sources.containsKey(check.statement().sourceId()), what + " cites unknown source "
                + check.statement().sourceId());
        for (Measure m : check.measurements()) {
            if (m instanceof Measure.Distance d) {
                require(places.containsKey(d.placeId()), what + " names unknown place " + d.placeId());
            } else if (m instanceof Measure.TerritoryShare t) {
                require(countries.containsKey(t.countryId()), what + " names unknown country " + t.countryId());
            }
            List<RangeRef> ranges = m instanceof Measure.RangeComparison c ? c.ranges() : List.of(m.range());
            for (RangeRef r : ranges) {
                // a system may be absent from a dataset derived for a year (before its first test):
                // the measurement then says the range is not available
                require(r.longestOfCountry() == null || countries.containsKey(r.longestOfCountry()),
                        what + " names unknown country " + r.longestOfCountry());
            }
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String what) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + what + " id " + id.apply(item));
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    public DatasetInfo info() {
        return info;
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    public List<Place> places() {
        return List.copyOf(places.values());
    }

    /** Every system, in file order. */
    public List<WeaponSystem> systems() {
        return List.copyOf(systems.values());
    }

    /** Every event, oldest first. */
    public List<Event> events() {
        return events.values().stream().sorted(Comparator.comparing(Event::date)).toList();
    }

    /** Every claim check, in file order. */
    public List<ClaimCheck> claimChecks() {
        return List.copyOf(claimChecks.values());
    }

    public Optional<ClaimCheck> claimCheck(String id) {
        return Optional.ofNullable(claimChecks.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public Optional<Country> country(String id) {
        return Optional.ofNullable(countries.get(id));
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    public Optional<WeaponSystem> system(String id) {
        return Optional.ofNullable(systems.get(id));
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(events.get(id));
    }

    /** The systems of one country, in file order. */
    public List<WeaponSystem> systemsOf(String countryId) {
        return systems.values().stream().filter(s -> s.country().equals(countryId)).toList();
    }

    /** The representative launch point of a country (its capital unless the dataset says otherwise). */
    public Place representativePoint(String countryId) {
        Country c = countries.get(countryId);
        if (c == null) {
            throw new IllegalArgumentException("no country " + countryId);
        }
        return places.get(c.representativePoint());
    }
}
