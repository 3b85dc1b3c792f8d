package org.balanceexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimCheck;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.Measure;
import org.balanceexplorer.model.RangeRef;
import org.balanceexplorer.model.RangeUse;
import org.balanceexplorer.model.WeaponSystem;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link ClaimCheck}s from records that passed the schema and {@link ClaimCheckRules}: a
 * statement that refers to a claim becomes that very claim (found by its quote). Stateless.
 */
final class ClaimCheckMapper {

    private ClaimCheckMapper() {
    }

    static ClaimCheck check(JsonNode n, List<WeaponSystem> systems, List<Event> events) {
        JsonNode s = n.get("statement");
        String quote = SemanticCheck.sameQuote(s.get("quote").asText());
        Claim statement;
        String origin;
        if (s.has("event")) {
            Event event = events.stream().filter(e -> e.id().equals(s.get("event").asText())).findFirst().orElseThrow();
            statement = find(event.claims(), quote);
            origin = "event \u201c" + event.title() + "\u201d (" + event.date() + ")";
        } else if (s.has("system")) {
            WeaponSystem system = systems.stream().filter(w -> w.id().equals(s.get("system").asText())).findFirst()
                    .orElseThrow();
            FigureKind kind = FigureKind.fromJson(s.get("figure").asText());
            statement = find(system.figure(kind).orElseThrow().claims(), quote);
            origin = kind.label().toLowerCase(java.util.Locale.ROOT) + " claims of " + system.name();
        } else {
            statement = ModelMapper.claim(s, null);
            origin = null;
        }
        List<Measure> measures = new ArrayList<>();
        n.get("measurements").forEach(m -> measures.add(measure(m)));
        return new ClaimCheck(n.get("id").asText(), statement, origin, measures, ModelMapper.text(n, "note"));
    }

    private static Claim find(List<Claim> claims, String quote) {
        return claims.stream().filter(c -> SemanticCheck.sameQuote(c.quote()).equals(quote)).findFirst().orElseThrow();
    }

    private static Measure measure(JsonNode m) {
        return switch (m.get("kind").asText()) {
            case "distance" -> new Measure.Distance(m.get("to").asText(), range(m.get("range")));
            case "territoryShare" -> new Measure.TerritoryShare(m.get("territory").asText(), range(m.get("range")));
            case "placesInRange" -> new Measure.PlacesInRange(range(m.get("range")),
                    m.get("places").asText().equals("capitals"), ModelMapper.text(m, "in"));
            case "rangeComparison" -> {
                List<RangeRef> ranges = new ArrayList<>();
                m.get("ranges").forEach(r -> ranges.add(range(r)));
                yield new Measure.RangeComparison(ranges);
            }
            default -> throw new IllegalArgumentException("unknown measurement kind " + m.get("kind"));
        };
    }

    private static RangeRef range(JsonNode r) {
        RangeUse use = RangeUse.fromJson(r.get("use").asText());
        return r.has("system") ? RangeRef.system(r.get("system").asText(), use)
                : RangeRef.longestOf(r.get("longestOf").asText(), use);
    }
}
