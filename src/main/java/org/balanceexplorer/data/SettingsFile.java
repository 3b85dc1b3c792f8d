package org.balanceexplorer.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The settings file, {@code settings.json} in the user's configuration folder: where it is, and
 * reading and writing it (format in {@code docs/data-format.md}, "Settings file"; decision 0015).
 *
 * <h2>Where</h2>
 * ({@link SettingsFolder}) The system property {@value #FOLDER_PROPERTY} names the folder when set (tests, portable
 * installs). Otherwise: on Windows {@code %APPDATA%\BalanceExplorer}; on macOS
 * {@code ~/Library/Application Support/BalanceExplorer}; elsewhere {@code $XDG_CONFIG_HOME/balance-explorer},
 * or {@code ~/.config/balance-explorer} when that variable is unset, empty or not an absolute path
 * (XDG Base Directory Specification).
 *
 * <h2>Errors</h2>
 * {@link #read} never throws for a bad file: a file that is not valid (not JSON, a wrong key or
 * value, another version) is renamed aside ({@code settings.json.unreadable-<date-time>}) so that it
 * is neither lost nor read again, and the defaults are used; {@link Loaded} carries the located
 * problems and where the file went, for a message in plain words. {@link #write} replaces the file
 * atomically ({@link AtomicFiles}).
 *
 * <h2>Thread safety</h2>
 * Stateless apart from the folder given; reads and writes may run on any thread, one at a time
 * per folder (the caller serialises writes).
 */
public final class SettingsFile {

    /** The system property that names the settings folder. */
    public static final String FOLDER_PROPERTY = SettingsFolder.PROPERTY;
    /** The file's name in the folder. */
    public static final String FILE_NAME = "settings.json";
    /** The value of the {@code format} key. */
    public static final String FORMAT = "balance-explorer-settings";
    /** The one version of the format this program reads and writes. */
    public static final int VERSION = 1;

    private static final Logger LOG = Logger.getLogger(SettingsFile.class.getName());
    private static final String EXAMPLE = "{ \"format\": \"" + FORMAT + "\", \"version\": 1 }";
    private static final String STAMP = "yyyyMMdd-HHmmss";

    /**
     * The writer's mapper, made on first use: {@link #forUser} runs on the launcher's main thread
     * before JavaFX starts, and loading Jackson there cost about a second of start-up under load.
     */
    private static final class Writer {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Path folder;

    /** @param folder the folder that holds (or will hold) {@value #FILE_NAME}; created on the first write */
    public SettingsFile(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The settings file in the user's configuration folder (see the class comment and {@link SettingsFolder}). */
    public static SettingsFile forUser() {
        return new SettingsFile(SettingsFolder.forUser());
    }

    /** The settings file itself. */
    public Path path() {
        return folder.resolve(FILE_NAME);
    }

    /**
     * What reading gave.
     *
     * @param settings the settings read, or the defaults when there was no file or it was set aside
     * @param problems why the file could not be used; empty when it was read or there was none
     * @param setAside where the unreadable file was moved to, or null
     */
    public record Loaded(Settings settings, List<DatasetProblem> problems, Path setAside) {
        public Loaded {
            Objects.requireNonNull(settings, "settings");
            problems = List.copyOf(problems);
        }

        /** Plain words for the user when the file could not be used; empty when all was well. */
        public String message() {
            if (problems.isEmpty()) {
                return "";
            }
            StringBuilder b = new StringBuilder("Your settings could not be read, so the defaults are used.");
            if (setAside != null) {
                b.append(" The file was kept as ").append(setAside.getFileName()).append(" beside the new one.");
            }
            for (DatasetProblem p : problems.subList(0, Math.min(3, problems.size()))) {
                b.append('\n').append(p.format());
            }
            return b.toString();
        }
    }

    /** Reads the settings: the file's, the defaults when there is none, or the defaults and the file set aside. */
    public Loaded read() {
        Path file = path();
        byte[] bytes;
        try {
            if (Files.size(file) > JsonFile.MAX_BYTES) {
                return setAside(List.of(DatasetProblem.ofFile(FILE_NAME, "the file is larger than 10 MB")));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.DEFAULTS, List.of(), null);
        } catch (IOException e) {
            // The detail (the exception) to the log; plain words to the user.
            LOG.log(Level.WARNING, "could not read " + file, e);
            return new Loaded(Settings.DEFAULTS, List.of(DatasetProblem.ofFile(FILE_NAME,
                    e instanceof AccessDeniedException ? "the file could not be read: permission denied"
                            : Files.isDirectory(file) ? "it is a folder, not a file" : "the file could not be read")),
                    null);
        }
        try {
            return new Loaded(parse(bytes, FILE_NAME), List.of(), null);
        } catch (DatasetException e) {
            return setAside(e.problems());
        }
    }

    private Loaded setAside(List<DatasetProblem> problems) {
        Path file = path();
        Path aside = folder.resolve(FILE_NAME + ".unreadable-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(STAMP, Locale.ROOT)));
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not set the unreadable settings file aside", e);
            aside = null;
        }
        LOG.warning("settings file not used: " + problems.get(0).format());
        return new Loaded(Settings.DEFAULTS, problems, aside);
    }

    /**
     * Writes the settings atomically, creating the folder when needed.
     *
     * @throws FileWriteException when the folder or the file cannot be written (the old file is then
     *                            whole); its message is plain words for the user
     */
    public void write(Settings settings) throws FileWriteException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw FileWriteException.of(path().toAbsolutePath(), e);
        }
        AtomicFiles.write(path(), text(settings).getBytes(StandardCharsets.UTF_8));
    }

    /** The text of a settings file, keys in a fixed order, ending in a line break. */
    public static String text(Settings s) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("theme", ViewStateJson.name(s.theme()));
        root.put("uiScalePercent", s.uiScalePercent());
        root.put("palette", ViewStateJson.name(s.palette()));
        root.put("language", s.language().tag());
        root.put("digits", ViewStateJson.name(s.digits()));
        if (s.datasetFolder() != null) {
            root.put("datasetFolder", s.datasetFolder().toString());
        }
        ArrayNode recent = root.putArray("recentFolders");
        s.recentFolders().forEach(p -> recent.add(p.toString()));
        if (s.lastScene() != null) {
            root.put("lastScene", s.lastScene().toString());
        }
        if (s.window() != null) {
            ObjectNode w = root.putObject("window");
            w.put("x", s.window().x());
            w.put("y", s.window().y());
            w.put("width", s.window().width());
            w.put("height", s.window().height());
            w.put("maximized", s.window().maximized());
        }
        try {
            return Writer.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(new IOException("cannot write the settings: " + e.getOriginalMessage(), e));
        }
    }

    /**
     * Reads the text of a settings file.
     *
     * @param name the file name problems give
     * @throws DatasetException with every problem found, located
     */
    static Settings parse(byte[] bytes, String name) {
        JsonFile.Outcome outcome = JsonFile.parse(name, bytes, EXAMPLE);
        if (outcome.problem() != null) {
            throw new DatasetException("The settings could not be read", List.of(outcome.problem()));
        }
        Reader reader = new Reader(outcome.file());
        Settings s = reader.settings();
        if (s == null || !reader.problems().isEmpty()) {
            List<DatasetProblem> problems = reader.problems().isEmpty()
                    ? List.of(DatasetProblem.ofFile(name, "the settings are not valid")) : reader.problems();
            throw new DatasetException("The settings could not be read", problems);
        }
        return s;
    }

    /** Walks a parsed settings file; absent keys take the defaults' values. */
    private static final class Reader extends JsonTreeReader {

        Reader(JsonFile file) {
            super(file, "settings format");
        }

        Settings settings() {
            ObjectNode root = file().root();
            keys(root, "$", List.of("format", "version"), List.of("theme", "uiScalePercent", "palette",
                    "language", "digits", "datasetFolder", "recentFolders", "lastScene", "window"));
            String format = text(root.get("format"), "$.format");
            if (format != null && !format.equals(FORMAT)) {
                problem("$.format", "'" + shown(format) + "' is not a settings file: format must be '" + FORMAT + "'");
                return null;
            }
            JsonNode version = root.get("version");
            if (version != null && !(version.isIntegralNumber() && version.canConvertToInt() && version.intValue() == VERSION)) {
                problem("$.version", "version " + shown(version) + " is not supported: this program reads settings version "
                        + VERSION + " only");
                return null;
            }
            Settings d = Settings.DEFAULTS;
            Settings.Theme theme = orElse(constant(root.get("theme"), "$.theme", Settings.Theme.values(),
                    ViewStateJson::name), d.theme());
            Settings.Palette palette = orElse(constant(root.get("palette"), "$.palette", Settings.Palette.values(),
                    ViewStateJson::name), d.palette());
            Settings.Language language = orElse(constant(root.get("language"), "$.language", Settings.Language.values(),
                    Settings.Language::tag), d.language());
            Settings.Digits digits = orElse(constant(root.get("digits"), "$.digits", Settings.Digits.values(),
                    ViewStateJson::name), d.digits());
            int scale = scale(root.get("uiScalePercent"), "$.uiScalePercent");
            Path dataset = path(root.get("datasetFolder"), "$.datasetFolder");
            List<Path> recent = recent(root.get("recentFolders"), "$.recentFolders");
            Path lastScene = path(root.get("lastScene"), "$.lastScene");
            Settings.WindowPlace window = root.has("window") ? window(root.get("window"), "$.window") : null;
            if (!problems().isEmpty()) {
                return null;
            }
            return new Settings(theme, scale, palette, dataset, recent, lastScene, window, language, digits);
        }

        private static <T> T orElse(T value, T otherwise) {
            return value != null ? value : otherwise;
        }

        private int scale(JsonNode node, String path) {
            if (node == null) {
                return Settings.DEFAULTS.uiScalePercent();
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < Settings.MIN_SCALE_PERCENT
                    || node.intValue() > Settings.MAX_SCALE_PERCENT) {
                problem(path, "the UI scale must be a whole number of percent from " + Settings.MIN_SCALE_PERCENT
                        + " to " + Settings.MAX_SCALE_PERCENT + ", was " + shown(node));
                return Settings.DEFAULTS.uiScalePercent();
            }
            return node.intValue();
        }

        private Path path(JsonNode node, String at) {
            String s = id(node, at);
            if (s == null) {
                return null;
            }
            try {
                Path p = Path.of(s);
                if (!p.isAbsolute()) {
                    problem(at, "'" + shown(s) + "' is not an absolute path");
                    return null;
                }
                return p;
            } catch (InvalidPathException e) {
                problem(at, "'" + shown(s) + "' is not a path on this system");
                return null;
            }
        }

        private List<Path> recent(JsonNode node, String at) {
            List<JsonNode> items = array(node, at);
            List<Path> out = new ArrayList<>();
            if (items == null) {
                return out;
            }
            for (int i = 0; i < items.size(); i++) {
                String itemPath = JsonFile.index(at, i);
                Path p = path(items.get(i), itemPath);
                if (p != null && out.contains(p)) {
                    problem(itemPath, "'" + shown(p) + "' is listed twice; name each folder once");
                } else if (p != null && out.size() == Settings.MAX_RECENT) {
                    problem(itemPath, "at most " + Settings.MAX_RECENT + " recent folders are kept");
                } else if (p != null) {
                    out.add(p);
                }
            }
            return out;
        }

        private Settings.WindowPlace window(JsonNode node, String at) {
            if (!keys(node, at, List.of("x", "y", "width", "height", "maximized"), List.of())) {
                return null;
            }
            Double x = number(node.get("x"), JsonFile.child(at, "x"));
            Double y = number(node.get("y"), JsonFile.child(at, "y"));
            Double w = number(node.get("width"), JsonFile.child(at, "width"));
            Double h = number(node.get("height"), JsonFile.child(at, "height"));
            Boolean max = bool(node.get("maximized"), JsonFile.child(at, "maximized"));
            if (w != null && !(w > 0)) {
                problem(JsonFile.child(at, "width"), "the width must be more than 0, was " + node.get("width"));
                return null;
            }
            if (h != null && !(h > 0)) {
                problem(JsonFile.child(at, "height"), "the height must be more than 0, was " + node.get("height"));
                return null;
            }
            if (x == null || y == null || w == null || h == null || max == null) {
                return null;
            }
            return new Settings.WindowPlace(x, y, w, h, max);
        }
    }
}
