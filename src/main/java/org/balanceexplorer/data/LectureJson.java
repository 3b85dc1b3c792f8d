package org.balanceexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.balanceexplorer.state.DatasetRef;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.state.LectureScene;
import org.balanceexplorer.state.ViewState;

/**
 * Writes a {@link Lecture} as a lecture file ({@code *.lecture.json}) and reads one back: a title,
 * a byline, the dataset it was made with, a closing slide, and the scenes in order, each a title,
 * a caption, presenter notes, the ids of the claims it cites, whether its rings come one at a time,
 * and a view-state object ({@link ViewStateJson}) under {@code view}. The format is described in
 * {@code docs/data-format.md}, section "Lecture files".
 *
 * <h2>Errors</h2>
 * {@link #read} gives a whole lecture or throws {@link DatasetException} whose problems name the
 * file, line, column and JSON path (e.g. {@code $.scenes[2].view.frame}), sorted by place. A claim
 * id must have the shape of one ({@code system/figure[index]} or {@code events/event-id[index]});
 * whether the dataset has it is for whoever opens the lecture on a dataset to say. Writing then
 * reading gives an equal lecture. {@link #save} replaces a file atomically.
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe.
 */
public final class LectureJson {

    /** The value of the {@code format} key. */
    public static final String FORMAT = "lecture";
    /** The one version of the format this program reads and writes. */
    public static final int VERSION = 1;
    /** How lecture file names end. */
    public static final String SUFFIX = ".lecture.json";

    /** The shape of a claim id ({@code model.ClaimIds}): {@code system-id/figure[index]} or {@code events/event-id[index]}. */
    static final Pattern CLAIM_ID = Pattern.compile("[^/\\s\\[\\]]+/[^/\\s\\[\\]]+\\[(0|[1-9][0-9]{0,5})\\]");

    private static final String FAILURE = "The lecture could not be read";
    private static final String EXAMPLE = "{ \"format\": \"lecture\", \"version\": 1, ... }";

    private LectureJson() {
    }

    /** The lecture as the text of a lecture file, ending in a line break; equal lectures give identical text. */
    public static String write(Lecture lecture) {
        Objects.requireNonNull(lecture, "lecture");
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("title", lecture.title());
        root.put("byline", lecture.byline());
        root.set("dataset", SceneJson.dataset(lecture.dataset()));
        ObjectNode closing = root.putObject("closing");
        closing.put("title", lecture.closingTitle());
        closing.put("text", lecture.closingText());
        ArrayNode scenes = root.putArray("scenes");
        for (LectureScene s : lecture.scenes()) {
            ObjectNode n = scenes.addObject();
            n.put("title", s.title());
            n.put("caption", s.caption());
            n.put("notes", s.notes());
            ArrayNode claims = n.putArray("claims");
            s.claimIds().forEach(claims::add);
            n.put("revealOneAtATime", s.revealOneAtATime());
            n.set("view", FormatFiles.tree(ViewStateJson.write(s.view())));
        }
        return FormatFiles.print(root);
    }

    /**
     * Saves the lecture atomically: the old file stays whole if anything fails.
     *
     * @throws IOException when the folder cannot be written (nothing changed)
     */
    public static void save(Lecture lecture, Path file) throws IOException {
        AtomicFiles.write(Objects.requireNonNull(file, "file"), write(lecture).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The lecture files that ship with the app ({@code data/scenes/*.lecture.json}), by file name.
     *
     * @throws IOException when the bundled folder cannot be listed
     */
    public static List<Path> bundled() throws IOException {
        try (Stream<Path> files = Files.list(BundledData.scenesFolder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        }
    }

    /**
     * Reads a lecture file.
     *
     * @throws DatasetException when the file cannot be read or is not a valid lecture
     */
    public static Lecture read(Path file) {
        Objects.requireNonNull(file, "file");
        return read(FormatFiles.bytes(file, "a lecture", FAILURE), FormatFiles.name(file));
    }

    /**
     * Reads the text of a lecture file.
     *
     * @param fileName the name problems give as their file
     * @throws DatasetException when the text is not a valid lecture
     */
    public static Lecture read(String text, String fileName) {
        Objects.requireNonNull(text, "text");
        return read(text.getBytes(StandardCharsets.UTF_8), Objects.requireNonNull(fileName, "fileName"));
    }

    private static Lecture read(byte[] bytes, String name) {
        JsonFile.Outcome outcome = JsonFile.parse(name, bytes, EXAMPLE);
        if (outcome.problem() != null) {
            throw new DatasetException(FAILURE, List.of(outcome.problem()));
        }
        Reader reader = new Reader(outcome.file());
        Lecture lecture = reader.lecture();
        if (!reader.problems().isEmpty() || lecture == null) {
            throw new DatasetException(FAILURE, FormatFiles.sorted(reader.problems()));
        }
        return lecture;
    }

    /** Walks one parsed lecture file, collecting problems; each method gives null where its value is wrong. */
    private static final class Reader extends SceneJson.FormatReader {

        Reader(JsonFile file) {
            super(file, "lecture format");
        }

        Lecture lecture() {
            ObjectNode root = file().root();
            if (!formatAndVersion(root, FORMAT, VERSION)) {
                return null;
            }
            keys(root, "$", List.of("format", "version", "title", "dataset", "scenes"), List.of("byline", "closing"));
            String title = id(root.get("title"), "$.title");
            String byline = root.has("byline") ? text(root.get("byline"), "$.byline") : "";
            DatasetRef dataset = datasetRef(root.get("dataset"), "$.dataset");
            String[] closing = closing(root.get("closing"), "$.closing");
            List<LectureScene> scenes = scenes(root.get("scenes"), "$.scenes");
            if (!problems().isEmpty() || title == null || byline == null || dataset == null || closing == null
                    || scenes == null) {
                return null;
            }
            return new Lecture(title, byline, dataset, scenes, closing[0], closing[1]);
        }

        private String[] closing(JsonNode node, String path) {
            if (node == null) {
                return new String[] {"", ""};
            }
            if (!keys(node, path, List.of(), List.of("title", "text"))) {
                return null;
            }
            String title = node.has("title") ? text(node.get("title"), JsonFile.child(path, "title")) : "";
            String text = node.has("text") ? text(node.get("text"), JsonFile.child(path, "text")) : "";
            return title == null || text == null ? null : new String[] {title, text};
        }

        private List<LectureScene> scenes(JsonNode node, String path) {
            List<JsonNode> items = array(node, path);
            if (items == null) {
                return null;
            }
            List<LectureScene> out = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < items.size(); i++) {
                LectureScene s = scene(items.get(i), JsonFile.index(path, i));
                ok &= s != null;
                out.add(s);
            }
            return ok ? out : null;
        }

        private LectureScene scene(JsonNode node, String path) {
            if (!keys(node, path, List.of("title", "view"), List.of("caption", "notes", "claims", "revealOneAtATime"))) {
                return null;
            }
            String title = id(node.get("title"), JsonFile.child(path, "title"));
            String caption = node.has("caption") ? text(node.get("caption"), JsonFile.child(path, "caption")) : "";
            String notes = node.has("notes") ? text(node.get("notes"), JsonFile.child(path, "notes")) : "";
            List<String> claims = node.has("claims") ? claims(node.get("claims"), JsonFile.child(path, "claims")) : List.of();
            Boolean reveal = node.has("revealOneAtATime")
                    ? bool(node.get("revealOneAtATime"), JsonFile.child(path, "revealOneAtATime")) : Boolean.FALSE;
            ViewState view = view(node.get("view"), JsonFile.child(path, "view"));
            if (title == null || caption == null || notes == null || claims == null || reveal == null || view == null) {
                return null;
            }
            return new LectureScene(title, caption, notes, claims, reveal, view);
        }

        private List<String> claims(JsonNode node, String path) {
            return distinctIds(node, path, "claim", "cited", "cite each claim once",
                    id -> CLAIM_ID.matcher(id).matches() ? null : "'" + shown(id) + "' is not a claim id: write "
                            + "'system-id/figure[index]' (e.g. 'shaheen-3/rangeKm[0]') or 'events/event-id[index]', "
                            + "the index counting from 0");
        }
    }
}
