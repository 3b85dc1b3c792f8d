package org.balanceexplorer.data;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's settings live (decision 0015): the folder named by the system property
 * {@value #PROPERTY} when set; else on Windows {@code %APPDATA%\BalanceExplorer}, on macOS
 * {@code ~/Library/Application Support/BalanceExplorer}, elsewhere
 * {@code $XDG_CONFIG_HOME/balance-explorer}, or {@code ~/.config/balance-explorer} when that
 * variable is unset, empty or not an absolute path (XDG Base Directory Specification).
 *
 * <p>A class of its own, free of JSON, so that the launcher can name the folder on its main thread
 * before JavaFX starts without loading Jackson there. Stateless and thread-safe.
 */
public final class SettingsFolder {

    /** The system property that names the settings folder. */
    public static final String PROPERTY = "balanceexplorer.settings.dir";

    private SettingsFolder() {
    }

    /** The settings folder of this user on this system. */
    public static Path forUser() {
        return userFolder(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")));
    }

    /**
     * The settings folder for an override, an operating system's name, an environment and a home folder.
     *
     * @param override the {@value #PROPERTY} property, or null
     * @param osName   as {@code os.name} gives it
     * @param env      the environment variables
     * @param home     the user's home folder
     */
    static Path userFolder(String override, String osName, Map<String, String> env, Path home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("BalanceExplorer");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("BalanceExplorer");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = null;
        if (xdg != null && !xdg.isBlank()) {
            try {
                Path p = Path.of(xdg);
                base = p.isAbsolute() ? p : null;
            } catch (InvalidPathException e) {
                base = null;
            }
        }
        return (base != null ? base : home.resolve(".config")).resolve("balance-explorer");
    }
}
