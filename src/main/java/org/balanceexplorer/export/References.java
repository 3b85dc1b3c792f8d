package org.balanceexplorer.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Source;

/**
 * The numbered references of an export: every claim shown (those behind each ring drawn, and those
 * a page cites), each once, numbered from 1 in the order first shown. A ring's label and a caption
 * carry the numbers as marks ("[1–5]"); a footer or a references page resolves them.
 *
 * <p>Not thread-safe: built by one export.
 */
public final class References {

    /**
     * One numbered claim.
     *
     * @param number from 1
     * @param found  the claim, its id and what it is about
     * @param source its source, or empty when the dataset lacks it (a validated dataset never does)
     */
    public record Reference(int number, ClaimIds.Found found, Optional<Source> source) {

        public Claim claim() {
            return found.claim();
        }

        /** Who claims it. */
        public String claimant() {
            return found.claim().claimant();
        }

        /** The source's title and publisher: "“Title”, Publisher". */
        public String sourceText() {
            return source.map(s -> "\u201c" + s.title() + "\u201d, " + s.publisher())
                    .orElse("source " + found.claim().sourceId());
        }

        /** When it was said: the claim's date, else the source's publication date, else "undated". */
        public String date() {
            if (found.claim().asOf() != null) {
                return found.claim().asOf().toString();
            }
            return source.flatMap(Source::publishedDate).map(d -> "published " + d).orElse("undated");
        }

        /** The source's address, or an empty string when it has none. */
        public String address() {
            return source.flatMap(Source::address).orElse("");
        }

        /** What the figure is claimed to be: "Shaheen-III, range: 2,750 km". */
        public String what() {
            String unit = found.id().contains("/rangeKm[") ? "km" : found.id().contains("/payloadKg[") ? "kg" : "";
            return found.subject() + ": " + found.claim().displayValue(unit);
        }

        /** One line: number, claimant, source, date. */
        public String line() {
            return number + ". " + claimant() + " \u2014 " + sourceText() + " \u2014 " + date();
        }
    }

    private final Dataset dataset;
    private final Map<String, Reference> byId = new LinkedHashMap<>();

    public References(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Adds a claim (once) and returns its reference. */
    public Reference add(ClaimIds.Found found) {
        return byId.computeIfAbsent(found.id(), id -> new Reference(byId.size() + 1, found,
                dataset.source(found.claim().sourceId())));
    }

    /**
     * Adds the claims a page cites, by id.
     *
     * @throws IllegalArgumentException naming the id when the dataset holds no such claim
     */
    public List<Reference> addCited(List<String> ids, String pageName) {
        List<Reference> out = new ArrayList<>();
        for (String id : ids) {
            ClaimIds.Found f = ClaimIds.find(dataset, id).orElseThrow(() -> new IllegalArgumentException(
                    pageName + " cites claim '" + id + "', which this dataset does not hold"));
            out.add(add(f));
        }
        return out;
    }

    /** Every reference, by number. */
    public List<Reference> all() {
        return List.copyOf(byId.values());
    }

    /** Marks for a set of references: "[1–3, 5]"; an empty string for none. */
    public static String marks(List<Reference> refs) {
        TreeSet<Integer> n = new TreeSet<>();
        refs.forEach(r -> n.add(r.number()));
        if (n.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("[");
        Integer start = null;
        Integer prev = null;
        for (int x : n) {
            if (prev != null && x == prev + 1) {
                prev = x;
                continue;
            }
            if (start != null) {
                range(b, start, prev);
                b.append(", ");
            }
            start = x;
            prev = x;
        }
        range(b, start, prev);
        return b.append(']').toString();
    }

    private static void range(StringBuilder b, int from, int to) {
        b.append(from);
        if (to > from) {
            b.append(to == from + 1 ? ", " : "\u2013").append(to);
        }
    }
}
