package org.balanceexplorer.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.WeaponSystem;

/**
 * A dataset as it stood in a year: the pure function behind the year slider and "as known in
 * year Y". From the whole dataset and the {@link TimeSettings} it gives a {@link Dataset} of the
 * same shape, so that everything drawn from a dataset (rings, the claims panel, reach tables)
 * follows the year without knowing of it, and says what it changed.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>{@code year}: systems appear from their first test.</b> A system's first-test year is the
 *       year of its first-test figure's <em>headline</em> (when the claims of that figure differ,
 *       the headline is the one the dataset chose on its stated basis). A system the dataset gives
 *       no first-test figure appears from the year of its earliest dated claim of any figure: the
 *       first year a source in the dataset speaks of it, so it is never shown before it existed.
 *       A system none of whose claims is dated appears in every year. Events dated after the year
 *       are left out.</li>
 *   <li><b>{@code knownInYear}: claims dated after the year are hidden</b> (a claim of "2015-03" is
 *       known in 2015). An undated claim is never placed in a year: it stays, whatever the year,
 *       and the claims panel says so. A figure left without a claim is left out; a system left
 *       without a range claim is absent (nothing was claimed of its range yet); an event left
 *       without a claim is left out.</li>
 *   <li><b>Headlines are recomputed</b> when a figure lost a claim, from the claims left, by the
 *       rule its basis states ({@link HeadlineRule}). When that rule cannot be applied to them (no
 *       launching-state claim yet, claims that do not agree, a basis no rule can repeat), the
 *       headline is the latest claim known then, and {@link FigureThen#outcome()} says so. A figure
 *       that lost no claim keeps its headline.</li>
 * </ul>
 * With no limit ({@link TimeSettings#LATEST}) the dataset is the whole one, the very same object.
 *
 * <p>Immutable and thread-safe.
 */
public final class KnownDataset {

    /** What became of a figure in the year. */
    public enum Outcome {
        /** No claim hidden: the dataset's headline. */
        UNCHANGED,
        /** Claims hidden; the headline recomputed from those left by the basis rule. */
        RECOMPUTED,
        /** Claims hidden; the basis rule could not be applied to those left: the latest claim left. */
        LATEST_EARLIER_CLAIM,
        /** Every claim hidden: the figure is left out. */
        NOTHING_KNOWN
    }

    /**
     * One figure in the year.
     *
     * @param kind            which figure
     * @param hidden          its claims dated after {@code knownInYear}, oldest first
     * @param datasetHeadline the headline of the whole dataset
     * @param headline        the headline in the year, or {@code null} when nothing was known
     * @param rule            the rule its basis states
     * @param outcome         what became of it
     */
    public record FigureThen(FigureKind kind, List<Claim> hidden, ClaimValue datasetHeadline, ClaimValue headline,
                             HeadlineRule rule, Outcome outcome) {
        public FigureThen {
            hidden = List.copyOf(hidden);
        }
    }

    private final Dataset full;
    private final TimeSettings time;
    private final Dataset dataset;
    private final Map<String, String> absent;
    private final Map<String, Map<FigureKind, FigureThen>> figures;

    private KnownDataset(Dataset full, TimeSettings time, Dataset dataset, Map<String, String> absent,
                         Map<String, Map<FigureKind, FigureThen>> figures) {
        this.full = full;
        this.time = time;
        this.dataset = dataset;
        this.absent = Collections.unmodifiableMap(absent);
        this.figures = Collections.unmodifiableMap(figures);
    }

    /**
     * The dataset as it stood in the time settings' years.
     *
     * @param full the whole dataset
     * @param time which years; {@link TimeSettings#LATEST} gives the whole dataset back
     */
    public static KnownDataset of(Dataset full, TimeSettings time) {
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(time, "time");
        if (time.year() == null && time.knownInYear() == null) {
            return new KnownDataset(full, time, full, new LinkedHashMap<>(), new LinkedHashMap<>());
        }
        Map<String, String> absent = new LinkedHashMap<>();
        Map<String, Map<FigureKind, FigureThen>> changes = new LinkedHashMap<>();
        List<WeaponSystem> systems = new ArrayList<>();
        for (WeaponSystem s : full.systems()) {
            OptionalInt first = firstYear(s);
            if (time.year() != null && first.isPresent() && first.getAsInt() > time.year()) {
                absent.put(s.id(), appearanceWords(s, first.getAsInt()) + ", after " + time.year());
                continue;
            }
            if (time.knownInYear() == null) {
                systems.add(s);
                continue;
            }
            Map<FigureKind, Figure> kept = new EnumMap<>(FigureKind.class);
            Map<FigureKind, FigureThen> notes = new EnumMap<>(FigureKind.class);
            s.figures().forEach((kind, f) -> {
                FigureThen then = figureThen(f, time.knownInYear());
                notes.put(kind, then);
                if (then.outcome() == Outcome.UNCHANGED) {
                    kept.put(kind, f);
                } else if (then.outcome() != Outcome.NOTHING_KNOWN) {
                    kept.put(kind, new Figure(kind, then.headline(), f.basis(),
                            f.claims().stream().filter(c -> !hides(time, c)).toList()));
                }
            });
            changes.put(s.id(), notes);
            if (!kept.containsKey(FigureKind.RANGE_KM)) {
                absent.put(s.id(), "no claim of its range dated " + time.knownInYear() + " or earlier");
                continue;
            }
            systems.add(kept.equals(s.figures()) ? s : new WeaponSystem(s.id(), s.name(), s.aliases(), s.country(),
                    s.category(), s.basing(), kept, s.note()));
        }
        List<Event> events = new ArrayList<>();
        for (Event e : full.events()) {
            if (time.year() != null && e.date().year() > time.year()) {
                continue;
            }
            List<Claim> known = e.claims().stream().filter(c -> !hides(time, c)).toList();
            if (!known.isEmpty()) {
                events.add(known.size() == e.claims().size() ? e
                        : new Event(e.id(), e.date(), e.title(), e.kind(), e.countries(), e.systems(), known));
            }
        }
        Dataset then = new Dataset(full.info(), full.sources(), full.countries(), full.places(), systems, events);
        return new KnownDataset(full, time, then, absent, changes);
    }

    private static FigureThen figureThen(Figure f, int knownInYear) {
        HeadlineRule rule = HeadlineRule.of(f);
        List<Claim> hidden = new ArrayList<>();
        List<Claim> known = new ArrayList<>();
        for (Claim c : f.claims()) {
            (c.asOf() != null && c.asOf().year() > knownInYear ? hidden : known).add(c);
        }
        hidden.sort(HeadlineRule.OLDEST_FIRST);
        if (hidden.isEmpty()) {
            return new FigureThen(f.kind(), hidden, f.headline(), f.headline(), rule, Outcome.UNCHANGED);
        }
        if (known.isEmpty()) {
            return new FigureThen(f.kind(), hidden, f.headline(), null, rule, Outcome.NOTHING_KNOWN);
        }
        // When the rule makes the same choice as on every claim, the headline keeps the dataset's
        // words for it ("in service" for "in service with the PLA Rocket Force").
        Optional<ClaimValue> byRule = rule.apply(f.kind(), known).map(v -> rule.apply(f.kind(), f.claims())
                .filter(w -> HeadlineRule.key(f.kind(), w).equals(HeadlineRule.key(f.kind(), v)))
                .map(w -> f.headline()).orElse(v));
        return byRule.map(v -> new FigureThen(f.kind(), hidden, f.headline(), v, rule, Outcome.RECOMPUTED))
                .orElseGet(() -> new FigureThen(f.kind(), hidden, f.headline(),
                        HeadlineRule.headlineValue(f.kind(), HeadlineRule.latest(known).value()), rule,
                        Outcome.LATEST_EARLIER_CLAIM));
    }

    /**
     * The year a system appears on the year slider: its first-test headline's year; without a
     * first-test figure, the year of its earliest dated claim; empty when none of its claims is dated.
     */
    public static OptionalInt firstYear(WeaponSystem s) {
        Optional<Figure> firstTest = s.figure(FigureKind.FIRST_TEST);
        if (firstTest.isPresent() && firstTest.get().headline() instanceof ClaimValue.DateValue d) {
            return OptionalInt.of(d.date().year());
        }
        return s.figures().values().stream().flatMap(f -> f.claims().stream())
                .filter(c -> c.asOf() != null).mapToInt(c -> c.asOf().year()).min();
    }

    /** Whether the system's {@link #firstYear} comes from a first-test figure (else from its earliest claim). */
    public static boolean hasFirstTest(WeaponSystem s) {
        return s.figure(FigureKind.FIRST_TEST).map(f -> f.headline() instanceof ClaimValue.DateValue).orElse(false);
    }

    private static String appearanceWords(WeaponSystem s, int year) {
        return hasFirstTest(s) ? "first tested in " + year
                : "no first-test figure; its earliest dated claim is of " + year;
    }

    /** The earliest first-test year of the dataset's systems (the year slider's start), or empty when none has one. */
    public static OptionalInt earliestFirstTest(Dataset d) {
        return d.systems().stream().filter(KnownDataset::hasFirstTest).mapToInt(s -> firstYear(s).getAsInt()).min();
    }

    /** Whether the time settings hide the claim: it is dated after {@code knownInYear}. Undated claims are never hidden. */
    public static boolean hides(TimeSettings time, Claim c) {
        return time.knownInYear() != null && c.asOf() != null && c.asOf().year() > time.knownInYear();
    }

    /** The dataset as it stood then. */
    public Dataset dataset() {
        return dataset;
    }

    /** The whole dataset it was derived from. */
    public Dataset full() {
        return full;
    }

    public TimeSettings time() {
        return time;
    }

    /** Whether this is the whole dataset (no time limit). */
    public boolean isWhole() {
        return dataset == full;
    }

    /** Why a system of the whole dataset is absent in the year, in words; empty when it is present (or unknown). */
    public Optional<String> absence(String systemId) {
        return Optional.ofNullable(absent.get(systemId));
    }

    /** The ids of the systems absent in the year, with why, in dataset order. */
    public Map<String, String> absent() {
        return absent;
    }

    /** What became of a system's figure under "as known in"; empty without {@code knownInYear} or for an absent system. */
    public Optional<FigureThen> figure(String systemId, FigureKind kind) {
        return Optional.ofNullable(figures.getOrDefault(systemId, Map.of()).get(kind));
    }

    /** How many claims of the present systems' figures are hidden. */
    public int hiddenClaimCount() {
        return figures.entrySet().stream().filter(e -> !absent.containsKey(e.getKey()))
                .flatMap(e -> e.getValue().values().stream()).mapToInt(f -> f.hidden().size()).sum();
    }
}
