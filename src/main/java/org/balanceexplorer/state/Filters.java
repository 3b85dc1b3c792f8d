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
 * @param search     words a system must carry, each somewhere in its name, aliases or class names
 *                   (the rule's acronym and long name, and the classes its sources give); {@code ""}
 *                   for none; non-null. See {@link SystemFilter#matchesSearch}.
 * @param countries  country ids (ISO 3166-1 alpha-3) to list; empty for all
 * @param classes    range classes (by the one rule, {@link RangeClass#of}) to list; empty for all
 *                   (cruise missiles, which the rule does not class, match none)
 * @param basings    basings to list (a system with any of them is listed); empty for all
 * @param categories categories to list; empty for all
 * @param statuses   status words, as the dataset's {@code status} figure gives them (e.g.
 *                   "operational", "in development"); empty for all. The dataset has no fixed
 *                   list of statuses, so these are texts; {@link SystemFilter#NO_STATUS} stands for
 *                   systems whose dataset gives no status
 * @param claimedClasses classes as a source words them, reduced to their acronym in upper case
 *                   ({@link SystemFilter#claimedClass}: "IRBM", "SLBM"); a system is listed when any
 *                   of its class claims gives one of them; empty for all
 */
public record Filters(String search, Set<String> countries, Set<RangeClass> classes, Set<Basing> basings,
                      Set<Category> categories, Set<String> statuses, Set<String> claimedClasses) {

    /** No filter at all. */
    public static final Filters NONE = new Filters("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public Filters {
        Objects.requireNonNull(search, "search");
        countries = texts("countries", countries);
        classes = constants("classes", RangeClass.class, classes);
        basings = constants("basings", Basing.class, basings);
        categories = constants("categories", Category.class, categories);
        statuses = texts("statuses", statuses);
        claimedClasses = texts("claimedClasses", claimedClasses);
    }

    /** Filters with no filter on the classes sources claim. */
    public Filters(String search, Set<String> countries, Set<RangeClass> classes, Set<Basing> basings,
                   Set<Category> categories, Set<String> statuses) {
        this(search, countries, classes, basings, categories, statuses, Set.of());
    }

    /** These filters with another search text. */
    public Filters withSearch(String text) {
        return new Filters(text, countries, classes, basings, categories, statuses, claimedClasses);
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
