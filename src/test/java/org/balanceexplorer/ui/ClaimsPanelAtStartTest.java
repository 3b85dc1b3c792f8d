package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.balanceexplorer.state.Selection;
import org.balanceexplorer.state.ViewState;
import org.balanceexplorer.ui.claims.ClaimsPanel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window started with a system selected (--select=agni-5, or a scene) lists that system's claims
 * at once; it used to show the "select a system" hint until the selection changed.
 */
class ClaimsPanelAtStartTest extends ViewsOnTheirOwnTest {

    private static List<String> labels(Node n) {
        List<String> out = new java.util.ArrayList<>();
        if (n instanceof Label l) {
            out.add(l.getText());
        }
        if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            out.addAll(labels(sp.getContent()));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(labels(c)));
        }
        return out;
    }

    @Test
    void aSystemSelectedBeforeThePanelIsBuiltIsListedWithItsClaims() throws Exception {
        ViewState first = ViewState.initial().withShown("agni-5", true)
                .withSelection(new Selection("agni-5", null, null));
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> {
            ExplorerViewModel m = new ExplorerViewModel(dataset, Map.of(), first);
            List<String> l = labels(new ClaimsPanel(m, a -> { }));
            m.dispose();
            return l;
        }).get(20, TimeUnit.SECONDS);
        assertThat(shown).contains("Agni-V");
        assertThat(shown).doesNotContain(I18n.text("claims.hint"));
    }

    @Test
    void withNothingSelectedItShowsTheHint() throws Exception {
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> {
            ExplorerViewModel m = new ExplorerViewModel(dataset, Map.of(), ViewState.initial());
            List<String> l = labels(new ClaimsPanel(m, a -> { }));
            m.dispose();
            return l;
        }).get(20, TimeUnit.SECONDS);
        assertThat(shown).containsExactly(I18n.text("claims.hint"));
    }
}
