package org.balanceexplorer.state;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.balanceexplorer.model.Basing;
import org.balanceexplorer.model.Category;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.RangeClass;
import org.balanceexplorer.model.WeaponSystem;

/**
 * The one rule for which systems the side panel lists under some {@link Filters}, and the counts
 * each filter option would leave.
 *
 * <h2>Rule</h2>
 * A system is listed when, for every {@link Part} whose set in the filters is not empty, it has at
 * least one of the chosen values (a land- and sea-based system is listed under "sea"), and when
 * every word of the search occurs, ignoring case, in its name, an alias, its class by the rule
 * (acronym or long name) or a class a source gives it. Options within a part are alternatives;
 * parts narrow each other.
 *
 * <h2>Counts</h2>
 * An option's count is how many systems would be listed with that option alone chosen in its part
 * and every other part (and the search) as it is: the number the list shows after choosing it.
 *
 * <h2>Speed</h2>
 * An instance ({@link #SystemFilter(Dataset)}) works out once what each system is in every part and
 * the text the search looks in, so that a change of filters costs only set look-ups; the static
 * forms build one for the call.
 *
 * <p>Immutable and thread-safe.
 */
public final class SystemFilter {

    /** What one system is in every part, and the lower-case text the search looks in. */
    private record Facts(WeaponSystem system, Map<Part, Set<String>> keys, String haystack) {
    }

    private final Dataset dataset;
    private final List<Facts> facts;
    /** The values each part offers on the dataset, in order. */
    private final Map<Part, Set<String>> offered;

    /** The status of a system whose dataset gives none: a value of its own, so that it can be chosen. */
    public static final String NO_STATUS = "not stated";

    /** The parts of the filters, each a set of values a system has or lacks. */
    public enum Part {
        /** The country that fields the system. */
        COUNTRY("Country"),
        /** The class the one stated rule gives the headline range (cruise missiles have none). */
        RULE_CLASS("Class by the rule"),
        /** The classes the system's sources give it, as acronyms. */
        CLAIMED_CLASS("Class as sources give it"),
        /** The headline of the status figure, or {@link #NO_STATUS}. */
        STATUS("Status"),
        /** Where it is launched from (one system may have several). */
        BASING("Basing"),
        /** How it flies. */
        CATEGORY("Category");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        /** The part in plain words, as the filter panel heads it. */
        public String label() {
            return label;
        }
    }

    /**
     * One value a part can be filtered by.
     *
     * @param part   the part
     * @param key    the value as the filters hold it (a country id, a constant's name, a text)
     * @param label  the value in plain words
     * @param count  how many systems choosing it alone in its part would list (see Counts)
     * @param chosen whether the filters choose it now
     */
    public record Option(Part part, String key, String label, int count, boolean chosen) {
    }

    /** Works out, once, what each of the dataset's systems is in every part. */
    public SystemFilter(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        List<Facts> out = new ArrayList<>();
        for (WeaponSystem s : dataset.systems()) {
            Map<Part, Set<String>> k = new java.util.EnumMap<>(Part.class);
            for (Part p : Part.values()) {
                k.put(p, keys(s, p));
            }
            out.add(new Facts(s, k, haystack(s)));
        }
        this.facts = List.copyOf(out);
        Map<Part, Set<String>> o = new java.util.EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            o.put(p, offered(dataset, p));
        }
        this.offered = o;
    }

    /** The dataset's systems the filters list, in dataset order. */
    public List<WeaponSystem> listed(Filters f) {
        String[] words = words(f.search());
        return facts.stream().filter(x -> matches(x, f, words)).map(Facts::system).toList();
    }

    private static String[] words(String search) {
        String q = search.strip().toLowerCase(Locale.ROOT);
        return q.isEmpty() ? new String[0] : q.split("\\s+");
    }

    private static boolean matches(Facts x, Filters f, String[] words) {
        for (Part p : Part.values()) {
            Set<String> chosen = chosen(f, p);
            if (!chosen.isEmpty() && java.util.Collections.disjoint(chosen, x.keys().get(p))) {
                return false;
            }
        }
        for (String w : words) {
            if (!x.haystack().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** See {@link #options(Dataset, Filters, Part)}. */
    public List<Option> options(Filters f, Part p) {
        Objects.requireNonNull(f, "f");
        Filters others = with(f, p, Set.of());
        String[] words = words(f.search());
        List<Facts> rest = facts.stream().filter(x -> matches(x, others, words)).toList();
        Set<String> chosen = chosen(f, p);
        List<Option> out = new ArrayList<>();
        Set<String> offered = new LinkedHashSet<>(this.offered.get(p));
        offered.addAll(chosen);
        for (String key : offered) {
            int count = (int) rest.stream().filter(x -> x.keys().get(p).contains(key)).count();
            out.add(new Option(p, key, label(dataset, p, key), count, chosen.contains(key)));
        }
        return out;
    }

    /** See {@link #whyEmpty(Dataset, Filters)}. */
    public String whyEmpty(Filters f) {
        List<String> parts = new ArrayList<>();
        if (!f.search().isBlank()) {
            long alone = listed(Filters.NONE.withSearch(f.search())).size();
            parts.add("search \u201c" + f.search().strip() + "\u201d (" + alone + " alone)");
        }
        for (Part p : Part.values()) {
            Set<String> chosen = chosen(f, p);
            if (chosen.isEmpty()) {
                continue;
            }
            long n = listed(with(Filters.NONE, p, chosen)).size();
            parts.add(p.label() + ": " + chosen.stream().map(k -> label(dataset, p, k)).collect(Collectors.joining(" or "))
                    + " (" + n + " alone)");
        }
        return String.join("; ", parts);
    }

    // ---- the rule ------------------------------------------------------------------------------

    /** Whether the filters list the system (see Rule). */
    public static boolean matches(WeaponSystem s, Filters f) {
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(f, "f");
        for (Part p : Part.values()) {
            if (!matchesPart(s, f, p)) {
                return false;
            }
        }
        return matchesSearch(s, f.search());
    }

    /** The dataset's systems the filters list, in dataset order. */
    public static List<WeaponSystem> listed(Dataset d, Filters f) {
        return new SystemFilter(d).listed(f);
    }

    /**
     * Whether every word of the search (split at white space) occurs, ignoring case, in the
     * system's name, an alias, its rule class (acronym or long name) or a class a source gives it
     * (as worded, or its acronym). A blank search matches every system.
     */
    public static boolean matchesSearch(WeaponSystem s, String search) {
        String q = search.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        String hay = haystack(s);
        for (String word : q.split("\\s+")) {
            if (!hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String haystack(WeaponSystem s) {
        StringBuilder b = new StringBuilder(s.name()).append('\n');
        s.aliases().forEach(a -> b.append(a).append('\n'));
        s.ruleClass().ifPresent(c -> b.append(c.name()).append('\n').append(c.longName()).append('\n'));
        for (Claim c : classClaims(s)) {
            b.append(c.value().display()).append('\n').append(claimedClass(c.value().display())).append('\n');
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean matchesPart(WeaponSystem s, Filters f, Part p) {
        Set<String> chosen = chosen(f, p);
        if (chosen.isEmpty()) {
            return true;
        }
        for (String k : keys(s, p)) {
            if (chosen.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** The values a system has in a part, as the filters hold them. */
    public static Set<String> keys(WeaponSystem s, Part p) {
        return switch (p) {
            case COUNTRY -> Set.of(s.country());
            case RULE_CLASS -> s.ruleClass().map(c -> Set.of(c.name())).orElse(Set.of());
            case CLAIMED_CLASS -> claimedClasses(s);
            case STATUS -> Set.of(status(s));
            case BASING -> s.basing().stream().map(Basing::name).collect(Collectors.toUnmodifiableSet());
            case CATEGORY -> Set.of(s.category().name());
        };
    }

    /** The values the filters choose in a part, as keys. */
    public static Set<String> chosen(Filters f, Part p) {
        return switch (p) {
            case COUNTRY -> f.countries();
            case RULE_CLASS -> names(f.classes());
            case CLAIMED_CLASS -> f.claimedClasses();
            case STATUS -> f.statuses();
            case BASING -> names(f.basings());
            case CATEGORY -> names(f.categories());
        };
    }

    /**
     * The filters with a part's chosen values replaced.
     *
     * @param keys values as {@link #keys} gives them
     * @throws IllegalArgumentException if a key names no constant of the part
     */
    public static Filters with(Filters f, Part p, Set<String> keys) {
        Set<String> k = Set.copyOf(keys);
        return switch (p) {
            case COUNTRY -> new Filters(f.search(), k, f.classes(), f.basings(), f.categories(), f.statuses(),
                    f.claimedClasses());
            case RULE_CLASS -> new Filters(f.search(), f.countries(), constants(RangeClass.class, k), f.basings(),
                    f.categories(), f.statuses(), f.claimedClasses());
            case CLAIMED_CLASS -> new Filters(f.search(), f.countries(), f.classes(), f.basings(), f.categories(),
                    f.statuses(), k);
            case STATUS -> new Filters(f.search(), f.countries(), f.classes(), f.basings(), f.categories(), k,
                    f.claimedClasses());
            case BASING -> new Filters(f.search(), f.countries(), f.classes(), constants(Basing.class, k),
                    f.categories(), f.statuses(), f.claimedClasses());
            case CATEGORY -> new Filters(f.search(), f.countries(), f.classes(), f.basings(),
                    constants(Category.class, k), f.statuses(), f.claimedClasses());
        };
    }

    /** The filters with one option chosen or not. */
    public static Filters toggled(Filters f, Part p, String key, boolean on) {
        Set<String> k = new LinkedHashSet<>(chosen(f, p));
        if (on) {
            k.add(key);
        } else {
            k.remove(key);
        }
        return with(f, p, k);
    }

    // ---- what a system is ----------------------------------------------------------------------

    /** The headline of the system's status figure, or {@link #NO_STATUS}. */
    public static String status(WeaponSystem s) {
        return s.figure(FigureKind.STATUS).map(fig -> fig.headline().display()).orElse(NO_STATUS);
    }

    /** The classes the system's sources give it, as acronyms ({@link #claimedClass}); empty when none is given. */
    public static Set<String> claimedClasses(WeaponSystem s) {
        Set<String> out = new TreeSet<>();
        for (Claim c : classClaims(s)) {
            out.add(claimedClass(c.value().display()));
        }
        return out;
    }

    private static List<Claim> classClaims(WeaponSystem s) {
        return s.figure(FigureKind.CLASS).map(fig -> fig.claims()).orElse(List.of());
    }

    private static final List<String> ACRONYMS = List.of("CRBM", "SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "GLCM",
            "ALCM", "SLCM", "ASBM", "HGV");
    private static final Map<String, String> PHRASES = Map.of(
            "close range", "CRBM", "short range", "SRBM", "medium range", "MRBM", "intermediate range", "IRBM",
            "intercontinental", "ICBM", "submarine launched ballistic", "SLBM", "ground launched cruise", "GLCM",
            "air launched cruise", "ALCM", "sea launched cruise", "SLCM", "hypersonic glide", "HGV");

    /**
     * A class as a source words it, reduced to its acronym in upper case: "IRBM",
     * "intermediate-range ballistic missile", "Intermediate Range Ballistic Missile (IRBM)" and
     * "medium-range" give "IRBM", "IRBM", "IRBM" and "MRBM". A wording that names no known class
     * comes back as written, stripped.
     */
    public static String claimedClass(String words) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        for (String a : ACRONYMS) {
            String lower = a.toLowerCase(Locale.ROOT);
            if (w.equals(lower) || w.startsWith(lower + " ") || w.endsWith(" " + lower)) {
                return a;
            }
        }
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            if (w.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return words.strip();
    }

    // ---- options and counts --------------------------------------------------------------------

    /**
     * Every value a part offers on this dataset, in a fixed order (countries as the dataset lists
     * them, the rule's classes from shortest range, other texts alphabetically, other constants by
     * declaration), each with its count (see Counts) and whether it is chosen. A value chosen but
     * absent from the dataset is offered too (with count 0), so that it can be unchosen.
     */
    public static List<Option> options(Dataset d, Filters f, Part p) {
        return new SystemFilter(d).options(f, p);
    }

    private static Set<String> offered(Dataset d, Part p) {
        Set<String> keys = new LinkedHashSet<>();
        switch (p) {
            case COUNTRY -> d.countries().stream().filter(c -> !d.systemsOf(c.id()).isEmpty())
                    .forEach(c -> keys.add(c.id()));
            case RULE_CLASS -> present(d, p, RangeClass.values(), keys);
            case BASING -> present(d, p, Basing.values(), keys);
            case CATEGORY -> present(d, p, Category.values(), keys);
            case CLAIMED_CLASS, STATUS -> {
                Set<String> sorted = new TreeSet<>();
                d.systems().forEach(s -> sorted.addAll(keys(s, p)));
                keys.addAll(sorted);
            }
        }
        return java.util.Collections.unmodifiableSet(keys);
    }

    private static void present(Dataset d, Part p, Enum<?>[] constants, Set<String> into) {
        Set<String> had = new LinkedHashSet<>();
        d.systems().forEach(s -> had.addAll(keys(s, p)));
        for (Enum<?> c : constants) {
            if (had.contains(c.name())) {
                into.add(c.name());
            }
        }
    }

    /** A value in plain words: a country's name, a constant in lower case ("hypersonic glide"), a text as it is. */
    public static String label(Dataset d, Part p, String key) {
        return switch (p) {
            case COUNTRY -> d.country(key).map(Country::name).orElse(key);
            case RULE_CLASS, CLAIMED_CLASS, STATUS -> key;
            case BASING, CATEGORY -> key.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /**
     * Why the filters list nothing, in plain words: each part in use with what it chooses, and how
     * many systems it would list alone, e.g. {@code search "xyz" (0 alone); Basing: sea (2 alone)}.
     * Empty text when nothing is filtered.
     */
    public static String whyEmpty(Dataset d, Filters f) {
        return new SystemFilter(d).whyEmpty(f);
    }

    private static Set<String> names(Set<? extends Enum<?>> constants) {
        Set<String> out = new LinkedHashSet<>();
        constants.forEach(c -> out.add(c.name()));
        return out;
    }

    private static <E extends Enum<E>> Set<E> constants(Class<E> type, Set<String> keys) {
        EnumSet<E> out = EnumSet.noneOf(type);
        for (String k : keys) {
            out.add(Enum.valueOf(type, k));
        }
        return out;
    }
}
