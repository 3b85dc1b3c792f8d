package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.model.ClaimCheck;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.ui.checks.ClaimChecksPanel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The claim checks tab in the real window: every check of the bundled dataset with its
 * measurements, distances as GeographicLib gives them, no verdict word, and the measurements
 * following a moved launch point.
 */
class ClaimChecksTabTest extends RunningAppTest {

    /** Words that would judge a statement; the tab must leave the judgement to the reader. */
    private static final Set<String> VERDICT_WORDS = Set.of("true", "false", "confirmed", "refuted", "correct",
            "wrong", "verdict", "debunked", "accurate", "misleading");

    @Test
    void theTabListsEveryCheckWithItsMeasurementsAndNoVerdict() throws Exception {
        openTheTab();
        List<ClaimCheck> checks = app.model().dataset().claimChecks();
        assertThat(checks).hasSizeGreaterThanOrEqualTo(10);
        for (ClaimCheck check : checks) {
            Node card = lookup("#check-" + check.id()).query();
            List<String> results = texts(card, ClaimChecksPanel.CHECK_RESULT);
            assertThat(results).as(check.id()).hasSize(check.measurements().size());
            assertThat(texts(card, "quote")).as(check.id()).singleElement().asString()
                    .contains(check.statement().quote());
            assertThat(texts(card, "claimant")).as(check.id()).contains(check.statement().claimant());
            for (String r : results) {
                assertThat(r).as(check.id()).doesNotContain("not available").matches("(?s).*\\d.*");
                for (String w : r.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                    assertThat(VERDICT_WORDS).as(check.id() + ": " + r).doesNotContain(w);
                }
            }
        }
        // The U.S. official's statement stands beside the distance Islamabad - Washington (GeographicLib).
        String finer = texts(lookup("#check-finer-beyond-south-asia").query(), ClaimChecksPanel.CHECK_RESULT).get(0);
        assertThat(finer).startsWith("From Islamabad (representative point)")
                .contains("distance to Washington, D.C.: " + km(place("islamabad"), place("washington")) + " km");
    }

    @Test
    void movingPakistansLaunchPointChangesTheDistanceBesideTheStatement() throws Exception {
        openTheTab();
        GeoPoint karachi = place("karachi");
        String before = finerDistance();
        onFx(() -> {
            app.model().moveLaunchPoint("PAK", karachi, false);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            String now = finerDistance();
            return !now.isEmpty() && !now.equals(before);
        });
        String after = finerDistance();
        assertThat(after).startsWith("From a user-chosen point, 24.86\u00b0N 67.01\u00b0E")
                .contains("distance to Washington, D.C.: " + km(karachi, place("washington")) + " km");
        assertThat(km(karachi, place("washington"))).isNotEqualTo(km(place("islamabad"), place("washington")));
    }

    private void openTheTab() throws Exception {
        onFx(() -> {
            TabPane tabs = app.window().sideTabs();
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "claim-checks-tab".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        int n = app.model().dataset().claimChecks().size();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("." + ClaimChecksPanel.CHECK_CARD).queryAll().size() == n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The first measurement beside the U.S. official's statement, or "" while the cards are being rebuilt. */
    private String finerDistance() {
        return lookup("#check-finer-beyond-south-asia").tryQuery()
                .map(card -> texts(card, ClaimChecksPanel.CHECK_RESULT)).filter(l -> !l.isEmpty()).map(l -> l.get(0))
                .orElse("");
    }

    private GeoPoint place(String id) {
        return app.model().dataset().place(id).map(Place::location).orElseThrow();
    }

    /** Geodesic distance by GeographicLib, in whole km as the tab writes it. */
    private static String km(GeoPoint a, GeoPoint b) {
        double m = Geodesic.WGS84.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg()).s12;
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(m / 1000);
    }

    private List<String> texts(Node card, String styleClass) {
        return from(card).lookup("." + styleClass).queryAll().stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }
}
