package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.Test;

/** docs/dataset.md is generated from data/dataset; this fails when someone changed one and not the other. */
class DatasetReportIsCurrentTest {

    static final Path DATASET = Path.of("data", "dataset");
    static final Path OMITTED = Path.of("data", "omitted-systems.md");
    static final Path REPORT = Path.of("docs", "dataset.md");

    @Test
    void theCommittedDatasetReportMatchesTheDataset() throws IOException {
        Dataset d = DatasetLoader.load(DATASET);
        String expected = DatasetReport.markdown(d, Files.exists(OMITTED) ? Files.readString(OMITTED) : "");
        assertThat(Files.readString(REPORT))
                .as("docs/dataset.md is stale: regenerate it with "
                        + "java -jar target/balance-explorer.jar report --data data/dataset --omitted data/omitted-systems.md --output docs/dataset.md")
                .isEqualTo(expected);
    }

    @Test
    void theReportListsEverySystemWithItsHeadlineRange() {
        Dataset d = DatasetLoader.load(DATASET);
        String md = DatasetReport.markdown(d, "");
        for (WeaponSystem s : d.systems()) {
            assertThat(md).contains("| " + s.name()).contains(s.range().displayHeadline());
        }
    }

    @Test
    void disputedRangesCarryTheConflictMark() {
        Dataset d = DatasetLoader.load(DATASET);
        String md = DatasetReport.markdown(d, "");
        d.systems().stream().filter(s -> s.range().disputed()).forEach(s ->
                assertThat(md).contains(s.range().displayHeadline() + " " + DatasetReport.CONFLICT_MARK));
    }
}
