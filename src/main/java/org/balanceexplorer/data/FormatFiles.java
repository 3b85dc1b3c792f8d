package org.balanceexplorer.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What the readers and writers of the small user formats (scenes, lectures) share: reading a file's
 * bytes with plain-worded problems, printing a tree in the view-state file's layout, and sorting
 * problems by place.
 *
 * <p>Stateless and thread-safe.
 */
final class FormatFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static final Comparator<DatasetProblem> ORDER = Comparator.comparingInt(DatasetProblem::line)
            .thenComparingInt(DatasetProblem::column).thenComparing(DatasetProblem::jsonPath)
            .thenComparing(DatasetProblem::message);

    private FormatFiles() {
    }

    /** The name problems give a file by: its file name. */
    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * The bytes of a file of a small format.
     *
     * @param what    the format in words for the size message, e.g. "a scene"
     * @param failure the exception's first words, e.g. "The scene could not be read"
     * @throws DatasetException when the file is missing, unreadable or over 10 MB
     */
    static byte[] bytes(Path file, String what, String failure) {
        String name = name(file);
        try {
            long size = Files.size(file);
            if (size > JsonFile.MAX_BYTES) {
                throw new DatasetException(failure, List.of(DatasetProblem.ofFile(name, String.format(Locale.ROOT,
                        "the file is %.1f MB; %s is far smaller and the limit is 10 MB", size / (1024.0 * 1024.0), what))));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DatasetException(failure, List.of(DatasetProblem.ofFile(name, "the file does not exist")));
        } catch (AccessDeniedException e) {
            throw new DatasetException(failure, List.of(DatasetProblem.ofFile(name,
                    "the file could not be read: permission denied")));
        } catch (IOException e) {
            throw new DatasetException(failure, List.of(DatasetProblem.ofFile(name, "the file could not be read")));
        }
    }

    /** The tree as text: two-space indent, one value a line, a final line break. */
    static String print(ObjectNode root) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(new IOException("cannot write JSON: " + e.getOriginalMessage(), e));
        }
    }

    /** The text of a JSON object (as the writers of this package give it) as a tree, to embed it. */
    static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a writer of this package gave text that is not JSON", e);
        }
    }

    /** The problems without repeats, by line, column and path. */
    static List<DatasetProblem> sorted(Collection<DatasetProblem> problems) {
        List<DatasetProblem> out = new ArrayList<>(new LinkedHashSet<>(problems));
        out.sort(ORDER);
        return out;
    }
}
