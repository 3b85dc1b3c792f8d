package org.balanceexplorer.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A missile system and its figures. Every figure is a set of claims; {@link FigureKind#RANGE_KM}
 * is always present.
 *
 * @param id       unique id across the dataset
 * @param name     the common name, e.g. "Shaheen-III"
 * @param aliases  other names (e.g. "Hatf-VI"), possibly none
 * @param country  ISO 3166-1 alpha-3 code of the country that fields it
 * @param category ballistic, cruise or hypersonic glide
 * @param basing   where it is launched from, at least one
 * @param figures  its figures by kind
 * @param note     an editor's note, or {@code null}
 */
public record WeaponSystem(
        String id,
        String name,
        List<String> aliases,
        String country,
        Category category,
        List<Basing> basing,
        Map<FigureKind, Figure> figures,
        String note) {

    public WeaponSystem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(category, "category");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        basing = basing == null ? List.of() : List.copyOf(basing);
        EnumMap<FigureKind, Figure> copy = new EnumMap<>(FigureKind.class);
        copy.putAll(figures);
        if (!copy.containsKey(FigureKind.RANGE_KM)) {
            throw new IllegalArgumentException("system " + id + " has no rangeKm figure");
        }
        copy.forEach((k, f) -> {
            if (f.kind() != k) {
                throw new IllegalArgumentException("figure filed under " + k + " is a " + f.kind());
            }
        });
        figures = Collections.unmodifiableMap(copy);
    }

    /** The range figure, always present. */
    public Figure range() {
        return figures.get(FigureKind.RANGE_KM);
    }

    /** The headline range in kilometres used for the ring (the upper end of a span headline). */
    public double headlineRangeKm() {
        return range().headline().highest().orElseThrow();
    }

    public Optional<Figure> figure(FigureKind kind) {
        return Optional.ofNullable(figures.get(kind));
    }

    /**
     * The class the stated rule gives the headline range; empty for cruise missiles, which the
     * rule (a ballistic-missile scale) does not class.
     */
    public Optional<RangeClass> ruleClass() {
        return category == Category.CRUISE ? Optional.empty() : Optional.of(RangeClass.of(headlineRangeKm()));
    }
}
