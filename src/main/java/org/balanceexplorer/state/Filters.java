package org.balanceexplorer.state;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.balanceexplorer.model.Basing;
import org.balanceexplorer.model.Category;
import org.balanceexplorer.model.RangeClass;

/**
 * Which systems the side panel lists. Every part narrows the list; an empty set means no filter
 * on that part. Sets are copied into a fixed order (enums by declaration, texts alphabetically) so
 * that equal filters are equal and are written the same way.
 *
 * @param search     words a system's name or aliases must contain; {@code ""} for none; non-null
 * @param countries  country ids (ISO 3166-1 alpha-3) to list; empty for all
 * @param classes    range classes (by the one rule, {@link RangeClass#of}) to list; empty for all
 * @param basings    basings to list (a system with any of them is listed); empty for all
 * @param categories categories to list; empty for all
 * @param statuses   status words, as the dataset's {@code status} figure gives them (e.g.
 *                   "operational", "in development"); empty for all. The dataset has no fixed
 *                   list of statuses, so these are texts.
 */
public record Filters(String search, Set<String> countries, Set<RangeClass> classes, Set<Basing> basings,
                      Set<Category> categories, Set<String> statuses) {

    /** No filter at all. */
    public static final Filters NONE = new Filters("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public Filters {
        Objects.requireNonNull(search, "search");
        countries = texts("countries", countries);
        classes = constants("classes", RangeClass.class, classes);
        basings = constants("basings", Basing.class, basings);
        categories = constants("categories", Category.class, categories);
        statuses = texts("statuses", statuses);
    }

    /** Whether nothing is filtered. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    private static Set<String> texts(String name, Collection<String> values) {
        Objects.requireNonNull(values, name);
        TreeSet<String> copy = new TreeSet<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(name + " must hold no null or blank text, held '" + v + "'");
            }
            copy.add(v);
        }
        return Collections.unmodifiableSet(copy);
    }

    private static <E extends Enum<E>> Set<E> constants(String name, Class<E> type, Collection<E> values) {
        Objects.requireNonNull(values, name);
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E v : values) {
            copy.add(Objects.requireNonNull(v, () -> name + " must hold no null"));
        }
        return Collections.unmodifiableSet(copy);
    }
}
