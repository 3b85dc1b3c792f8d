package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file: written and read back whole, found where each platform keeps settings, set aside when unreadable. */
class SettingsFileTest {

    @TempDir
    Path dir;

    private Settings everythingSet() {
        return Settings.DEFAULTS.withTheme(Settings.Theme.HIGH_CONTRAST).withUiScalePercent(175)
                .withPalette(Settings.Palette.COLOUR_BLIND_SAFE)
                .withDatasetFolder(dir.resolve("older edition").toAbsolutePath())
                .withDatasetFolder(dir.resolve("my edition").toAbsolutePath())
                .withLastScene(dir.resolve("sanctions.lecture.json").toAbsolutePath())
                .withWindow(new Settings.WindowPlace(40, 30.5, 1280, 800, true));
    }

    @Test
    void settingsWrittenAndReadBackAreEqual() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("sub"));
        Settings wanted = everythingSet();
        file.write(wanted);

        SettingsFile.Loaded read = file.read();
        assertThat(read.problems()).isEmpty();
        assertThat(read.settings()).isEqualTo(wanted);
        assertThat(read.settings().recentFolders()).containsExactly(dir.resolve("my edition").toAbsolutePath(),
                dir.resolve("older edition").toAbsolutePath());
        assertThat(Files.readString(file.path())).contains("\"theme\" : \"highContrast\"")
                .contains("\"palette\" : \"colourBlindSafe\"").contains("\"uiScalePercent\" : 175");
    }

    @Test
    void noFileGivesTheDefaultsAndNoMessage() {
        SettingsFile.Loaded read = new SettingsFile(dir).read();
        assertThat(read.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(read.message()).isEmpty();
    }

    @Test
    void aFolderNamedLikeTheFileGivesTheDefaultsAndPlainWords() throws Exception {
        Files.createDirectory(dir.resolve("settings.json"));
        SettingsFile.Loaded read = new SettingsFile(dir).read();
        assertThat(read.settings()).isEqualTo(Settings.DEFAULTS);
        // It named the exception's class ("(IOException)") before.
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("settings.json");
            assertThat(p.message()).isEqualTo("it is a folder, not a file");
        });
        assertThat(read.message()).doesNotContain("Exception");
    }

    @Test
    void aLongValueIsQuotedByItsStartAndLengthSoTheMessageStaysALine() throws Exception {
        String longFormat = "x".repeat(5_000);
        Files.writeString(dir.resolve("settings.json"), "{ \"format\": \"" + longFormat + "\", \"version\": 1 }");
        SettingsFile.Loaded read = new SettingsFile(dir).read();
        assertThat(read.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("'" + "x".repeat(80) + "\u2026 (5000 characters)' is not a settings file: format must be "
                        + "'balance-explorer-settings'"));
    }

    @Test
    void aFileWithOnlyFormatAndVersionTakesTheDefaultsForTheRest() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ \"format\": \"balance-explorer-settings\", \"version\": 1 }");
        assertThat(new SettingsFile(dir).read().settings()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void aMalformedFileIsReportedAtItsLineAndColumnAndSetAsideUntouched() throws Exception {
        String text = "{\n  \"format\": \"balance-explorer-settings\",\n  \"version\": 1,\n  \"theme\": \"light\"\n"
                + "  \"uiScalePercent\": 150\n}\n";
        Path path = dir.resolve("settings.json");
        Files.writeString(path, text, StandardCharsets.UTF_8);

        SettingsFile.Loaded read = new SettingsFile(dir).read();

        assertThat(read.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("settings.json");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(3);
        });
        assertThat(path).doesNotExist();
        assertThat(read.setAside()).exists().hasParent(dir);
        assertThat(read.setAside().getFileName().toString()).startsWith("settings.json.unreadable-");
        assertThat(Files.readString(read.setAside(), StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(read.message()).contains("defaults are used").contains(read.setAside().getFileName().toString())
                .contains("settings.json:5:3");
    }

    @Test
    void wrongValuesAreEachReportedWithTheirJsonPath() throws Exception {
        Files.writeString(dir.resolve("settings.json"), """
                {
                  "format": "balance-explorer-settings",
                  "version": 1,
                  "theme": "dark",
                  "uiScalePercent": 300,
                  "recentFolders": ["relative/folder"],
                  "window": { "x": 0, "y": 0, "width": -5, "height": 600, "maximized": false },
                  "colour": "blue"
                }
                """);
        SettingsFile.Loaded read = new SettingsFile(dir).read();
        assertThat(read.problems()).extracting(DatasetProblem::jsonPath)
                .containsExactlyInAnyOrder("$.theme", "$.uiScalePercent", "$.recentFolders[0]", "$.window.width",
                        "$.colour");
        assertThat(read.problems()).filteredOn(p -> p.jsonPath().equals("$.theme")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(4));
        assertThat(read.setAside()).exists();
    }

    @Test
    void aFileOfANewerVersionIsSetAsideNotMisread() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ \"format\": \"balance-explorer-settings\", \"version\": 2 }");
        SettingsFile.Loaded read = new SettingsFile(dir).read();
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("version 2"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().startsWith("settings.json.unreadable-");
        }
    }

    @Test
    void aRecentFolderOpenedAgainMovesToTheTopAndTheListKeepsEight() {
        Settings s = Settings.DEFAULTS;
        for (int i = 0; i < 10; i++) {
            s = s.withDatasetFolder(dir.resolve("f" + i));
        }
        s = s.withDatasetFolder(dir.resolve("f5"));
        assertThat(s.recentFolders()).hasSize(Settings.MAX_RECENT).first().isEqualTo(dir.resolve("f5"));
        assertThat(s.recentFolders()).doesNotContain(dir.resolve("f0"), dir.resolve("f1"));
        assertThat(s.recentFolders().stream().distinct().count()).isEqualTo(Settings.MAX_RECENT);
    }

    @Test
    void theFolderIsTheUsualPlaceOnEachPlatform() {
        Path home = Path.of("/home/ana");
        assertThat(SettingsFolder.userFolder(null, "Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/ana/.config/balance-explorer"));
        assertThat(SettingsFolder.userFolder(null, "Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), home))
                .isEqualTo(Path.of("/xdg/balance-explorer"));
        assertThat(SettingsFolder.userFolder(null, "Linux", Map.of("XDG_CONFIG_HOME", "relative"), home))
                .as("the XDG specification ignores a relative path").isEqualTo(Path.of("/home/ana/.config/balance-explorer"));
        assertThat(SettingsFolder.userFolder(null, "Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/BalanceExplorer"));
        assertThat(SettingsFolder.userFolder(null, "Windows 11", Map.of("APPDATA", "/appdata"), home))
                .isEqualTo(Path.of("/appdata/BalanceExplorer"));
        assertThat(SettingsFolder.userFolder("/opt/portable/settings", "Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), home))
                .isEqualTo(Path.of("/opt/portable/settings"));
    }

    @Test
    void theExampleInTheFormatDocumentIsAValidSettingsFile() throws Exception {
        String doc = Files.readString(Path.of("docs/data-format.md"), StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("# Settings file, version 1"));
        String example = section.substring(section.indexOf("```json") + 7, section.indexOf("```", section.indexOf("```json") + 7));
        Settings read = SettingsFile.parse(example.getBytes(StandardCharsets.UTF_8), "example.json");
        assertThat(read.theme()).isEqualTo(Settings.Theme.HIGH_CONTRAST);
        assertThat(read.uiScalePercent()).isEqualTo(175);
        assertThat(read.palette()).isEqualTo(Settings.Palette.COLOUR_BLIND_SAFE);
        assertThat(read.recentFolders()).hasSize(2);
        assertThat(read.window().maximized()).isFalse();
    }
}
