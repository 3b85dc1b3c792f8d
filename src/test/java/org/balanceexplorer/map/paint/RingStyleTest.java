package org.balanceexplorer.map.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.Test;

/** Ring styles: no two rings from one launch point look alike, and each system keeps its own. */
class RingStyleTest {

    @Test
    void everyCountrysSystemsGetDistinctStylesInTheBundledDataset() throws IOException {
        Dataset d = DatasetLoader.loadVerified(BundledData.datasetFolder());
        for (Country c : d.countries()) {
            List<WeaponSystem> systems = d.systemsOf(c.id());
            assertThat(systems.size()).as(c.id()).isLessThanOrEqualTo(RingStyle.count());
            Set<RingStyle> styles = new HashSet<>();
            for (int i = 0; i < systems.size(); i++) {
                styles.add(RingStyle.of(i));
            }
            assertThat(styles).as("styles of %s's %d systems", c.id(), systems.size()).hasSize(systems.size());
        }
    }

    @Test
    void theFirstSevenAreTheOkabeItoColoursSolidThenDashed() {
        assertThat(RingStyle.of(0).colour()).isEqualTo(Rgba.web("#0072B2"));
        assertThat(RingStyle.of(0).dashes()).isEmpty();
        assertThat(RingStyle.of(7).colour()).isEqualTo(RingStyle.of(0).colour());
        assertThat(RingStyle.of(7).dashes()).isNotEmpty();
        assertThat(RingStyle.of(14).dashes()).isNotEqualTo(RingStyle.of(7).dashes());
        assertThat(RingStyle.of(2)).isEqualTo(RingStyle.of(2)).isNotEqualTo(RingStyle.of(9));
    }
}
