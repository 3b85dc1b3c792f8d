package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimantKind;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second reading (data/reading/second-reading.tsv, made by data/tools/second_reading.py) has
 * one row for every claim of the bundled dataset and none for a claim it no longer has; the
 * dataset's "page not seen" marks agree with its verdicts; and the summary in docs/spot-checks.md
 * is the one its rows give. A claim added without being read fails here.
 */
class SecondReadingCoversEveryClaimTest {

    static final Path TSV = Path.of("data", "reading", "second-reading.tsv");
    static final Path SPOT_CHECKS = Path.of("docs", "spot-checks.md");
    static final String START = "<!-- second-reading-summary:start -->";
    static final String END = "<!-- second-reading-summary:end -->";
    static final List<String> VERDICTS = List.of("as recorded", "corrected", "page not seen");
    static final String HOW_TO_FIX = "read the claim against its page, record it in data/reading/pages.txt and run"
            + " python3 data/tools/second_reading.py";

    static Map<String, Claim> claims;
    static Map<String, Map<String, String>> rows;

    @BeforeAll
    static void load() throws IOException {
        Dataset d = DatasetLoader.load(BundledData.datasetFolder());
        claims = claimsById(d);
        rows = readRows(TSV);
    }

    /** Claim ids as the reading writes them: "system/figure[index]" and "events/event-id[index]". */
    static Map<String, Claim> claimsById(Dataset d) {
        Map<String, Claim> out = new LinkedHashMap<>();
        for (WeaponSystem s : d.systems()) {
            for (Figure f : s.figures().values()) {
                for (int i = 0; i < f.claims().size(); i++) {
                    out.put(s.id() + "/" + f.kind().jsonName() + "[" + i + "]", f.claims().get(i));
                }
            }
        }
        for (Event e : d.events()) {
            for (int i = 0; i < e.claims().size(); i++) {
                out.put("events/" + e.id() + "[" + i + "]", e.claims().get(i));
            }
        }
        return out;
    }

    static Map<String, Map<String, String>> readRows(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        String[] head = lines.get(0).split("\t", -1);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertThat(cells).as("cells of row %s", line).hasSize(head.length);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < head.length; i++) {
                row.put(head[i], cells[i]);
            }
            assertThat(out.put(row.get("claim_id"), row)).as("claim %s read twice", row.get("claim_id")).isNull();
        }
        return out;
    }

    static String verdictKind(String verdict) {
        return VERDICTS.stream().filter(verdict::startsWith).findFirst()
                .orElseThrow(() -> new AssertionError("unknown verdict: " + verdict));
    }

    @Test
    void everyClaimOfTheDatasetHasARow() {
        assertThat(claims).hasSizeGreaterThan(300);
        assertThat(rows.keySet()).as("claims the second reading lacks: " + HOW_TO_FIX)
                .containsAll(claims.keySet());
    }

    @Test
    void everyRowIsAClaimOfTheDatasetFromTheSameSource() {
        assertThat(claims.keySet()).as("rows for claims the dataset no longer has: " + HOW_TO_FIX)
                .containsAll(rows.keySet());
        claims.forEach((id, c) -> assertThat(rows.get(id).get("source")).as("source of %s", id).isEqualTo(c.sourceId()));
    }

    @Test
    void theDatasetMarksPageNotSeenExactlyWhereTheReadingSaysSo() {
        claims.forEach((id, c) -> {
            boolean notSeen = verdictKind(rows.get(id).get("verdict")).equals("page not seen");
            assertThat(c.pageNotSeen()).as("page-not-seen mark of %s", id).isEqualTo(notSeen);
            assertThat(c.reading()).as("reading of %s", id).isNotNull();
        });
    }

    @Test
    void everyOfficialClaimHasItsQuoteFoundOnThePage() {
        claims.forEach((id, c) -> {
            if (c.claimantKind() == ClaimantKind.OWN_GOVERNMENT || c.claimantKind() == ClaimantKind.OTHER_GOVERNMENT) {
                assertThat(rows.get(id).get("quote_found")).as("quote of %s", id).startsWith("yes");
            }
        });
    }

    @Test
    void theSummaryInSpotChecksIsTheOneTheRowsGive() throws IOException {
        String doc = Files.readString(SPOT_CHECKS, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("summary block in docs/spot-checks.md").isNotNegative();
        assertThat(doc.substring(start, end + END.length()))
                .as("docs/spot-checks.md is stale: run python3 data/tools/second_reading.py")
                .isEqualTo(summary(new ArrayList<>(rows.values())));
    }

    /** The same summary as second_reading.summary(). */
    static String summary(List<Map<String, String>> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        VERDICTS.forEach(v -> counts.put(v, 0));
        Map<String, Integer> quotes = new TreeMap<>();
        List<String> notSeen = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String kind = verdictKind(r.get("verdict"));
            counts.merge(kind, 1, Integer::sum);
            String q = r.get("quote_found").split(" \\(", -1)[0].split(":", -1)[0];
            quotes.merge(q, 1, Integer::sum);
            if (kind.equals("page not seen")) {
                notSeen.add(r.get("claim_id"));
            }
        }
        StringBuilder b = new StringBuilder(START).append("\n\n")
                .append("Claims read: ").append(rows.size()).append(" (every claim of the dataset).\n\n")
                .append("| verdict | claims |\n| --- | --- |\n");
        counts.forEach((v, n) -> b.append("| ").append(v).append(" | ").append(n).append(" |\n"));
        b.append("\n| quote found on the page | claims |\n| --- | --- |\n");
        quotes.forEach((q, n) -> b.append("| ").append(q).append(" | ").append(n).append(" |\n"));
        b.append("\nClaims whose page was not seen: ").append(notSeen.isEmpty() ? "none" : String.join(", ", notSeen))
                .append(".\n\n").append(END);
        return b.toString();
    }
}
