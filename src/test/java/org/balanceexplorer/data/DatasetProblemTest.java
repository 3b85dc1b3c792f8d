package org.balanceexplorer.data;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetProblemTest {

    private static DatasetProblem problem(int n) {
        return new DatasetProblem("systems.json", n, 7, "$.systems[" + n + "]", "s-" + n, "in system 's-" + n + "': broken");
    }

    @Test
    void aProblemFormatsAsFileLineColumnPathAndMessage() {
        DatasetProblem p = new DatasetProblem("systems.json", 12, 7, "$.systems[0].figures.rangeKm.claims[0].source",
                "shaheen-3", "in system 'shaheen-3': source 'dawn-x' does not exist in the dataset");
        assertThat(p.format()).isEqualTo("systems.json:12:7: $.systems[0].figures.rangeKm.claims[0].source: "
                + "in system 'shaheen-3': source 'dawn-x' does not exist in the dataset");
        assertThat(p).hasToString(p.format());
    }

    @Test
    void aWholeFileProblemHasNoPositionAndTheRootPath() {
        assertThat(DatasetProblem.ofFile("a.json", "too big").format()).isEqualTo("a.json:0:0: $: too big");
    }

    @Test
    void aNegativeLineIsRejected() {
        assertThatThrownBy(() -> new DatasetProblem("a.json", -1, 0, "$", null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExceptionListsTheFirstFiveProblemsAndCountsTheRest() {
        List<DatasetProblem> problems = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            problems.add(problem(i));
        }
        DatasetException e = new DatasetException(problems);
        assertThat(e.problems()).hasSize(7);
        assertThat(e.getMessage()).startsWith("The dataset could not be loaded: 7 problems found.\n")
                .contains(problem(5).format())
                .doesNotContain(problem(6).format())
                .endsWith("... and 2 more problems.");
    }

    @Test
    void theExceptionWithOneProblemSaysProblemOnce() {
        assertThat(new DatasetException(List.of(problem(1))).getMessage())
                .isEqualTo("The dataset could not be loaded: 1 problem found.\n" + problem(1).format());
    }

    @Test
    void anExceptionWithoutProblemsIsRejected() {
        assertThatThrownBy(() -> new DatasetException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
