package org.balanceexplorer.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared test helpers: the valid fixture, broken copies of it, and where a text sits in a file. */
final class Fixtures {

    /** "Today" for every test: 29 November 2026. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    static Path validDir() {
        try {
            return Path.of(Fixtures.class.getResource("/datasets/valid").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the valid fixture in {@code dir}. */
    static Path copyOfValid(Path dir) {
        try (Stream<Path> files = Files.list(validDir())) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in {@code dir/file} by {@code to}. */
    static void edit(Path dir, String file, String from, String to) {
        String text = read(dir.resolve(file));
        int at = text.indexOf(from);
        assertThat(at).as("'%s' occurs in %s", from, file).isNotNegative();
        assertThat(text.indexOf(from, at + 1)).as("'%s' occurs once in %s", from, file).isNegative();
        write(dir.resolve(file), text.substring(0, at) + to + text.substring(at + from.length()));
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path p, String text) {
        try {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based line and column of the first character of the one occurrence of {@code marker} in the file. */
    static int[] locate(Path file, String marker) {
        String text = read(file);
        int at = text.indexOf(marker);
        assertThat(at).as("'%s' occurs in %s", marker, file).isNotNegative();
        assertThat(text.indexOf(marker, at + 1)).as("'%s' occurs once in %s", marker, file).isNegative();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }

    /** The problems of a folder, checked against the fixed {@link #TODAY}. */
    static List<DatasetProblem> problems(Path dir) {
        return DatasetLoader.validate(dir, TODAY);
    }

    /** Asserts that a message is plain words: no Java class names, exceptions or stack frames. */
    static void assertPlain(String message) {
        assertThat(message)
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("com.fasterxml")
                .doesNotContain("com.networknt")
                .doesNotContain("at org.")
                .doesNotContain("java.")
                .doesNotContain("`")
                .doesNotContain("\n");
    }
}
