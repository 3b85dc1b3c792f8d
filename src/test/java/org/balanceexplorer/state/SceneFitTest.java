package org.balanceexplorer.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A saved view opened on the bundled dataset: what it lacks is left out and said, the rest opens. */
class SceneFitTest {

    static Dataset dataset;
    static DatasetRef bundled;

    @BeforeAll
    static void load() {
        Path folder = BundledData.datasetFolder();
        dataset = DatasetLoader.load(folder);
        bundled = new DatasetRef(dataset.info().name(), dataset.info().version());
    }

    @Test
    void aSceneOfTheOpenDatasetOpensAsSavedWithNothingSaid() {
        ViewState v = ViewState.initial().withShown("shaheen-3", true).withLaunchPoint("PAK", new GeoPoint(24.86, 67.01));
        SceneFit.Fitted f = SceneFit.fit(v, bundled, dataset);
        assertThat(f.view()).isEqualTo(v);
        assertThat(f.notices()).isEmpty();
    }

    @Test
    void aSystemTheDatasetLacksIsNamedAndLeftOutAndTheRestOpens() {
        ViewState v = ViewState.initial().withShown("shaheen-3", true).withShown("agni-9", true).withShown("agni-5", true);
        SceneFit.Fitted f = SceneFit.fit(v, bundled, dataset);
        assertThat(f.view().shownSystems()).containsExactly("shaheen-3", "agni-5");
        assertThat(f.notices()).containsExactly("The system 'agni-9' is not in the open dataset; its ring is left out.");
    }

    @Test
    void anotherVersionOfTheDatasetIsSaid() {
        SceneFit.Fitted f = SceneFit.fit(ViewState.initial(), new DatasetRef(bundled.name(), "0.9.0"), dataset);
        assertThat(f.notices()).singleElement().asString()
                .contains("version 0.9.0").contains("version " + bundled.version() + " is open");
    }

    @Test
    void unknownCountriesAndSelectionsAreLeftOut() {
        ViewState v = ViewState.initial().withLaunchPoint("XYZ", new GeoPoint(1, 2)).withLaunchPoint("PAK", new GeoPoint(3, 4))
                .withSelection(new Selection("nope", "PAK", null));
        SceneFit.Fitted f = SceneFit.fit(v, bundled, dataset);
        assertThat(f.view().movedLaunchPoints()).containsOnlyKeys("PAK");
        assertThat(f.view().selection()).isEqualTo(new Selection(null, "PAK", null));
        assertThat(f.notices()).hasSize(2);
    }
}
