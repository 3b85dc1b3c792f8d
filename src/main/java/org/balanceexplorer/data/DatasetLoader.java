package org.balanceexplorer.data;

import org.balanceexplorer.model.Dataset;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a dataset folder (format version 1, see {@code docs/data-format.md}) into a {@link Dataset},
 * or says in plain, located words why it cannot.
 *
 * <h2>Algorithm</h2>
 * Every regular file whose name ends in {@code .json} directly inside the folder is read, in order
 * of name (files whose name starts with {@code .} are skipped, as editors leave such files). An
 * entry so named that is not a plain file of the folder (a folder, a pipe, a broken link, a link
 * leaving the folder) is a problem of its own, never read and never skipped in silence. Each
 * file is checked in stages; a stage runs only when the stages before it found nothing in any file,
 * so one mistake is not reported many times over:
 * <ol>
 *   <li>reading: at most {@value JsonFile#MAX_BYTES} bytes, strict UTF-8 without byte order mark,
 *       strict JSON (no duplicate keys, no NaN, no comments, no trailing text), nesting at most
 *       {@value JsonFile#MAX_DEPTH} levels, one object at the top;</li>
 *   <li>the JSON Schema {@code data/schema/dataset-v1.schema.json} (draft 2020-12);</li>
 *   <li>the semantic rules: unique ids, references, ranges, real dates not in the future, quotes
 *       of at most 25 words, web addresses, headlines within the span of their claims.</li>
 * </ol>
 * Then the files are merged into one {@link Dataset}.
 *
 * <h2>Degenerate input</h2>
 * A missing folder, a plain file given as the folder, or a folder with no {@code .json} files is
 * one problem whose file is the folder as given. A file over 10 MB is refused by its size before
 * it is read. Problems with a whole file have line and column 0 and path {@code $}.
 *
 * <h2>Errors</h2>
 * All-or-nothing: {@link #load} gives a whole dataset or throws {@link DatasetException} with every
 * problem found; it never throws anything else for bad input, and never gives a half-loaded
 * dataset. Problems are sorted by file, line and column. A folder that goes while it is read is one
 * problem of the folder; a file that goes, or changes (its size, modification time or identity)
 * while it or another file is read, is a problem of that file, so a dataset is never made of half a
 * file or of two versions of the folder.
 *
 * <h2>Thread safety</h2>
 * Stateless; safe to call from any thread, concurrently. Reading is blocking file I/O: call it off
 * the UI thread.
 */
public final class DatasetLoader {

    private static final System.Logger LOG = System.getLogger(DatasetLoader.class.getName());

    private static final Comparator<DatasetProblem> ORDER = Comparator.comparing(DatasetProblem::file)
            .thenComparingInt(DatasetProblem::line).thenComparingInt(DatasetProblem::column)
            .thenComparing(DatasetProblem::jsonPath).thenComparing(DatasetProblem::message);

    private DatasetLoader() {
    }

    /**
     * Loads a dataset folder, judging "the future" by the system clock in the default time zone.
     *
     * @param datasetDir the folder holding the {@code *.json} files
     * @return the whole dataset
     * @throws DatasetException when anything is wrong; its problems say what and where
     */
    public static Dataset load(Path datasetDir) {
        return load(datasetDir, Clock.systemDefaultZone());
    }

    /**
     * Loads a dataset folder.
     *
     * @param datasetDir the folder holding the {@code *.json} files
     * @param clock      today's date for the rule that claim and publication dates are not in the future
     * @return the whole dataset
     * @throws DatasetException when anything is wrong; its problems say what and where
     */
    public static Dataset load(Path datasetDir, Clock clock) {
        Result r = read(datasetDir, clock, true);
        if (!r.problems.isEmpty()) {
            throw new DatasetException(r.problems);
        }
        return r.dataset;
    }

    /**
     * Loads a dataset that the build has already validated in full: the bundled one, which the
     * tests check against the schema on every build. It skips only the JSON Schema pass (over half
     * a second of class loading and schema compilation at start-up); files are still parsed with
     * located errors, and the semantic checks still run, so a damaged file still fails cleanly.
     *
     * @param datasetDir the folder holding the {@code *.json} files
     * @return the whole dataset
     * @throws DatasetException when anything the remaining checks cover is wrong
     */
    public static Dataset loadVerified(Path datasetDir) {
        Result r = read(datasetDir, Clock.systemDefaultZone(), false);
        if (!r.problems.isEmpty()) {
            throw new DatasetException(r.problems);
        }
        return r.dataset;
    }

    /**
     * Checks a dataset folder without keeping the result, judging "the future" by the system clock.
     *
     * @param datasetDir the folder holding the {@code *.json} files
     * @return every problem found, sorted by file, line and column; empty when the dataset is valid
     */
    public static List<DatasetProblem> validate(Path datasetDir) {
        return validate(datasetDir, Clock.systemDefaultZone());
    }

    /**
     * Checks a dataset folder without keeping the result.
     *
     * @param datasetDir the folder holding the {@code *.json} files
     * @param clock      today's date for the rule that claim and publication dates are not in the future
     * @return every problem found, sorted by file, line and column; empty when the dataset is valid
     */
    public static List<DatasetProblem> validate(Path datasetDir, Clock clock) {
        return read(datasetDir, clock, true).problems;
    }

    private record Result(Dataset dataset, List<DatasetProblem> problems) {
    }

    private static Result read(Path datasetDir, Clock clock, boolean schema) {
        Objects.requireNonNull(datasetDir, "datasetDir");
        Objects.requireNonNull(clock, "clock");
        String current = datasetDir.toString();
        try {
            if (!Files.exists(datasetDir)) {
                return failed(DatasetProblem.ofFile(current, "the dataset folder '" + datasetDir + "' does not exist"));
            }
            if (!Files.isDirectory(datasetDir)) {
                return failed(DatasetProblem.ofFile(current, "'" + datasetDir + "' is a file, not a folder; "
                        + "a dataset is a folder of .json files"));
            }
            List<DatasetProblem> problems = new ArrayList<>();
            List<Path> paths;
            try {
                paths = jsonFiles(datasetDir, problems);
            } catch (IOException | DirectoryIteratorException e) {
                return failed(folderUnreadable(datasetDir, e));
            }
            if (paths.isEmpty() && problems.isEmpty()) {
                return failed(DatasetProblem.ofFile(current, "the dataset folder '" + datasetDir
                        + "' holds no .json files"));
            }
            List<JsonFile> files = new ArrayList<>();
            Map<Path, Stamp> stamps = new LinkedHashMap<>();
            for (Path p : paths) {
                current = p.getFileName().toString();
                JsonFile.Outcome outcome = readFile(p, current, stamps);
                if (outcome.problem() != null) {
                    problems.add(outcome.problem());
                } else {
                    files.add(outcome.file());
                }
            }
            problems.addAll(changedSinceRead(stamps, problems));
            boolean vanished = problems.stream().anyMatch(p -> p.message().equals(REMOVED_WHILE_READ));
            if (vanished && !Files.isDirectory(datasetDir)) {
                return failed(DatasetProblem.ofFile(datasetDir.toString(), folderGone(datasetDir)));
            }
            if (schema) {
                for (JsonFile f : files) {
                    current = f.name();
                    problems.addAll(SchemaCheck.check(f));
                }
            }
            if (problems.isEmpty()) {
                current = datasetDir.toString();
                problems.addAll(SemanticCheck.check(files, LocalDate.now(clock)));
            }
            if (!problems.isEmpty()) {
                return failed(problems);
            }
            return new Result(ModelMapper.map(files), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.ERROR, "Unexpected failure while reading dataset " + datasetDir + " at " + current, e);
            return failed(DatasetProblem.ofFile(current, "the dataset could not be read because of an internal error "
                    + "in this program (the details are in the log); please report it"));
        }
    }

    /** The message of a file that was listed but was gone when it was to be read. */
    private static final String REMOVED_WHILE_READ = "the file was removed or renamed while the dataset was "
            + "being read, so nothing was loaded; open the folder again once its files are in place";

    private static String folderGone(Path dir) {
        return "the dataset folder '" + dir + "' was removed or renamed while it was being read, so nothing was "
                + "loaded; open it again once it is back";
    }

    /** The one problem of a folder whose listing failed: gone, not permitted, or changed while listed. */
    private static DatasetProblem folderUnreadable(Path dir, Exception e) {
        Exception cause = e instanceof DirectoryIteratorException d ? d.getCause() : e;
        String message;
        if (!Files.isDirectory(dir)) {
            message = folderGone(dir);
        } else if (cause instanceof AccessDeniedException) {
            message = "the dataset folder '" + dir + "' could not be opened: permission denied";
        } else {
            LOG.log(System.Logger.Level.WARNING, "Could not list " + dir, e);
            message = "the dataset folder '" + dir + "' could not be listed to the end (it may have changed while "
                    + "it was being read, or the disk reported an error), so nothing was loaded; open it again";
        }
        return DatasetProblem.ofFile(dir.toString(), message);
    }

    /**
     * What is known of a file when it is read: a file saved again, or replaced by another, while the
     * dataset was read has another size, time or identity afterwards.
     */
    private record Stamp(long size, FileTime modified, Object key) {
        static Stamp of(Path p) throws IOException {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime(), a.fileKey());
        }
    }

    private static final String CHANGED_WHILE_READ = "the file changed while the dataset was being read (it was "
            + "saved again or replaced), so nothing was loaded; open the folder again once it is saved";

    /**
     * Files read whole that changed (or went) before the last file was read: the dataset would mix
     * versions of its files. Files with a problem already are left out.
     */
    private static List<DatasetProblem> changedSinceRead(Map<Path, Stamp> stamps, List<DatasetProblem> found) {
        List<DatasetProblem> out = new ArrayList<>();
        for (Map.Entry<Path, Stamp> e : stamps.entrySet()) {
            String name = e.getKey().getFileName().toString();
            if (found.stream().anyMatch(p -> p.file().equals(name))) {
                continue;
            }
            Stamp now;
            try {
                now = Stamp.of(e.getKey());
            } catch (IOException gone) {
                out.add(DatasetProblem.ofFile(name, REMOVED_WHILE_READ));
                continue;
            }
            if (!now.equals(e.getValue())) {
                out.add(DatasetProblem.ofFile(name, CHANGED_WHILE_READ));
            }
        }
        return out;
    }

    private static Result failed(DatasetProblem problem) {
        return new Result(null, List.of(problem));
    }

    private static Result failed(List<DatasetProblem> problems) {
        List<DatasetProblem> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        sorted.sort(ORDER);
        return new Result(null, List.copyOf(sorted));
    }

    /**
     * The {@code .json} files to read, in order of name. An entry that is not a plain file inside
     * the folder is a problem, not skipped in silence: a folder, a pipe or a device named
     * {@code *.json} (reading a pipe would wait for ever), a link that leads nowhere or round in a
     * loop, and a link to a file outside the folder, which is never read (nothing of it is quoted).
     * A link to a file inside the folder is read as that file.
     */
    private static List<Path> jsonFiles(Path dir, List<DatasetProblem> problems) throws IOException {
        List<Path> out = new ArrayList<>();
        Path realDir = dir.toRealPath();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".json") || name.startsWith(".")) {
                    continue;
                }
                String refused = refusal(p, realDir);
                if (refused == null) {
                    out.add(p);
                } else {
                    problems.add(DatasetProblem.ofFile(name, refused));
                }
            }
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    /** Why an entry named {@code *.json} is not read, or null when it is a plain file to read. */
    private static String refusal(Path p, Path realDir) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return REMOVED_WHILE_READ;
        } catch (IOException e) {
            return "it could not be looked at (it may have been removed while the folder was read)";
        }
        if (own.isSymbolicLink()) {
            Path target;
            try {
                target = p.toRealPath();
            } catch (IOException e) {
                return "it is a link that leads to no file (its target is missing, or the links go round in a loop); "
                        + "remove it, or point it at a file in the dataset folder";
            }
            if (!realDir.equals(target.getParent())) {
                return "it is a link to a file outside the dataset folder, which is not read; copy the file into "
                        + "the folder instead";
            }
            return Files.isRegularFile(target) ? null : "it is a link to something that is not a file; a dataset "
                    + "file must be a plain .json file";
        }
        if (own.isDirectory()) {
            return "it is a folder, not a file; a dataset is one folder of .json files (files in sub-folders are not read)";
        }
        if (!own.isRegularFile()) {
            return "it is not a plain file (a pipe, a socket or a device); a dataset file must be a plain .json file";
        }
        return null;
    }

    /**
     * Reads one file whole, and records its stamp in {@code stamps}. A file that is gone is a problem
     * in words; so is one whose size, time or identity changed while it was read (its bytes may be
     * half of one version and half of another).
     */
    private static JsonFile.Outcome readFile(Path p, String name, Map<Path, Stamp> stamps) {
        try {
            Stamp before = Stamp.of(p);
            if (before.size() > JsonFile.MAX_BYTES) {
                return new JsonFile.Outcome(null, DatasetProblem.ofFile(name, String.format(Locale.ROOT,
                        "the file is %.1f MB; the limit is 10 MB per file (split it into several files)",
                        before.size() / (1024.0 * 1024.0))));
            }
            byte[] bytes = Files.readAllBytes(p);
            Stamp after = Stamp.of(p);
            if (bytes.length != before.size() || !after.equals(before)) {
                return new JsonFile.Outcome(null, DatasetProblem.ofFile(name, CHANGED_WHILE_READ));
            }
            stamps.put(p, after);
            return JsonFile.parse(name, bytes);
        } catch (NoSuchFileException e) {
            return new JsonFile.Outcome(null, DatasetProblem.ofFile(name, REMOVED_WHILE_READ));
        } catch (AccessDeniedException e) {
            return new JsonFile.Outcome(null, DatasetProblem.ofFile(name, "the file could not be read: permission denied"));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read " + p, e);
            return new JsonFile.Outcome(null, DatasetProblem.ofFile(name,
                    "the file could not be read (the disk reported an error; the details are in the log)"));
        }
    }
}
