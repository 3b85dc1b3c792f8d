package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `asOf` is optional: a source that gives no date yields a claim without one, never a guessed one. */
class UndatedClaimTest {

    @TempDir
    Path dir;

    @Test
    void aClaimWithoutAsOfLoadsAsUndated() {
        Fixtures.copyOfValid(dir);
        Fixtures.edit(dir, "systems.json", "\"quote\": \"a range of 2750 kilometres\", \"asOf\": \"2015-03-09\",",
                "\"quote\": \"a range of 2750 kilometres\",");
        assertThat(Fixtures.problems(dir)).isEmpty();
        Dataset d = DatasetLoader.load(dir, Fixtures.TODAY);
        Claim c = d.system("missile-one").orElseThrow().range().claims().get(0);
        assertThat(c.quote()).isEqualTo("a range of 2750 kilometres");
        assertThat(c.asOf()).isNull();
        assertThat(c.asOfDate()).isEmpty();
        assertThat(c.whenText()).isEqualTo("undated");
    }

    @Test
    void aPresentAsOfIsStillChecked() {
        Fixtures.copyOfValid(dir);
        Fixtures.edit(dir, "systems.json", "kilometres\", \"asOf\": \"2015-03-09\",", "kilometres\", \"asOf\": \"2015-02-30\",");
        assertThat(Fixtures.problems(dir)).hasSize(1);
    }
}
