package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.balanceexplorer.model.RangeClass;
import org.balanceexplorer.state.Filters;
import org.balanceexplorer.state.SystemFilter.Part;
import org.balanceexplorer.ui.filters.FiltersPane;
import org.balanceexplorer.ui.systems.SystemsPanel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Filtering the systems list in the real window: the counts beside each option, the search finding
 * class names, an empty list that says why and clears, and ticking everything listed. Expected
 * systems are worked by hand from the bundled dataset (see SystemFilterTest).
 */
class FilteringTest extends RunningAppTest {

    private void openFilters() {
        clickOn(lookup("#filters .title").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CheckBox box(Part part, String key) {
        return lookup("#" + FiltersPane.boxId(part, key)).queryAs(CheckBox.class);
    }

    private void choose(Part part, String key) {
        CheckBox b = box(part, key);
        interact(b::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The system ids the tree lists, country by country. */
    @SuppressWarnings("unchecked")
    private List<String> listedIds() {
        TreeView<SystemsPanel.Entry> tree = lookup("#system-tree").queryAs(TreeView.class);
        List<String> ids = new ArrayList<>();
        if (!tree.isVisible()) {
            return ids;
        }
        for (TreeItem<SystemsPanel.Entry> country : tree.getRoot().getChildren()) {
            for (TreeItem<SystemsPanel.Entry> s : country.getChildren()) {
                ids.add(((SystemsPanel.SystemEntry) s.getValue()).system().id());
            }
        }
        return ids;
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void eachOptionShowsTheCountItLeavesAndChoosingOneNarrowsTheList() {
        openFilters();
        assertThat(box(Part.BASING, "SEA").getText()).isEqualTo("sea (2)");
        assertThat(box(Part.BASING, "LAND").getText()).isEqualTo("land (32)");
        assertThat(box(Part.COUNTRY, "PAK").getText()).isEqualTo("Pakistan (17)");
        assertThat(text("#listed-count")).isEqualTo("All 40 systems listed");

        choose(Part.RULE_CLASS, "IRBM");
        assertThat(listedIds()).containsExactlyInAnyOrder("df-26", "agni-5", "agni-3", "agni-4", "k-4");
        assertThat(text("#listed-count")).isEqualTo("5 of 40 listed");
        assertThat(box(Part.BASING, "LAND").getText()).isEqualTo("land (4)");
        assertThat(box(Part.COUNTRY, "PAK").getText()).isEqualTo("Pakistan (0)");
        assertThat(app.model().state().filters().classes()).containsExactly(RangeClass.IRBM);
        assertThat(lookup("#filters").queryAs(javafx.scene.control.TitledPane.class).getText())
                .isEqualTo("Filters (1 in use)");
    }

    @Test
    void searchingForMrbmListsSystemsOfThatClassByTheRuleOrByASource() {
        search("MRBM");
        assertThat(listedIds()).containsExactlyInAnyOrder("df-17", "df-21", "df-21d", "agni-2", "agni-prime",
                "shaheen-3", "shaheen-2", "ababeel", "ghauri", "agni-1", "shaheen-1");
        assertThat(app.model().state().filters().search()).isEqualTo("MRBM");
    }

    @Test
    void anEmptyListSaysWhyAndClearingTheFiltersBringsEverySystemBack() {
        openFilters();
        choose(Part.COUNTRY, "PAK");
        choose(Part.RULE_CLASS, "ICBM");
        assertThat(listedIds()).isEmpty();
        assertThat(lookup("#empty-result").query().isVisible()).isTrue();
        assertThat(text("#empty-why")).isEqualTo("No system matches all of: Country: Pakistan (17 alone); "
                + "Class by the rule: ICBM (4 alone).");
        clickOn("#clear-filters");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().state().filters()).isEqualTo(Filters.NONE);
        assertThat(listedIds()).hasSize(40);
        assertThat(lookup("#empty-result").query().isVisible()).isFalse();
        assertThat(box(Part.COUNTRY, "PAK").isSelected()).isFalse();
    }

    @Test
    void tickingAllListedShowsTheRingsOfExactlyThoseSystems() throws Exception {
        openFilters();
        choose(Part.RULE_CLASS, "IRBM");
        choose(Part.RULE_CLASS, "ICBM");
        choose(Part.BASING, "LAND");
        assertThat(lookup("#tick-all-listed").queryButton().getText()).isEqualTo("Tick all 6 listed");
        clickOn("#tick-all-listed");
        settle();
        assertThat(app.model().state().shownSystems()).containsExactlyInAnyOrder("df-26", "df-31a-ag", "df-41",
                "agni-5", "agni-3", "agni-4");
        assertThat(app.model().ringsProperty().get().rings()).hasSize(6);
    }
}
