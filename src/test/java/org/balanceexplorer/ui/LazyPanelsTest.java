package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The side tabs behind the first and the filters are built when first opened (start-up: they were
 * two thirds of the window's nodes), and opening them shows their whole content, in the real window.
 */
class LazyPanelsTest extends RunningAppTest {

    @Test
    void theWindowStartsWithoutTheHiddenPanelsAndOpeningEachBuildsIt() throws Exception {
        TabPane tabs = lookup("#side-tabs").queryAs(TabPane.class);
        int atStart = onFx(() -> count(app.window()));
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("claims-tab");
        for (String id : new String[] {"claim-checks-tab", "reach-tab", "in-words-tab", "lecture-tab"}) {
            Tab tab = onFx(() -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
            assertThat(tab.getContent()).as(id + " before it is chosen").isNull();
        }
        TitledPane filters = lookup("#filters").queryAs(TitledPane.class);
        assertThat(filters.getContent()).as("filters while closed").isNull();
        assertThat(lookup("#reach-from-table").tryQuery()).isEmpty();

        // Opening each shows what a user expects in it.
        clickOn(lookup(".tab-label").match((javafx.scene.control.Label l) -> "Reach".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#reach-from-table").tryQuery()).isPresent();
        assertThat(lookup("#reach-place").tryQuery()).isPresent();
        clickOn(lookup(".tab-label").match((javafx.scene.control.Label l) -> "Lecture".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#lecture-scenes").tryQuery()).isPresent();
        clickOn(lookup(".tab-label").match((javafx.scene.control.Label l) -> "In words".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#legend-list").tryQuery()).isPresent();
        assertThat(lookup("#events-list").tryQuery()).isPresent();
        clickOn(lookup(".tab-label").match((javafx.scene.control.Label l) -> "Claim checks".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#claim-checks").tryQuery()).isPresent();
        clickOn(filters.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#filter-country-IND").tryQuery()).isPresent();
        // Built once: choosing a tab again keeps the same panel (and what was typed in it).
        Node reach = onFx(() -> tabs.getTabs().stream().filter(t -> "reach-tab".equals(t.getId())).findFirst()
                .orElseThrow().getContent());
        onFx(() -> {
            tabs.getSelectionModel().select(0);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "reach-tab".equals(t.getId()))
                    .findFirst().orElseThrow());
            return null;
        });
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getContent())).isSameAs(reach);
        assertThat(onFx(() -> count(app.window()))).as("nodes once every panel was opened, against " + atStart)
                .isGreaterThan(2 * atStart);
    }

    private static int count(Node n) {
        int c = 1;
        if (n instanceof Parent p) {
            for (Node k : p.getChildrenUnmodifiable()) {
                c += count(k);
            }
        }
        return c;
    }
}
