package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.balanceexplorer.data.ViewStateJson;
import org.balanceexplorer.geo.Mercator;
import org.balanceexplorer.geo.Projections;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.state.LegendCorner;
import org.balanceexplorer.state.LegendLayout;
import org.balanceexplorer.state.ProjectionChoice;
import org.balanceexplorer.state.ProjectionKind;
import org.balanceexplorer.state.ViewState;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every user action makes the next view state, and the map is drawn from the state: what the user
 * does in the real window is found in the state, and a state saved and read back gives the same
 * view.
 */
class ViewStateFlowTest extends RunningAppTest {

    @Test
    void whatTheUserDoesInTheWindowIsTheState() throws Exception {
        tick("Shaheen-III");
        clickOn("#show-claim-rings");
        settle();
        ViewState s = app.model().state();
        assertThat(s.shownSystems()).containsExactly("shaheen-3");
        assertThat(s.rings().claimRings()).isTrue();
        assertThat(s.frame().isFitted()).as("the opening view is fitted to South Asia").isTrue();

        MapView map = app.window().map();
        clickOn(map).type(KeyCode.RIGHT);
        settle();
        ViewState panned = app.model().state();
        assertThat(panned.frame().isFitted()).isFalse();
        GeoPoint middle = onFx(() -> map.toGeographic(map.getViewport().width() / 2, map.getViewport().height() / 2));
        assertThat(panned.frame().centre().lonDeg()).isCloseTo(middle.lonDeg(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(panned.frame().metresPerPixel()).isCloseTo(1 / map.getViewport().scale(),
                org.assertj.core.data.Offset.offset(1e-9));

        onFx(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ChoiceBox<Projections.Kind> menu = lookup("#projection")
                    .queryAs(javafx.scene.control.ChoiceBox.class);
            menu.setValue(Projections.Kind.ORTHOGRAPHIC);
            return null;
        });
        settle();
        assertThat(app.model().state().projection().kind()).isEqualTo(ProjectionKind.ORTHOGRAPHIC);
        assertThat(map.projectionProperty().get()).isEqualTo(app.model().state().projection().toProjection());
    }

    @Test
    void aStateSavedAndReadBackIsEqualAndDrawsTheSameMap() throws Exception {
        tick("Agni-V");
        ViewState wanted = app.model().state()
                .withProjection(new ProjectionChoice(ProjectionKind.MERCATOR, new GeoPoint(0, 0)))
                .withLegend(new LegendLayout(LegendCorner.TOP_RIGHT, true));
        ViewState read = ViewStateJson.read(ViewStateJson.write(wanted), "scene.json");
        assertThat(read).isEqualTo(wanted);

        onFx(() -> {
            app.model().update(s -> read);
            return null;
        });
        MapView map = app.window().map();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map.projectionProperty().get() instanceof Mercator);
        settle();
        assertThat(lookup("#projection").queryAs(javafx.scene.control.ChoiceBox.class).getValue())
                .isEqualTo(Projections.Kind.MERCATOR);
        var legend = onFx(() -> map.legendLayout().orElseThrow());
        assertThat(legend.collapsed()).isTrue();
        assertThat(legend.frame().maxX()).isGreaterThan(map.getWidth() - 20);
        assertThat(map.rings()).singleElement().satisfies(r -> assertThat(r.systemId()).isEqualTo("agni-5"));
        assertThat(app.model().state()).isEqualTo(read);
    }
}
