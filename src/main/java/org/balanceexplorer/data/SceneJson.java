package org.balanceexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balanceexplorer.state.DatasetRef;
import org.balanceexplorer.state.Scene;
import org.balanceexplorer.state.ViewState;

/**
 * Writes a {@link Scene} as a scene file ({@code *.scene.json}) and reads one back. A scene file is a
 * view-state file ({@link ViewStateJson}) under the key {@code view}, with the format and version
 * of the scene format, the dataset it was made with, and an optional title and caption around it.
 * The format is described in {@code docs/data-format.md}, section "Scene files".
 *
 * <h2>Errors</h2>
 * {@link #read} gives a whole scene or throws {@link DatasetException} whose problems name the
 * file, line, column and JSON path (inside the view too, e.g. {@code $.view.rings.bands}), sorted
 * by place; it never throws anything else for bad input. Writing then reading gives an equal scene.
 * {@link #save} replaces a file atomically: a failed save leaves the old file whole.
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe.
 */
public final class SceneJson {

    /** The value of the {@code format} key. */
    public static final String FORMAT = "scene";
    /** The one version of the format this program reads and writes. */
    public static final int VERSION = 1;
    /** How scene file names end. */
    public static final String SUFFIX = ".scene.json";

    private static final String FAILURE = "The scene could not be read";
    private static final String EXAMPLE = "{ \"format\": \"scene\", \"version\": 1, ... }";

    private SceneJson() {
    }

    /** The scene as the text of a scene file, ending in a line break; equal scenes give identical text. */
    public static String write(Scene scene) {
        Objects.requireNonNull(scene, "scene");
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("dataset", dataset(scene.dataset()));
        if (scene.title() != null) {
            root.put("title", scene.title());
        }
        if (scene.caption() != null) {
            root.put("caption", scene.caption());
        }
        root.set("view", FormatFiles.tree(ViewStateJson.write(scene.view())));
        return FormatFiles.print(root);
    }

    static ObjectNode dataset(DatasetRef ref) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("name", ref.name());
        d.put("version", ref.version());
        return d;
    }

    /**
     * Saves the scene atomically: the old file stays whole if anything fails.
     *
     * @throws IOException when the folder cannot be written (nothing changed)
     */
    public static void save(Scene scene, Path file) throws IOException {
        AtomicFiles.write(Objects.requireNonNull(file, "file"), write(scene).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether a file is a scene file (its {@code format} is {@value #FORMAT}) rather than a bare
     * view-state file, which the command line also exports. A file that cannot be read or parsed is
     * not a scene: the view-state reader then says what is wrong with it.
     */
    public static boolean isScene(Path file) {
        try {
            JsonFile.Outcome outcome = JsonFile.parse(FormatFiles.name(file), FormatFiles.bytes(file, "a scene", FAILURE),
                    "{ \"format\": \"scene\" }");
            return outcome.file() != null && FORMAT.equals(outcome.file().root().path("format").asText());
        } catch (DatasetException e) {
            return false;
        }
    }

    /**
     * Reads a scene file.
     *
     * @throws DatasetException when the file cannot be read or is not a valid scene
     */
    public static Scene read(Path file) {
        Objects.requireNonNull(file, "file");
        return read(FormatFiles.bytes(file, "a scene", FAILURE), FormatFiles.name(file));
    }

    /**
     * Reads the text of a scene file.
     *
     * @param fileName the name problems give as their file
     * @throws DatasetException when the text is not a valid scene
     */
    public static Scene read(String text, String fileName) {
        Objects.requireNonNull(text, "text");
        return read(text.getBytes(StandardCharsets.UTF_8), Objects.requireNonNull(fileName, "fileName"));
    }

    private static Scene read(byte[] bytes, String name) {
        JsonFile.Outcome outcome = JsonFile.parse(name, bytes, EXAMPLE);
        if (outcome.problem() != null) {
            throw new DatasetException(FAILURE, List.of(outcome.problem()));
        }
        Reader reader = new Reader(outcome.file());
        Scene scene = reader.scene();
        if (!reader.problems().isEmpty() || scene == null) {
            throw new DatasetException(FAILURE, FormatFiles.sorted(reader.problems()));
        }
        return scene;
    }

    /** Walks one parsed scene file. */
    private static final class Reader extends FormatReader {

        Reader(JsonFile file) {
            super(file, "scene format");
        }

        Scene scene() {
            ObjectNode root = file().root();
            if (!formatAndVersion(root, FORMAT, VERSION)) {
                return null;
            }
            keys(root, "$", List.of("format", "version", "dataset", "view"), List.of("title", "caption"));
            DatasetRef dataset = datasetRef(root.get("dataset"), "$.dataset");
            String title = text(root.get("title"), "$.title");
            String caption = text(root.get("caption"), "$.caption");
            ViewState view = view(root.get("view"), "$.view");
            if (!problems().isEmpty() || dataset == null || view == null) {
                return null;
            }
            return new Scene(title, caption, dataset, view);
        }
    }

    /** What the scene and lecture readers share: format and version, the dataset, an embedded view. */
    abstract static class FormatReader extends JsonTreeReader {

        FormatReader(JsonFile file, String formatName) {
            super(file, formatName);
        }

        /**
         * Checks the format and version keys; a file of another kind or version is refused by that
         * alone (its other keys would only be noise). Missing keys are left to {@link #keys}.
         */
        final boolean formatAndVersion(ObjectNode root, String format, int version) {
            if (root.has("format")) {
                String f = text(root.get("format"), "$.format");
                if (f == null) {
                    return false;
                }
                if (!f.equals(format)) {
                    problem("$.format", "'" + shown(f) + "' is not a " + format
                            + " file: format must be '" + format + "'");
                    return false;
                }
            }
            JsonNode v = root.get("version");
            if (v != null && !(v.isIntegralNumber() && v.canConvertToInt() && v.intValue() == version)) {
                problem("$.version", "version " + shown(v) + " is not supported: this program reads " + format
                        + " format version " + version + " only");
                return false;
            }
            return true;
        }

        final DatasetRef datasetRef(JsonNode node, String path) {
            if (!keys(node, path, List.of("name", "version"), List.of())) {
                return null;
            }
            String name = id(node.get("name"), JsonFile.child(path, "name"));
            String version = id(node.get("version"), JsonFile.child(path, "version"));
            return name == null || version == null ? null : new DatasetRef(name, version);
        }

        final ViewState view(JsonNode node, String path) {
            if (!isObject(node, path)) {
                return null;
            }
            List<DatasetProblem> found = new ArrayList<>();
            ViewState v = ViewStateJson.readEmbedded(file(), path, (ObjectNode) node, found);
            problems().addAll(found);
            return v;
        }
    }
}
