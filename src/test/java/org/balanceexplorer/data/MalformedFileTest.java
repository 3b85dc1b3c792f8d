package org.balanceexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every kind of broken file gives one located problem in plain words, quickly, and never an
 * exception other than {@link DatasetException}.
 */
class MalformedFileTest {

    /** Generous bound for reading one small or rejected file on a busy 2-core machine. */
    private static final Duration FAST = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private List<DatasetProblem> problemsOf(String text) {
        Fixtures.write(dir.resolve("bad.json"), text);
        return checkedQuickly();
    }

    private List<DatasetProblem> problemsOf(byte[] bytes) throws IOException {
        Files.write(dir.resolve("bad.json"), bytes);
        return checkedQuickly();
    }

    private List<DatasetProblem> checkedQuickly() {
        List<DatasetProblem> problems = assertTimeoutPreemptively(FAST, () -> Fixtures.problems(dir));
        assertThatThrownBy(() -> assertTimeoutPreemptively(FAST, () -> DatasetLoader.load(dir, Fixtures.TODAY)))
                .isInstanceOf(DatasetException.class);
        return problems;
    }

    private static DatasetProblem only(List<DatasetProblem> problems, String file, int line, int column, String path) {
        assertThat(problems).hasSize(1);
        DatasetProblem p = problems.get(0);
        assertThat(p.file()).isEqualTo(file);
        assertThat(p.line()).as("line").isEqualTo(line);
        assertThat(p.column()).as("column").isEqualTo(column);
        assertThat(p.jsonPath()).isEqualTo(path);
        Fixtures.assertPlain(p.message());
        return p;
    }

    @Test
    void anEmptyFileIsReportedAtItsStart() {
        DatasetProblem p = only(problemsOf(""), "bad.json", 1, 1, "$");
        assertThat(p.message()).contains("the file is empty");
    }

    @Test
    void aFileOfOnlyBlankSpaceIsReportedAtItsStart() {
        DatasetProblem p = only(problemsOf("  \n \t \n"), "bad.json", 1, 1, "$");
        assertThat(p.message()).contains("only blank space");
    }

    @Test
    void textThatIsNotJsonIsReportedAtItsFirstWord() {
        DatasetProblem p = only(problemsOf("hello world"), "bad.json", 1, 1, "$");
        assertThat(p.message()).startsWith("'hello' is not a JSON value");
    }

    @Test
    void aTruncatedFileIsReportedWhereItEnds() {
        DatasetProblem p = only(problemsOf("{\n  \"schemaVersion\": 1,\n  \"sources\": [\n"), "bad.json", 4, 1, "$");
        assertThat(p.message()).contains("ends before the JSON data is complete");
    }

    @Test
    void textAfterTheTopLevelObjectIsReportedWhereItStarts() {
        DatasetProblem p = only(problemsOf("{ \"schemaVersion\": 1 }\n}"), "bad.json", 2, 1, "$");
        assertThat(p.message()).contains("more text after the end");
    }

    @Test
    void aSecondObjectAfterTheFirstIsTrailingText() {
        DatasetProblem p = only(problemsOf("{ \"schemaVersion\": 1 } {}"), "bad.json", 1, 24, "$");
        assertThat(p.message()).contains("exactly one object");
    }

    @Test
    void aWordAfterTheTopLevelObjectIsTrailingText() {
        DatasetProblem p = only(problemsOf("{ \"schemaVersion\": 1 } xyz"), "bad.json", 1, 24, "$");
        assertThat(p.message()).contains("more text after the end");
    }

    @Test
    void aTopLevelListIsNotADatasetFile() {
        DatasetProblem p = only(problemsOf("[1, 2]"), "bad.json", 1, 1, "$");
        assertThat(p.message()).contains("must hold one JSON object").contains("a list");
    }

    @Test
    void aTopLevelNumberIsNotADatasetFile() {
        DatasetProblem p = only(problemsOf("\n  42"), "bad.json", 2, 3, "$");
        assertThat(p.message()).contains("but it holds a number");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAtTheValue() {
        DatasetProblem p = only(problemsOf("{ \"schemaVersion\": 1,\n  \"sources\": {} }"), "bad.json", 2, 14, "$.sources");
        assertThat(p.message()).isEqualTo("this should be a list ([ ... ]), but it is an object ({ ... })");
    }

    @Test
    void aFileOverTenMegabytesIsRejectedBeforeReading() throws IOException {
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("huge.json").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        DatasetProblem p = only(checkedQuickly(), "huge.json", 0, 0, "$");
        assertThat(p.message()).isEqualTo("the file is 50.0 MB; the limit is 10 MB per file (split it into several files)");
    }

    @Test
    void nestingAHundredThousandLevelsDeepStopsAtTheLimit() {
        DatasetProblem p = only(problemsOf("{\"a\":" + "[".repeat(100_000)), "bad.json", 1, 6 + JsonFile.MAX_DEPTH - 1,
                "$.a" + "[0]".repeat(JsonFile.MAX_DEPTH - 1));
        assertThat(p.message()).contains("nested more than 64 levels deep");
    }

    @Test
    void invalidUtf8IsReportedWhereTheBadByteIs() throws IOException {
        byte[] bytes = "{\n  \"name\": \"Pak?\" }".getBytes(StandardCharsets.US_ASCII);
        bytes[15] = (byte) 0xC3; // a lead byte with no continuation, in place of '?'
        DatasetProblem p = only(problemsOf(bytes), "bad.json", 2, 14, "$");
        assertThat(p.message()).startsWith("the file is not valid UTF-8 text at line 2 column 14");
    }

    @Test
    void aByteOrderMarkIsReportedWithHowToSaveTheFile() throws IOException {
        byte[] body = "{ \"schemaVersion\": 1 }".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DatasetProblem p = only(problemsOf(bytes), "bad.json", 1, 1, "$");
        assertThat(p.message()).contains("byte order mark").contains("without BOM");
    }

    @Test
    void aKeyTwiceInOneObjectIsReportedAtTheSecondKey() {
        DatasetProblem p = only(problemsOf("{\n  \"schemaVersion\": 1,\n  \"schemaVersion\": 1\n}"),
                "bad.json", 3, 3, "$.schemaVersion");
        assertThat(p.message()).isEqualTo("the key 'schemaVersion' appears twice in the same object; keep one");
    }

    @Test
    void notANumberIsReportedAtTheWord() {
        DatasetProblem p = only(problemsOf("{\n  \"schemaVersion\": NaN\n}"), "bad.json", 2, 20, "$.schemaVersion");
        assertThat(p.message()).startsWith("'NaN' is not a number JSON allows");
    }

    @Test
    void infinityIsReportedAtTheWord() {
        DatasetProblem p = only(problemsOf("{\n  \"schemaVersion\": -Infinity\n}"), "bad.json", 2, 20, "$.schemaVersion");
        assertThat(p.message()).startsWith("'-Infinity' is not a number JSON allows");
    }

    @Test
    void aNumberBeyondTheLargestDoubleIsTooLarge() {
        DatasetProblem p = only(problemsOf("{\n  \"schemaVersion\": 1e400\n}"), "bad.json", 2, 20, "$.schemaVersion");
        assertThat(p.message()).isEqualTo("the number 1e400 is too large");
    }

    @Test
    void aNumberWithHundredsOfDigitsIsRejected() {
        DatasetProblem p = only(problemsOf("{\n  \"schemaVersion\": " + "9".repeat(400) + "\n}"),
                "bad.json", 2, 20, "$.schemaVersion");
        assertThat(p.message()).isEqualTo("a number here has more than 100 digits");
    }

    @Test
    void aCommentIsReportedAsNotJson() {
        DatasetProblem p = only(problemsOf("{ // note\n \"schemaVersion\": 1 }"), "bad.json", 1, 3, "$");
        assertThat(p.message()).contains("JSON does not allow comments");
    }

    @Test
    void aCommaBeforeTheClosingBraceIsReported() {
        DatasetProblem p = only(problemsOf("{ \"schemaVersion\": 1, }"), "bad.json", 1, 23, "$.schemaVersion");
        assertThat(p.message()).contains("unexpected '}'");
    }

    @Test
    void singleQuotesAreReported() {
        DatasetProblem p = only(problemsOf("{ 'schemaVersion': 1 }"), "bad.json", 1, 3, "$");
        assertThat(p.message()).contains("double quotes");
    }

    @Test
    void aMissingFolderIsOneProblem(@TempDir Path other) {
        Path missing = other.resolve("nowhere");
        List<DatasetProblem> problems = DatasetLoader.validate(missing);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(missing.toString());
            assertThat(p.message()).isEqualTo("the dataset folder '" + missing + "' does not exist");
        });
        assertThatThrownBy(() -> DatasetLoader.load(missing)).isInstanceOf(DatasetException.class);
    }

    @Test
    void aFileGivenAsTheFolderIsOneProblem() {
        Path file = dir.resolve("core.json");
        Fixtures.write(file, "{ \"schemaVersion\": 1 }");
        assertThat(DatasetLoader.validate(file)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("is a file, not a folder"));
    }

    @Test
    void aFolderWithoutJsonFilesIsOneProblem() {
        Fixtures.write(dir.resolve("notes.txt"), "not a dataset");
        Fixtures.write(dir.resolve(".hidden.json"), "{ \"schemaVersion\": 1 }");
        assertThat(DatasetLoader.validate(dir)).singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith("holds no .json files"));
    }

    @Test
    void problemsInSeveralFilesAreAllReportedInFileOrder() {
        Fixtures.write(dir.resolve("b.json"), "");
        Fixtures.write(dir.resolve("a.json"), "[]");
        Fixtures.write(dir.resolve("c.json"), "{ \"schemaVersion\": 1 }");
        assertThat(Fixtures.problems(dir)).extracting(DatasetProblem::file).containsExactly("a.json", "b.json");
    }
}
