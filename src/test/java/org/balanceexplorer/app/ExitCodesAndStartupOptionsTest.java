package org.balanceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One exit-code rule for every command, and start-up arguments that are wrong said so in plain
 * words (they were ignored in silence), as an outside check found them.
 */
class ExitCodesAndStartupOptionsTest {

    @TempDir
    Path dir;

    private static CliTest.Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliTest.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingDatasetFolderExitsOneFromEveryCommand() {
        String missing = dir.resolve("no-such-folder").toString();
        assertThat(run("validate", missing).code()).isEqualTo(1);
        CliTest.Result reach = run("reach", "--system", "shaheen-3", "--from", "islamabad", "--data", missing);
        assertThat(reach.code()).isEqualTo(1);
        assertThat(reach.err()).contains("does not exist");
        assertThat(run("report", "--data", missing).code()).isEqualTo(1);
    }

    @Test
    void anUnknownCommandExitsTwoEvenWithHelp() {
        CliTest.Result r = run("frobnicate", "--help");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'frobnicate' is not a command").contains("validate");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownProjectionOrFitIsAUsageProblem() {
        StartupOptions projection = StartupOptions.parse(List.of("--projection=FOO")).orElseThrow();
        assertThat(projection.usageProblem()).contains("--projection=FOO is not a projection").contains("ORTHOGRAPHIC");
        StartupOptions fit = StartupOptions.parse(List.of("--fit=moon")).orElseThrow();
        assertThat(fit.usageProblem()).contains("--fit=moon");
        assertThat(StartupOptions.parse(List.of("--projection=mercator", "--fit=world")).orElseThrow().usageProblem())
                .isNull();
    }

    @Test
    void unknownSystemIdsAreNamedAndLeftOut() {
        Dataset d = DatasetLoader.load(BundledData.datasetFolder());
        StartupOptions o = StartupOptions.parse(List.of("--show=shaheen-3,no-such-missile", "--select=ghost"))
                .orElseThrow();
        assertThat(o.unknownIds(d)).containsExactly(
                "--show: there is no system 'no-such-missile' in the dataset; it is not shown",
                "--select: there is no system 'ghost' in the dataset; nothing is selected");
        assertThat(o.firstState(d).shownSystems()).containsExactly("shaheen-3");
    }

    /** Runs the launcher in a JVM of its own, as a user's shell would. */
    private static CliTest.Result launch(boolean withDisplay, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (!withDisplay) {
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
        }
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
        return new CliTest.Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void withNoDisplayTheAppSaysSoInPlainWordsAndExitsOne() throws Exception {
        CliTest.Result r = launch(false);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("the window could not be opened").contains("no display")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void anUnknownProjectionExitsTwoBeforeAnyWindowOpens() throws Exception {
        CliTest.Result r = launch(false, "--projection=FOO");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--projection=FOO is not a projection").doesNotContain("window could not");
    }
}
