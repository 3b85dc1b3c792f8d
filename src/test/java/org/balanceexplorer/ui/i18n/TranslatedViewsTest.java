package org.balanceexplorer.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.map.paint.Legend;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.state.SystemFilter;
import org.balanceexplorer.state.SystemFilter.Part;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.access.InWordsPanel;
import org.balanceexplorer.ui.filters.FiltersPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The words reach the screen in the language chosen: the filters pane (its parts, and the option
 * labels the state package names in English, mapped to the bundles in {@code ui/filters}), the In
 * words tab's lists and the status line, built in Urdu and in Hindi with native digits, against the
 * bundles' own values (so the test follows a rewording) and against English.
 */
class TranslatedViewsTest extends FxRobot {

    private static Dataset dataset;
    private Stage stage;
    private ExplorerViewModel model;

    @BeforeAll
    static void loadTheBundledDataset() throws Exception {
        FxToolkit.registerPrimaryStage();
        dataset = DatasetLoader.loadVerified(BundledData.datasetFolder());
    }

    @AfterEach
    void backToEnglish() throws Exception {
        I18n.use(Settings.Language.EN, Settings.Digits.LATIN);
        if (model != null) {
            model.dispose();
        }
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** The filters pane (opened) and the In words panel, built in the language chosen now, in a shown window. */
    private FiltersPane show() throws Exception {
        FiltersPane pane = onFx(() -> {
            model = new ExplorerViewModel(dataset);
            FiltersPane f = new FiltersPane(model, new SystemFilter(dataset));
            f.setExpanded(true);
            InWordsPanel words = new InWordsPanel(model, new SimpleObjectProperty<Legend>());
            stage = new Stage();
            stage.setScene(new Scene(new VBox(f, words), 900, 900));
            stage.show();
            return f;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return pane;
    }

    private CheckBox box(Part part, String key) {
        return lookup("#" + FiltersPane.boxId(part, key)).queryAs(CheckBox.class);
    }

    private List<String> headings() {
        return lookup("#filters .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private String firstEvent() {
        return from(lookup("#events-list").queryParent()).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getText() != null).queryAs(ListCell.class).getText();
    }

    @Test
    void urduWithNativeDigitsReachesTheFiltersTheInWordsListsAndTheStatusLine() throws Exception {
        I18n.use(Settings.Language.UR, Settings.Digits.NATIVE);
        String sea = I18n.text("filters.basing.SEA");
        String basing = I18n.text("filters.part.BASING");
        String notStated = I18n.text("filters.status.notStated");
        assertThat(sea).isEqualTo("بحری");
        assertThat(basing).isNotEqualTo("Basing");
        show();

        // The option labels the state package gives in English ("sea", "Basing"), in Urdu, counts in ۰-۹.
        assertThat(box(Part.BASING, "SEA").getText()).isEqualTo(sea + " (۲)").doesNotContain("2");
        assertThat(box(Part.BASING, "SEA").getAccessibleText()).contains(basing).contains(sea);
        assertThat(headings()).contains(I18n.text("filters.part.heading", basing));
        if (lookup("#" + FiltersPane.boxId(Part.STATUS, SystemFilter.NO_STATUS)).tryQuery().isPresent()) {
            assertThat(box(Part.STATUS, SystemFilter.NO_STATUS).getText()).startsWith(notStated);
        }
        // Dataset words stay as the dataset has them.
        assertThat(box(Part.COUNTRY, "PAK").getText()).startsWith("Pakistan ");

        // The events list: the kind in Urdu, the date in Urdu digits, the title as the dataset has it.
        String event = firstEvent();
        assertThat(event).containsAnyOf(I18n.text("inWords.kind.TEST"), I18n.text("inWords.kind.STATEMENT"),
                I18n.text("inWords.kind.AGREEMENT"), I18n.text("inWords.kind.SANCTION"), I18n.text("inWords.kind.OTHER"));
        assertThat(event.substring(0, 4)).matches("[۰-۹]{4}");
        assertThat(lookup("#events-list").query().getAccessibleText()).isEqualTo(I18n.text("inWords.events.accessible"))
                .isNotEqualTo("Every event of the timeline, in date order");

        // The status line: how many rings, in Urdu words and digits.
        interact(() -> model.setShown("shaheen-3", true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.statusProperty().get())).isEqualTo("۱ دائرہ دکھایا گیا");
    }

    @Test
    void hindiWithNativeDigitsReachesTheFilters() throws Exception {
        I18n.use(Settings.Language.HI, Settings.Digits.NATIVE);
        assertThat(I18n.text("filters.basing.LAND")).isEqualTo("स्थल");
        show();
        assertThat(box(Part.BASING, "LAND").getText()).isEqualTo("स्थल (३२)");
        assertThat(box(Part.CATEGORY, "CRUISE").getText()).startsWith(I18n.text("filters.category.CRUISE") + " (")
                .doesNotContain("cruise");
        assertThat(headings()).contains("देश:");
    }

    @Test
    void englishStaysAsItWas() throws Exception {
        show();
        assertThat(box(Part.BASING, "SEA").getText()).isEqualTo("sea (2)");
        assertThat(headings()).contains("Basing:", "Class by the rule:");
        assertThat(firstEvent()).matches("\\d{4}.*, (test|sanction|agreement|statement|other): .*");
    }
}
