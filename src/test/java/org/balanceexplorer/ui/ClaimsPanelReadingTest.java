package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.balanceexplorer.app.ExplorerApp;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.ui.claims.ClaimsPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on a small dataset where one claim's page was not seen on the second reading and
 * one claim quotes a compiled file: the claims panel says "page not seen" on the first, shows the
 * second as a record in words above its exact fragment, and the copied citations say the same.
 */
class ClaimsPanelReadingTest extends FxRobot {

    static final String FRAGMENT = "{ \\\"name\\\": \\\"Missile One\\\", \\\"range_km\\\": 2750 }";
    static final String RECORD = "\"record\": { \"file\": \"data/missiles.json\", \"commit\": \"0123456789abcdef\","
            + " \"entry\": \"Missile One\", \"field\": \"range_km\", \"value\": \"2750\" }, ";

    private ExplorerApp app;

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aPageNotSeenAndACompiledRecordAreShownInWords(@TempDir Path dir) throws Exception {
        Path valid = Path.of("src", "test", "resources", "datasets", "valid");
        for (String name : List.of("core.json", "systems.json")) {
            Files.copy(valid.resolve(name), dir.resolve(name));
        }
        Path systems = dir.resolve("systems.json");
        // Missile Two's only claim (a newspaper's): its page was not seen on the second reading
        edit(systems, "\"quote\": \"up to 450.5 km\", \"asOf\": \"2016\"",
                "\"quote\": \"up to 450.5 km\", \"asOf\": \"2016\", \"reading\": \"pageNotSeen\"");
        // Missile One's analysts' span: quoted from a compiled file
        edit(systems, "\"quote\": \"between 2,500 and 3,000 km\", \"asOf\": \"2020\",",
                "\"quote\": \"" + FRAGMENT + "\", " + RECORD + "\"asOf\": \"2020\", \"reading\": \"quoteOnPage\",");

        // The defaults, not what an earlier test left in the settings file.
        TestSettings.startFresh();
        FxToolkit.registerPrimaryStage();
        app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp.class, "--data=" + dir);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();

        WeaponSystem two = app.model().dataset().system("missile-two").orElseThrow();
        interact(() -> app.model().select(two));
        Label notSeen = lookup("." + ClaimsPanel.PAGE_NOT_SEEN).queryAs(Label.class);
        assertThat(notSeen.getText()).isEqualTo(ClaimsPanel.PAGE_NOT_SEEN_TEXT).startsWith("page not seen");
        Claim twoClaim = two.range().claims().get(0);
        assertThat(ClaimsPanel.citation(two.range(), twoClaim, app.model().dataset().source(twoClaim.sourceId()).orElseThrow()))
                .contains("\u201cup to 450.5 km\u201d").contains("Page not seen");

        WeaponSystem one = app.model().dataset().system("missile-one").orElseThrow();
        interact(() -> app.model().select(one));
        assertThat(lookup("." + ClaimsPanel.PAGE_NOT_SEEN).tryQuery()).isEmpty();
        String inWords = "compiled record: entry \u201cMissile One\u201d in data/missiles.json at commit 0123456,"
                + " field range_km = 2750";
        assertThat(lookup("." + ClaimsPanel.COMPILED_RECORD).queryAs(Label.class).getText()).isEqualTo(inWords);
        assertThat(lookup("." + ClaimsPanel.RECORD_FRAGMENT).queryAs(Label.class).getText())
                .contains("{ \"name\": \"Missile One\", \"range_km\": 2750 }");
        Figure range = one.range();
        Claim compiled = range.claims().stream().filter(c -> c.compiledRecord().isPresent()).findFirst().orElseThrow();
        String citation = ClaimsPanel.citation(range, compiled, app.model().dataset().source(compiled.sourceId()).orElseThrow());
        assertThat(citation).contains(inWords).doesNotContain("{").doesNotContain("Page not seen");
    }
}
