package org.balanceexplorer.data;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimantKind;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.Reading;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.model.WeaponSystem;

/**
 * Writes {@code docs/dataset.md}: a Markdown overview of a dataset, one row per system with its
 * headline range, classes, first test, claims and claimants and a mark where claims disagree.
 * The output depends only on the dataset, so a test can tell when the committed file is stale.
 */
public final class DatasetReport {

    /** Marks a figure whose claims disagree. */
    public static final String CONFLICT_MARK = "\u26a0";

    private DatasetReport() {
    }

    /**
     * The report in Markdown.
     *
     * @param dataset the dataset
     * @param omitted Markdown appended under "Systems left out" (may be empty, never null)
     */
    public static String markdown(Dataset dataset, String omitted) {
        Objects.requireNonNull(omitted, "omitted");
        StringBuilder b = new StringBuilder();
        b.append("# The dataset\n\n");
        b.append("<!-- Generated from data/dataset by `java -jar target/balance-explorer.jar report`; do not edit. -->\n\n");
        b.append(String.format(Locale.ROOT, "%s, version %s%s.%n%n", dataset.info().name(), dataset.info().version(),
                dataset.info().updated() == null ? "" : ", updated " + dataset.info().updated()));
        int claims = dataset.systems().stream().flatMap(s -> s.figures().values().stream())
                .mapToInt(f -> f.claims().size()).sum();
        b.append(String.format(Locale.ROOT, "%d systems, %d claims about them, %d sources, %d places, %d events.%n%n",
                dataset.systems().size(), claims, dataset.sources().size(), dataset.places().size(),
                dataset.events().size()));
        b.append("Headline values are chosen on the basis each figure states; every claim is kept. "
                + "Class (rule) applies the app's one rule to the headline range (CRBM < 300 km, SRBM 300-1,000, "
                + "MRBM 1,000-3,000, IRBM 3,000-5,500, ICBM > 5,500; it classes ballistic missiles, not cruise missiles); Class (sources) lists the classes sources give. "
                + CONFLICT_MARK + " marks a figure whose claims disagree. Kinds of claimant: "
                + "own = the launching state, other = another government, ind = independent analysis, "
                + "media, opinion.\n\n");
        for (Country c : dataset.countries()) {
            List<WeaponSystem> systems = dataset.systemsOf(c.id()).stream()
                    .sorted(Comparator.comparingDouble(WeaponSystem::headlineRangeKm).thenComparing(WeaponSystem::name))
                    .toList();
            if (systems.isEmpty()) {
                continue;
            }
            b.append("## ").append(c.name()).append("\n\n");
            b.append("| System | Category | Range (headline) | Claimed span | Class (rule) | Class (sources) "
                    + "| First test | Claims | Claimants (kinds) |\n");
            b.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (WeaponSystem s : systems) {
                Figure r = s.range();
                String span = r.lowestClaimed().isPresent() ? new org.balanceexplorer.model.ClaimValue.Span(
                        r.lowestClaimed().getAsDouble(), r.highestClaimed().getAsDouble()).display() + " km" : "";
                int n = s.figures().values().stream().mapToInt(f -> f.claims().size()).sum();
                List<Claim> all = s.figures().values().stream().flatMap(f -> f.claims().stream()).toList();
                long claimants = all.stream().map(Claim::claimant).distinct().count();
                String kinds = all.stream().map(Claim::claimantKind).distinct().sorted()
                        .map(DatasetReport::shortKind).collect(Collectors.joining(", "));
                b.append("| ").append(s.name()).append(s.aliases().isEmpty() ? "" : " (" + String.join(", ", s.aliases()) + ")")
                        .append(" | ").append(s.category().jsonName())
                        .append(" | ").append(r.displayHeadline()).append(r.disputed() ? " " + CONFLICT_MARK : "")
                        .append(" | ").append(span)
                        .append(" | ").append(s.ruleClass().map(Enum::name).orElse("(cruise)"))
                        .append(" | ").append(figureText(s, FigureKind.CLASS))
                        .append(" | ").append(figureText(s, FigureKind.FIRST_TEST))
                        .append(" | ").append(n)
                        .append(" | ").append(claimants).append(" (").append(kinds).append(")")
                        .append(" |\n");
            }
            b.append('\n');
        }
        if (!dataset.events().isEmpty()) {
            b.append("## Events\n\n| Date | Event | Kind | Claims |\n| --- | --- | --- | --- |\n");
            dataset.events().forEach(e -> b.append("| ").append(e.date()).append(" | ").append(e.title().replace("|", "/"))
                    .append(" | ").append(e.kind().jsonName()).append(" | ").append(e.claims().size()).append(" |\n"));
            b.append('\n');
        }
        claimChecks(dataset, b);
        secondReading(dataset, b);
        if (!omitted.isBlank()) {
            b.append("## Systems left out\n\n").append(omitted.strip()).append('\n');
        }
        return b.toString();
    }

    /** The claim checks: each statement's claimant and what is measured beside it (the app computes the numbers). */
    private static void claimChecks(Dataset dataset, StringBuilder b) {
        if (dataset.claimChecks().isEmpty()) {
            return;
        }
        b.append("## Claim checks\n\nEach statement is shown in the app beside the measurements listed, computed from"
                + " the data (`checks` prints them); no verdict is given.\n\n");
        b.append("| Check | Claimant (kind) | Measured |\n| --- | --- | --- |\n");
        for (org.balanceexplorer.model.ClaimCheck c : dataset.claimChecks()) {
            b.append("| ").append(c.id()).append(" | ").append(c.statement().claimant().replace("|", "/")).append(" (")
                    .append(shortKind(c.statement().claimantKind())).append(") | ")
                    .append(c.measurements().stream().map(m -> org.balanceexplorer.model.MeasureWords.describe(m, dataset))
                            .collect(Collectors.joining("; ")).replace("|", "/"))
                    .append(" |\n");
        }
        b.append('\n');
    }

    /** What the second reading found: claims read, compiled records, and every claim whose page was not seen. */
    private static void secondReading(Dataset dataset, StringBuilder b) {
        record Located(String where, FigureKind kind, Claim claim) { }
        List<Located> all = new java.util.ArrayList<>();
        for (WeaponSystem s : dataset.systems()) {
            for (Figure f : s.figures().values()) {
                f.claims().forEach(c -> all.add(new Located(s.name(), f.kind(), c)));
            }
        }
        dataset.events().forEach(e -> e.claims().forEach(c -> all.add(new Located(e.date() + " " + e.title(), null, c))));
        long read = all.stream().filter(l -> l.claim().reading() != null).count();
        long records = all.stream().filter(l -> l.claim().compiledRecord().isPresent()).count();
        List<Located> notSeen = all.stream().filter(l -> l.claim().pageNotSeen()).toList();
        b.append("## Second reading\n\n");
        b.append(String.format(Locale.ROOT, "%d of %d claims (of systems and events) were read a second time against"
                + " their cited pages; %d quote a record of a compiled file, shown as the file, its entry, the field and"
                + " value, and the commit. Claims whose page was not seen: %d.%n%n", read, all.size(), records,
                notSeen.size()));
        if (!notSeen.isEmpty()) {
            b.append("| Claim | Claimant (kind) | Source | Second reading |\n| --- | --- | --- | --- |\n");
            for (Located l : notSeen) {
                String source = dataset.source(l.claim().sourceId()).map(Source::title).orElse(l.claim().sourceId());
                b.append("| ").append(l.where().replace("|", "/"))
                        .append(l.kind() == null ? "" : " (" + l.kind().label().toLowerCase(Locale.ROOT) + ")")
                        .append(" | ").append(l.claim().claimant().replace("|", "/")).append(" (")
                        .append(shortKind(l.claim().claimantKind())).append(")")
                        .append(" | ").append(source.replace("|", "/"))
                        .append(" | ").append(Reading.PAGE_NOT_SEEN.label()).append(" |\n");
            }
            b.append('\n');
        }
    }

    private static String figureText(WeaponSystem s, FigureKind kind) {
        return s.figure(kind).map(f -> {
            String text = f.claims().stream().map(c -> c.value().display()).distinct()
                    .collect(Collectors.joining(" / "));
            return text + (f.disputed() ? " " + CONFLICT_MARK : "");
        }).orElse("");
    }

    private static String shortKind(ClaimantKind k) {
        return switch (k) {
            case OWN_GOVERNMENT -> "own";
            case OTHER_GOVERNMENT -> "other";
            case INDEPENDENT_ANALYSIS -> "ind";
            case MEDIA -> "media";
            case OPINION -> "opinion";
        };
    }
}
