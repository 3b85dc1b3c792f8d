package org.balanceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.RingComputation;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.ViewState;
import org.junit.jupiter.api.Test;

/**
 * The window (rings from {@link RingComputation}) and the command line ({@code reach}) put the same
 * places within range: one rule, {@code Reach.within}, for both.
 */
class WindowAndCommandLineAgreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySystemPutsTheSamePlacesWithinRangeOnTheMapAsOnTheCommandLine() throws IOException {
        Dataset dataset = DatasetLoader.loadVerified(BundledData.datasetFolder());
        RingComputation computation = new RingComputation(dataset, Map.of());
        assertThat(dataset.systems()).hasSize(40);
        for (WeaponSystem s : dataset.systems()) {
            RingResults window = computation.compute(ViewState.initial().withShown(s.id(), true), false, () -> false,
                    RingComputation.Progress.NONE);
            String capital = dataset.representativePoint(s.country()).id();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Cli.run(new String[] {"reach", "--system", s.id(), "--from", capital, "--format", "json", "--all"},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            JsonNode places = JSON.readTree(out.toString(StandardCharsets.UTF_8)).get("places");
            assertThat(places).as("every place listed for %s", s.id()).hasSize(dataset.places().size());
            Set<String> commandLine = new HashSet<>();
            for (JsonNode p : places) {
                if (p.get("within").asBoolean()) {
                    commandLine.add(p.get("place_id").asText());
                }
            }
            assertThat(window.placesWithin()).as("%s from %s", s.id(), capital).isEqualTo(commandLine).contains(capital);
        }
    }
}
