package org.balanceexplorer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.balanceexplorer.data.SettingsFile;

/**
 * Keeps tests away from the user's own settings: the settings folder is the build's (the surefire
 * configuration sets {@value SettingsFile#FOLDER_PROPERTY}) or a temporary one, and each app
 * started by a test starts from no settings file, as on a first run.
 */
public final class TestSettings {

    private TestSettings() {
    }

    /** The folder the app reads its settings from in tests. */
    static Path folder() throws IOException {
        String set = System.getProperty(SettingsFile.FOLDER_PROPERTY);
        if (set == null || set.isBlank()) {
            Path temp = Files.createTempDirectory("balance-explorer-test-settings");
            System.setProperty(SettingsFile.FOLDER_PROPERTY, temp.toString());
            return temp;
        }
        return Path.of(set);
    }

    /** Removes the settings file and any set aside, so the app starts on the defaults. */
    public static Path startFresh() throws IOException {
        Path dir = folder();
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (p.getFileName().toString().startsWith(SettingsFile.FILE_NAME)) {
                    Files.delete(p);
                }
            }
        }
        return dir;
    }
}
