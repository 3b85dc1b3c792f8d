package org.balanceexplorer.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balanceexplorer.data.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problem report's text and the log's end, without a window. */
class ProblemReportTest {

    @TempDir
    Path dir;

    @Test
    void aMissingLogGivesThePlainLine() {
        ProblemReport.LogTail tail = ProblemReport.readTail(dir.resolve("explorer-0.log"), 200);
        assertThat(tail.lines()).isEmpty();
        assertThat(tail.plainLine()).isEqualTo(ProblemReport.NO_LOG);
    }

    @Test
    void anEmptyLogSaysItIsEmpty() throws Exception {
        Path log = Files.createFile(dir.resolve("explorer-0.log"));
        assertThat(ProblemReport.readTail(log, 200).plainLine()).isEqualTo("Log: the log file is empty.");
    }

    @Test
    void aLogLargerThanTheTailReadGivesWholeLinesFromItsEnd() throws Exception {
        Path log = dir.resolve("explorer-0.log");
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (b.length() < ProblemReport.TAIL_BYTES + 5_000) {
            b.append("2025-01-31 14:02:07.123 INFO x: line ").append(i++).append('\n');
        }
        Files.writeString(log, b, StandardCharsets.UTF_8);
        ProblemReport.LogTail tail = ProblemReport.readTail(log, 200);
        assertThat(tail.wholeFile()).isFalse();
        assertThat(tail.lines()).hasSize(200).allSatisfy(l -> assertThat(l).startsWith("2025-01-31 "));
        assertThat(tail.lines().get(199)).endsWith("line " + (i - 1));
    }

    @Test
    void bytesThatAreNotUtf8AreReplacedNotRefused() throws Exception {
        Path log = dir.resolve("explorer-0.log");
        Files.write(log, new byte[] {'o', 'k', '\n', (byte) 0xC3, '\n'});
        ProblemReport.LogTail tail = ProblemReport.readTail(log, 200);
        assertThat(tail.wholeFile()).isTrue();
        assertThat(tail.lines()).containsExactly("ok", "\uFFFD");
    }

    @Test
    void stackTracesAreFoldedOnScreenAndWholeInTheCopy() {
        ProblemReport.LogTail tail = ProblemReport.LogTail.of(List.of(
                "2025-01-31 14:02:07.123 WARNING a: the basemap could not be read",
                "java.io.IOException: gone", "\tat a.B.c(B.java:1)", "\tat a.B.d(B.java:2)",
                "2025-01-31 14:02:08.000 INFO a: later"), true);
        ProblemReport.Report r = ProblemReport.report("Title", "Dataset: D, version 1", Settings.DEFAULTS, "1 \u00d7 1 at 100 %",
                "explorer-0.log", tail);
        assertThat(r.full()).contains("Log (explorer-0.log, all 5 lines):\n").contains("\tat a.B.d(B.java:2)\n");
        assertThat(r.onScreen()).doesNotContain("IOException").doesNotContain("\tat ")
                .contains("the basemap could not be read\n    (3 more lines of detail for the developers: in the copied text)\n"
                        + "2025-01-31 14:02:08.000 INFO a: later\n");
        assertThat(r.full()).startsWith("Title: problem report\nApp version: ");
        assertThat(r.full()).contains("\nDataset: D, version 1\n")
                .contains("\nDisplay: UI scale 100 %, theme light, palette standard; screen 1 \u00d7 1 at 100 %\n");
    }
}
