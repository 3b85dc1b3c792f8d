package org.balanceexplorer.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.claims.ClaimsPanel;
import org.balanceexplorer.ui.systems.SystemsPanel;
import org.balanceexplorer.ui.timeline.TimelineStrip;
import org.junit.jupiter.api.Test;

/**
 * The systems list, the claims panel and the year strip built in Urdu and in Hindi with the
 * languages' own digits: their words are the bundles' (read here from the files, not through
 * {@link I18n}), their numbers are in the language's digits, and the dataset's claimants stay as
 * the dataset writes them.
 */
class ClaimsSystemsTimelineWordsTest extends org.balanceexplorer.ui.ViewsOnTheirOwnTest {

    /** A bundle's pattern for a key, formatted as the language and digits write it. */
    private static String expected(Properties bundle, Settings.Language language, String key, Object... args) {
        String pattern = bundle.getProperty(key);
        assertThat(pattern).as(key).isNotNull();
        return new MessageFormat(pattern, I18n.locale(language, Settings.Digits.NATIVE)).format(args);
    }

    private static String english(String key, Object... args) throws Exception {
        return new MessageFormat(BundlesTest.bundle("").getProperty(key), I18n.locale(Settings.Language.EN,
                Settings.Digits.LATIN)).format(args);
    }

    /** The views of this area in one scene, CSS applied and laid out, so the list has its cells. */
    private static VBox build(ExplorerViewModel model) {
        VBox root = new VBox(new SystemsPanel(model), new ClaimsPanel(model, url -> { }), new TimelineStrip(model));
        new Scene(root, 900, 1200);
        root.applyCss();
        root.layout();
        return root;
    }

    private static String text(Node root, String selector) {
        Node n = root.lookup(selector);
        assertThat(n).as(selector).isNotNull();
        return n instanceof Label l ? l.getText() : n instanceof CheckBox c ? c.getText() : ((Button) n).getText();
    }

    @Test
    void inUrduTheWordsAreTheBundlesAndTheNumbersUrduDigits() throws Exception {
        Properties ur = BundlesTest.bundle("_ur");
        int all = dataset.systems().size();
        WeaponSystem shaheen3 = dataset.system("shaheen-3").orElseThrow();
        I18n.use(Settings.Language.UR, Settings.Digits.NATIVE);
        ExplorerViewModel model = onFx(() -> new ExplorerViewModel(dataset));
        VBox root = onFx(() -> build(model));

        String listed = onFx(() -> text(root, "#listed-count"));
        assertThat(listed).isEqualTo(expected(ur, Settings.Language.UR, "systems.listed.all", all))
                .isNotEqualTo(english("systems.listed.all", all))
                .contains(I18n.number(all, 0)).doesNotContain(String.valueOf(all));
        assertThat(I18n.number(all, 0)).matches("[\u06f0-\u06f9]+");
        assertThat(onFx(() -> text(root, "#tick-all-listed")))
                .isEqualTo(expected(ur, Settings.Language.UR, "systems.tickAll", all));

        // the year strip: the play button, and "as known in" with the year in Urdu digits
        int year = onFx(() -> ((TimelineStrip) root.getChildren().get(2)).viewModel().yearProperty().get());
        assertThat(onFx(() -> text(root, "#play"))).isEqualTo(ur.getProperty("timeline.play"))
                .isNotEqualTo(english("timeline.play"));
        assertThat(onFx(() -> text(root, "#known-in")))
                .isEqualTo(expected(ur, Settings.Language.UR, "timeline.knownIn", year))
                .doesNotContain(String.valueOf(year));

        // a system's range in the claims panel: Urdu words and digits; its claimants as the dataset has them
        onFx(() -> {
            model.select(shaheen3);
            root.applyCss();
            root.layout();
            return null;
        });
        String title = onFx(() -> text(root, "#figure-rangeKm .figure-title"));
        assertThat(title).startsWith(ur.getProperty("claims.figure.RANGE_KM") + ": ")
                .contains(expected(ur, Settings.Language.UR, "unit.km", I18n.number(2750, 0)))
                .contains("\u06f2\u066c\u06f7\u06f5\u06f0").doesNotContain("2,750").doesNotContain("Range");
        Set<String> claimants = shaheen3.range().claims().stream().map(Claim::claimant).collect(Collectors.toSet());
        Set<String> shown = onFx(() -> root.lookupAll("#figure-rangeKm .claimant").stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet()));
        assertThat(shown).isEqualTo(claimants);
        onFx(() -> {
            model.dispose();
            return null;
        });
    }

    @Test
    void inHindiTheListSpeaksHindiWithDevanagariDigits() throws Exception {
        Properties hi = BundlesTest.bundle("_hi");
        int all = dataset.systems().size();
        I18n.use(Settings.Language.HI, Settings.Digits.NATIVE);
        ExplorerViewModel model = onFx(() -> new ExplorerViewModel(dataset));
        VBox root = onFx(() -> build(model));
        assertThat(onFx(() -> text(root, "#listed-count")))
                .isEqualTo(expected(hi, Settings.Language.HI, "systems.listed.all", all))
                .isNotEqualTo(english("systems.listed.all", all))
                .contains(I18n.number(all, 0)).doesNotContain(String.valueOf(all));
        assertThat(I18n.number(all, 0)).matches("[\u0966-\u096f]+");
        assertThat(onFx(() -> text(root, "#play"))).isEqualTo(hi.getProperty("timeline.play"));
        onFx(() -> {
            model.dispose();
            return null;
        });
    }
}
