package org.balanceexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.PartialDate;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules the schema cannot say: unique ids across files, references between records, ranges
 * of numbers, real calendar dates not in the future, quote length, usable web addresses,
 * headlines that agree with their claims, sources that some claim cites, claimant kinds that fit
 * their source (an opinion is cited from an opinion piece, and an opinion piece is not news), and
 * one originating claim recorded once per figure (no quote repeated within a figure), and an
 * official's claim only with a quote the second reading found on its page. Runs only on files that passed the schema, so every
 * required key is present with the right type.
 *
 * <p>One instance checks one dataset; not thread-safe.
 */
final class SemanticCheck {

    /** Half the Earth's equatorial circumference in km: no surface range can be longer. */
    static final double MAX_RANGE_KM = 20037.5;
    /** The second reading's mark for a quote found on its page (the claim key "reading"). */
    static final String READING_QUOTE_ON_PAGE = "quoteOnPage";

    private final List<JsonFile> files;
    private final LocalDate today;
    private final List<DatasetProblem> problems = new ArrayList<>();
    private final Map<String, Map<String, String>> firstPlaceOfId = new HashMap<>();
    /** Kind of each source by id (the first record of an id, when ids repeat). */
    private final Map<String, String> sourceKinds = new HashMap<>();
    /** Per place id, its kind and country as "capital of PAK" (the first place of an id). */
    private final Map<String, String> placeKinds = new HashMap<>();
    /** Ids of the sources that at least one claim (of a system figure or an event) cites. */
    private final Set<String> citedSources = new HashSet<>();

    private SemanticCheck(List<JsonFile> files, LocalDate today) {
        this.files = files;
        this.today = today;
    }

    static List<DatasetProblem> check(List<JsonFile> files, LocalDate today) {
        SemanticCheck c = new SemanticCheck(files, today);
        c.run();
        return c.problems;
    }

    private void run() {
        String firstDataset = null;
        for (JsonFile f : files) {
            if (f.root().has("dataset")) {
                if (firstDataset != null) {
                    problems.add(f.problemAtKey("$.dataset", "there is a second 'dataset' block; the first is at "
                            + firstDataset + " (a dataset has at most one)"));
                } else {
                    firstDataset = f.place("$.dataset");
                }
                date(f, "$.dataset.updated", f.root().path("dataset").path("updated"), false);
            }
            for (String type : List.of("sources", "countries", "places", "systems", "events", "claimChecks")) {
                JsonNode records = f.root().path(type);
                for (int i = 0; i < records.size(); i++) {
                    uniqueId(f, type, JsonFile.index("$." + type, i), records.get(i));
                }
            }
            for (JsonNode s : f.root().path("sources")) {
                sourceKinds.putIfAbsent(s.path("id").asText(), s.path("kind").asText());
            }
            for (JsonNode p : f.root().path("places")) {
                // An id used twice is reported as such; which of its places is meant is then unknown.
                String kind = p.path("kind").asText() + " of " + p.path("country").asText();
                placeKinds.merge(p.path("id").asText(), kind, (a, b) -> null);
            }
            for (JsonNode system : f.root().path("systems")) {
                system.path("figures").forEach(figure -> figure.path("claims").forEach(this::cite));
            }
            for (JsonNode event : f.root().path("events")) {
                event.path("claims").forEach(this::cite);
            }
            for (JsonNode check : f.root().path("claimChecks")) {
                if (check.path("statement").has("source")) {
                    cite(check.path("statement"));
                }
            }
        }
        ClaimCheckRules checks = new ClaimCheckRules(this, files, problems);
        for (JsonFile f : files) {
            each(f, "sources", this::source);
            each(f, "countries", this::country);
            each(f, "places", this::place);
            each(f, "systems", this::system);
            each(f, "events", this::event);
            checks.check(f);
        }
    }

    private interface RecordRule {
        void check(JsonFile f, String path, JsonNode record);
    }

    private static void each(JsonFile f, String type, RecordRule rule) {
        JsonNode records = f.root().path(type);
        for (int i = 0; i < records.size(); i++) {
            rule.check(f, JsonFile.index("$." + type, i), records.get(i));
        }
    }

    private void uniqueId(JsonFile f, String type, String path, JsonNode record) {
        String id = record.path("id").asText();
        String idPath = path + ".id";
        String earlier = firstPlaceOfId.computeIfAbsent(type, t -> new HashMap<>()).putIfAbsent(id, f.place(idPath));
        if (earlier != null) {
            problems.add(f.problem(idPath, "the id '" + id + "' is already used by the " + JsonFile.recordKind(path)
                    + " at " + earlier + "; ids must be unique"));
        }
    }

    private void cite(JsonNode claim) {
        citedSources.add(claim.path("source").asText());
    }

    /** Whether a record of {@code type} ("sources", "systems", ...) has the id {@code id}. */
    boolean exists(String type, String id) {
        return firstPlaceOfId.getOrDefault(type, Map.of()).containsKey(id);
    }

    private void source(JsonFile f, String path, JsonNode s) {
        String id = s.path("id").asText();
        if (!citedSources.contains(id)) {
            problems.add(f.problem(path + ".id", "source '" + id + "' is not cited by any claim; remove it or cite it"));
        }
        date(f, path + ".published", s.path("published"), true);
        date(f, path + ".accessed", s.path("accessed"), true);
        JsonNode url = s.path("url");
        if (url.isTextual()) {
            url(f, path + ".url", url.asText());
        }
    }

    private void country(JsonFile f, String path, JsonNode c) {
        localNames(f, path, c);
        String point = c.path("representativePoint").asText();
        if (!exists("places", point)) {
            problems.add(f.problem(path + ".representativePoint",
                    "representative point '" + point + "' is not a place in the dataset"));
            return;
        }
        // The default launch point is the capital: representative, never a chosen military site.
        String id = c.path("id").asText();
        String kind = placeKinds.get(point);
        if (kind != null && !("capital of " + id).equals(kind)) {
            problems.add(f.problem(path + ".representativePoint", "representative point '" + point + "' is a "
                    + kind.replace(" of ", " of country '") + "'; it must be a capital of this country ('" + id
                    + "'), the default launch point the app labels as representative"));
        }
    }

    private void place(JsonFile f, String path, JsonNode p) {
        localNames(f, path, p);
        double lat = p.path("lat").asDouble();
        double lon = p.path("lon").asDouble();
        if (!(lat >= -90 && lat <= 90)) {
            problems.add(f.problem(path + ".lat", "latitude " + number(lat) + " is outside -90 to 90 degrees"));
        }
        if (!(lon >= -180 && lon <= 180)) {
            problems.add(f.problem(path + ".lon", "longitude " + number(lon) + " is outside -180 to 180 degrees"));
        }
    }

    /**
     * A name in Urdu must be written in Arabic script and one in Hindi in Devanagari: a name in the
     * wrong field (or a Latin transliteration) would be shown to readers as their language's.
     */
    private void localNames(JsonFile f, String path, JsonNode record) {
        JsonNode names = record.path("names");
        checkScript(f, path + ".names.ur", names.path("ur"), Character.UnicodeScript.ARABIC, "Urdu", "Arabic");
        checkScript(f, path + ".names.hi", names.path("hi"), Character.UnicodeScript.DEVANAGARI, "Hindi", "Devanagari");
    }

    private void checkScript(JsonFile f, String path, JsonNode name, Character.UnicodeScript script, String language,
            String scriptName) {
        if (!name.isTextual()) {
            return;
        }
        boolean any = false;
        for (int cp : name.asText().codePoints().toArray()) {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == script) {
                any = true;
            } else if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
                problems.add(f.problem(path, "the " + language + " name has a letter outside the " + scriptName
                        + " script (U+" + String.format(Locale.ROOT, "%04X", cp) + "); write it as the source does, in "
                        + scriptName + " script"));
                return;
            }
        }
        if (!any) {
            problems.add(f.problem(path, "the " + language + " name has no " + scriptName + " letter"));
        }
    }

    private void system(JsonFile f, String path, JsonNode s) {
        String country = s.path("country").asText();
        if (!exists("countries", country)) {
            problems.add(f.problem(path + ".country", "country '" + country + "' is not a country in the dataset"));
        }
        JsonNode figures = s.path("figures");
        figures.fieldNames().forEachRemaining(kind -> figure(f, path + ".figures." + kind, kind, figures.get(kind)));
    }

    private void figure(JsonFile f, String path, String kind, JsonNode figure) {
        boolean numeric = kind.equals("rangeKm") || kind.equals("payloadKg");
        JsonNode claims = figure.path("claims");
        if (claims.isEmpty()) {
            problems.add(f.problem(path + ".claims", "there must be at least one claim: every figure rests on a claim"));
        }
        Map<String, Integer> firstOfQuote = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            String claimPath = JsonFile.index(path + ".claims", i);
            claim(f, claimPath, claims.get(i));
            Integer first = firstOfQuote.putIfAbsent(sameQuote(claims.get(i).path("quote").asText()), i);
            if (first != null) {
                problems.add(f.problem(claimPath + ".quote", "this quote is already cited for " + kind + " by claims["
                        + first + "]; one originating claim is recorded once per figure (keep one claim, or quote the"
                        + " words each source adds)"));
            }
        }
        if (numeric) {
            boolean ok = amounts(f, path, kind, figure);
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < claims.size(); i++) {
                JsonNode c = claims.get(i);
                ok &= amounts(f, JsonFile.index(path + ".claims", i), kind, c);
                low = Math.min(low, c.has("value") ? c.path("value").asDouble() : c.path("min").asDouble());
                high = Math.max(high, c.has("value") ? c.path("value").asDouble() : c.path("max").asDouble());
            }
            if (ok && !claims.isEmpty()) {
                double headLow = figure.has("value") ? figure.path("value").asDouble() : figure.path("min").asDouble();
                double headHigh = figure.has("value") ? figure.path("value").asDouble() : figure.path("max").asDouble();
                if (headLow < low || headHigh > high) {
                    String at = figure.has("value") ? path + ".value" : (headLow < low ? path + ".min" : path + ".max");
                    String headline = headLow == headHigh ? number(headLow) : number(headLow) + " to " + number(headHigh);
                    String span = low == high ? "only " + number(low) : "from " + number(low) + " to " + number(high);
                    problems.add(f.problem(at, "the headline " + headline + " lies outside what the claims say ("
                            + span + "); a headline must be within the span of its claims"));
                }
            }
        } else if (kind.equals("firstTest")) {
            date(f, path + ".value", figure.path("value"), false);
            for (int i = 0; i < claims.size(); i++) {
                date(f, JsonFile.index(path + ".claims", i) + ".value", claims.get(i).path("value"), false);
            }
        }
    }

    /** Checks value, min and max of a numeric figure or claim; false when one is out of bounds. */
    private boolean amounts(JsonFile f, String path, String kind, JsonNode node) {
        boolean ok = true;
        for (String key : List.of("value", "min", "max")) {
            if (node.has(key)) {
                ok &= amount(f, path + "." + key, kind, node.get(key).asDouble());
            }
        }
        if (node.has("min") && node.has("max") && node.get("min").asDouble() > node.get("max").asDouble()) {
            problems.add(f.problem(path + ".min", "min " + number(node.get("min").asDouble())
                    + " is greater than max " + number(node.get("max").asDouble())));
            ok = false;
        }
        return ok;
    }

    private boolean amount(JsonFile f, String path, String kind, double value) {
        if (kind.equals("rangeKm") && !(value > 0 && value <= MAX_RANGE_KM)) {
            problems.add(f.problem(path, "a range of " + number(value) + " km is impossible: it must be more than 0 and at most "
                    + number(MAX_RANGE_KM) + " km (half the way round the Earth)"));
            return false;
        }
        if (kind.equals("payloadKg") && !(value > 0)) {
            problems.add(f.problem(path, "a payload of " + number(value) + " kg is impossible: it must be more than 0 kg"));
            return false;
        }
        return true;
    }

    /** A quote as compared for repeats: runs of white space count as one space, ends trimmed. */
    static String sameQuote(String quote) {
        return quote.strip().replaceAll("\\s+", " ");
    }

    /** The rules of one claim: its source exists and fits its claimant kind, its date, reading and quote length. */
    void claim(JsonFile f, String path, JsonNode c) {
        String source = c.path("source").asText();
        if (!exists("sources", source)) {
            problems.add(f.problem(path + ".source", "source '" + source + "' does not exist in the dataset"));
        } else {
            String claimantKind = c.path("claimantKind").asText();
            String sourceKind = sourceKinds.get(source);
            if (claimantKind.equals("opinion") && !sourceKind.equals("opinion")) {
                problems.add(f.problem(path + ".claimantKind", "claimant kind 'opinion' needs a source of kind 'opinion',"
                        + " but source '" + source + "' is of kind '" + sourceKind + "'; cite the opinion piece itself,"
                        + " or give the claimant's real kind"));
            } else if (claimantKind.equals("media") && sourceKind.equals("opinion")) {
                problems.add(f.problem(path + ".claimantKind", "source '" + source + "' is an opinion piece, not news"
                        + " reporting; a claim it makes is its author's: claimant kind 'opinion', not 'media'"));
            }
        }
        date(f, path + ".asOf", c.path("asOf"), true); // asOf is optional: checked only when present
        officialQuoteOnPage(f, path, c);
        int words = Claim.wordCount(c.path("quote").asText());
        if (words > Claim.MAX_QUOTE_WORDS) {
            problems.add(f.problem(path + ".quote", "the quote has " + words + " words; at most " + Claim.MAX_QUOTE_WORDS
                    + " are allowed (quote only the words the figure rests on)"));
        }
    }

    /**
     * A government's claim (its own or another's) must carry a quote that the second reading
     * found on the cited page: an official's words are the claims most often misattributed, so
     * they are the ones that may not rest on a page nobody has seen again.
     */
    private void officialQuoteOnPage(JsonFile f, String path, JsonNode c) {
        String claimantKind = c.path("claimantKind").asText();
        if (!claimantKind.equals("ownGovernment") && !claimantKind.equals("otherGovernment")) {
            return;
        }
        String reading = c.path("reading").asText("");
        if (reading.equals(READING_QUOTE_ON_PAGE)) {
            return;
        }
        String why = "an official's claim (claimant kind '" + claimantKind + "') must carry a quote the second"
                + " reading found on the cited page (reading '" + READING_QUOTE_ON_PAGE + "'); ";
        if (c.has("reading")) {
            problems.add(f.problem(path + ".reading", why + "this one is marked '" + reading + "': cite a page"
                    + " that was seen, or give the claimant's real kind"));
        } else {
            problems.add(f.problem(path, why + "this one has no reading"));
        }
    }

    private void event(JsonFile f, String path, JsonNode e) {
        date(f, path + ".date", e.path("date"), false);
        JsonNode systems = e.path("systems");
        for (int i = 0; i < systems.size(); i++) {
            String id = systems.get(i).asText();
            if (!exists("systems", id)) {
                problems.add(f.problem(JsonFile.index(path + ".systems", i), "system '" + id + "' is not a system in the dataset"));
            }
        }
        JsonNode claims = e.path("claims");
        for (int i = 0; i < claims.size(); i++) {
            JsonNode c = claims.get(i);
            String claimPath = JsonFile.index(path + ".claims", i);
            claim(f, claimPath, c);
            if (c.has("min") && c.has("max") && c.get("min").asDouble() > c.get("max").asDouble()) {
                problems.add(f.problem(claimPath + ".min", "min " + number(c.get("min").asDouble())
                        + " is greater than max " + number(c.get("max").asDouble())));
            }
        }
    }

    private void date(JsonFile f, String path, JsonNode node, boolean notInFuture) {
        if (!node.isTextual()) {
            return;
        }
        String text = node.asText();
        PartialDate date;
        try {
            date = PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(f.problem(path, "'" + text + "' is not a real calendar date"));
            return;
        }
        if (notInFuture && date.earliest().isAfter(today)) {
            problems.add(f.problem(path, "the date '" + text + "' is in the future (today is " + today + ")"));
        }
    }

    private void url(JsonFile f, String path, String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            problems.add(f.problem(path, "'" + text + "' is not a valid web address (it has characters an address cannot have)"));
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            problems.add(f.problem(path, "'" + text + "' is not an http or https web address"));
        } else if (uri.getHost() == null || uri.getHost().isEmpty()) {
            problems.add(f.problem(path, "'" + text + "' has no host name (such as www.dawn.com)"));
        }
    }

    /**
     * A number as people write it ("20,037.5"); one of a thousand million or more, or one too small to show
     * in three decimals, in scientific notation ("1E308"), so a message stays short.
     */
    static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1e9 || (magnitude > 0 && magnitude < 0.001)) {
            return new DecimalFormat("0.###E0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        }
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
