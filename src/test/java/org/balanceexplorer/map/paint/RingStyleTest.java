package org.balanceexplorer.map.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.RingComputation;
import org.junit.jupiter.api.Test;

/** Ring styles: no two rings from one launch point look alike, and each system keeps its own. */
class RingStyleTest {

    @Test
    void noTwoSystemsOfOneCountryLookAlikeInTheBundledDataset() throws IOException {
        Dataset d = DatasetLoader.loadVerified(BundledData.datasetFolder());
        RingComputation styles = new RingComputation(d, Map.of());
        assertThat(RingStyle.count()).isEqualTo(RingComputation.STYLES);
        for (Country c : d.countries()) {
            Set<RingStyle> seen = new HashSet<>();
            for (WeaponSystem s : d.systemsOf(c.id())) {
                assertThat(seen.add(RingStyle.of(styles.styleIndex(s.id())))).as("%s looks like another of %s's rings",
                        s.name(), c.id()).isTrue();
            }
        }
        // The pair most often compared are not both blue (they were: each the first of its country).
        assertThat(RingStyle.of(styles.styleIndex("shaheen-3")).colour())
                .isNotEqualTo(RingStyle.of(styles.styleIndex("agni-5")).colour());
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
