package org.balanceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher chooses the language while JavaFX starts (from the command line, else the settings
 * file) and the window is built in it: run as a user runs it, in a JVM of its own (headless, on
 * Monocle), to its first full frame.
 */
class LauncherLanguageTest {

    @TempDir
    Path settings;

    /** Runs the launcher to its first frame; what it wrote on standard error (its trace). */
    private String launch(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1000-32", "-Dexplorer.firstFrame=exit", "-Dexplorer.trace=true",
                "-Dbalanceexplorer.settings.dir=" + settings, "-Dexplorer.logDir=" + settings,
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        byte[] err = p.getErrorStream().readAllBytes();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
        assertThat(out).as("its first frame").contains("startup app jvm=");
        return new String(err, StandardCharsets.UTF_8);
    }

    @Test
    void theSettingsLanguageIsChosenWhileJavaFxStartsAndTheWindowIsBuiltInIt() throws Exception {
        Files.writeString(settings.resolve("settings.json"), """
                {"format": "balance-explorer-settings", "version": 1, "language": "hi", "digits": "native"}
                """);
        String trace = launch("--show=agni-5");
        assertThat(trace).contains("language hi");
        // chosen before any view: the mark comes before JavaFX's start() and the window
        assertThat(trace.indexOf("language hi")).isLessThan(trace.indexOf("JavaFX started"));
        assertThat(trace.indexOf("JavaFX started")).isLessThan(trace.indexOf("main window built"));

        String fromTheCommandLine = launch("--show=agni-5", "--lang=ur");
        assertThat(fromTheCommandLine).contains("language ur").doesNotContain("language hi");
    }
}
