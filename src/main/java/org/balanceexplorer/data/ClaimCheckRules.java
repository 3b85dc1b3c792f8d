package org.balanceexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of claim checks (dataset format version 2) that the schema cannot say: the format
 * version of the file that holds them, the form of the statement (a claim of an event or a
 * figure, found by its quote, or a claim of the check's own), the keys each kind of measurement
 * takes, and references to systems, countries and places, with a plain word when an id names a
 * record of another kind ("'islamabad' is a place, not a system"). Part of {@link SemanticCheck};
 * not thread-safe.
 */
final class ClaimCheckRules {

    /** The format version that introduced claim checks. */
    static final int VERSION = 2;

    /** Keys each measurement kind takes besides {@code kind}, the required ones first. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "distance", List.of("to", "range"),
            "territoryShare", List.of("territory", "range"),
            "placesInRange", List.of("range", "places"),
            "rangeComparison", List.of("ranges"));
    private static final Map<String, List<String>> OPTIONAL = Map.of("placesInRange", List.of("in"));
    private static final Set<String> REFERENCE_KEYS = Set.of("event", "system", "figure");
    private static final Set<String> OWN_CLAIM_KEYS = Set.of("claimant", "claimantKind", "source", "quoteLanguage",
            "gloss", "asOf", "reading");

    private final SemanticCheck semantic;
    private final List<DatasetProblem> problems;
    /** Quotes (as compared for repeats) of each event's claims, by event id. */
    private final Map<String, List<String>> eventQuotes = new HashMap<>();
    /** Quotes of each figure's claims, by "system id/figure". */
    private final Map<String, List<String>> figureQuotes = new HashMap<>();
    /** The figures each system has, by system id. */
    private final Map<String, List<String>> systemFigures = new HashMap<>();

    ClaimCheckRules(SemanticCheck semantic, List<JsonFile> files, List<DatasetProblem> problems) {
        this.semantic = semantic;
        this.problems = problems;
        for (JsonFile f : files) {
            for (JsonNode e : f.root().path("events")) {
                eventQuotes.computeIfAbsent(e.path("id").asText(), k -> new ArrayList<>()).addAll(quotes(e.path("claims")));
            }
            for (JsonNode s : f.root().path("systems")) {
                String id = s.path("id").asText();
                List<String> kinds = systemFigures.computeIfAbsent(id, k -> new ArrayList<>());
                s.path("figures").fieldNames().forEachRemaining(kind -> {
                    kinds.add(kind);
                    figureQuotes.computeIfAbsent(id + "/" + kind, k -> new ArrayList<>())
                            .addAll(quotes(s.path("figures").path(kind).path("claims")));
                });
            }
        }
    }

    private static List<String> quotes(JsonNode claims) {
        List<String> out = new ArrayList<>();
        claims.forEach(c -> out.add(SemanticCheck.sameQuote(c.path("quote").asText())));
        return out;
    }

    /** Checks the claim checks of one file: its format version, each statement and each measurement. */
    void check(JsonFile f) {
        JsonNode checks = f.root().path("claimChecks");
        if (!f.root().has("claimChecks")) {
            return;
        }
        int version = f.root().path("schemaVersion").asInt(1);
        if (version < VERSION) {
            problems.add(f.problemAtKey("$.claimChecks", "claim checks belong to dataset format version " + VERSION
                    + ": set \"schemaVersion\": " + VERSION + " in this file"));
        }
        for (int i = 0; i < checks.size(); i++) {
            String path = JsonFile.index("$.claimChecks", i);
            JsonNode check = checks.get(i);
            statement(f, path + ".statement", check.path("statement"));
            JsonNode measurements = check.path("measurements");
            for (int m = 0; m < measurements.size(); m++) {
                measurement(f, JsonFile.index(path + ".measurements", m), measurements.get(m));
            }
        }
    }

    private void statement(JsonFile f, String path, JsonNode s) {
        boolean reference = has(s, REFERENCE_KEYS);
        boolean own = has(s, OWN_CLAIM_KEYS);
        if (reference && own) {
            problems.add(f.problem(path, "a statement either refers to a claim of the dataset ('event', or 'system'"
                    + " and 'figure', with its 'quote') or is a claim of its own ('claimant', 'claimantKind', 'source',"
                    + " 'quote'), not both"));
            return;
        }
        String quote = SemanticCheck.sameQuote(s.path("quote").asText());
        if (s.has("event")) {
            if (s.has("system") || s.has("figure")) {
                problems.add(f.problem(path, "a statement refers to an event's claim or to a figure's claim, not both"));
                return;
            }
            String event = s.path("event").asText();
            if (!reference(f, path + ".event", "events", event)) {
                return;
            }
            if (!eventQuotes.getOrDefault(event, List.of()).contains(quote)) {
                problems.add(f.problem(path + ".quote", "no claim of event '" + event + "' has this quote; a statement"
                        + " that refers to a claim repeats its quote exactly"));
            }
        } else if (reference) {
            if (!s.has("system") || !s.has("figure")) {
                problems.add(f.problem(path, "a statement that refers to a figure's claim names both 'system' and 'figure'"));
                return;
            }
            String system = s.path("system").asText();
            String figure = s.path("figure").asText();
            if (!reference(f, path + ".system", "systems", system)) {
                return;
            }
            if (!systemFigures.getOrDefault(system, List.of()).contains(figure)) {
                problems.add(f.problem(path + ".figure", "system '" + system + "' has no figure '" + figure + "'"));
            } else if (!figureQuotes.getOrDefault(system + "/" + figure, List.of()).contains(quote)) {
                problems.add(f.problem(path + ".quote", "no claim of " + figure + " of system '" + system + "' has this"
                        + " quote; a statement that refers to a claim repeats its quote exactly"));
            }
        } else {
            for (String key : List.of("claimant", "claimantKind", "source")) {
                if (!s.has(key)) {
                    problems.add(f.problem(path, "the required key '" + key + "' is missing: a statement of the check's"
                            + " own is a claim (claimant, claimantKind, source, quote); or refer to a claim of the"
                            + " dataset with 'event', or 'system' and 'figure'"));
                }
            }
            if (s.has("claimant") && s.has("claimantKind") && s.has("source")) {
                semantic.claim(f, path, s);
            }
        }
    }

    private void measurement(JsonFile f, String path, JsonNode m) {
        String kind = m.path("kind").asText();
        List<String> required = REQUIRED.get(kind);
        List<String> allowed = new ArrayList<>(required);
        allowed.addAll(OPTIONAL.getOrDefault(kind, List.of()));
        for (Iterator<String> keys = m.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("kind") && !allowed.contains(key)) {
                problems.add(f.problemAtKey(JsonFile.child(path, key), "'" + key + "' does not belong to a measurement"
                        + " of kind '" + kind + "'; it takes " + String.join(", ", allowed)));
            }
        }
        for (String key : required) {
            if (!m.has(key)) {
                problems.add(f.problem(path, "the required key '" + key + "' is missing: a measurement of kind '"
                        + kind + "' takes " + String.join(", ", allowed)));
            }
        }
        if (m.has("to")) {
            reference(f, path + ".to", "places", m.path("to").asText());
        }
        if (m.has("territory")) {
            reference(f, path + ".territory", "countries", m.path("territory").asText());
        }
        if (m.has("range")) {
            range(f, path + ".range", m.path("range"));
        }
        JsonNode ranges = m.path("ranges");
        for (int i = 0; i < ranges.size(); i++) {
            range(f, JsonFile.index(path + ".ranges", i), ranges.get(i));
        }
    }

    private void range(JsonFile f, String path, JsonNode r) {
        if (r.has("system") == r.has("longestOf")) {
            problems.add(f.problem(path, "a range names either one 'system' or a country in 'longestOf'"
                    + " (the longest range of its systems), exactly one of them"));
        } else if (r.has("system")) {
            reference(f, path + ".system", "systems", r.path("system").asText());
        } else {
            reference(f, path + ".longestOf", "countries", r.path("longestOf").asText());
        }
    }

    private static final Map<String, String> SINGULAR = Map.of("events", "event", "systems", "system",
            "places", "place", "countries", "country");

    /** Whether {@code id} is a record of {@code type}; says so in plain words when it is not, or is one of another kind. */
    private boolean reference(JsonFile f, String path, String type, String id) {
        if (semantic.exists(type, id)) {
            return true;
        }
        String what = SINGULAR.get(type);
        for (String other : List.of("systems", "places", "countries", "events")) {
            if (!other.equals(type) && semantic.exists(other, id)) {
                problems.add(f.problem(path, "'" + id + "' is " + article(SINGULAR.get(other)) + ", not "
                        + article(what) + "; name " + article(what) + " of the dataset here"));
                return false;
            }
        }
        problems.add(f.problem(path, what + " '" + id + "' does not exist in the dataset"));
        return false;
    }

    private static String article(String noun) {
        return (noun.startsWith("e") ? "an " : "a ") + noun;
    }

    private static boolean has(JsonNode s, Set<String> keys) {
        for (String k : keys) {
            if (s.has(k)) {
                return true;
            }
        }
        return false;
    }
}
