package org.balanceexplorer.data;

import org.balanceexplorer.model.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A dataset folder that changes under the loader: removed after or while it is listed, a file
 * removed between the listing and its reading, a file saved again while it is read or while another
 * is read. Each gives problems in plain words, never a dataset made of half of one version and half
 * of another. The folder lives in a fault-injecting in-memory file system ({@link FaultyFileSystem}).
 */
class DatasetReadFaultsTest {

    /** The words of docs/reliability.md, "Faults": a folder gone while read. */
    private static final String FOLDER_GONE = "the dataset folder '/data/dataset' was removed or renamed while it was "
            + "being read, so nothing was loaded; open it again once it is back";
    private static final String FILE_GONE = "the file was removed or renamed while the dataset was being read, so "
            + "nothing was loaded; open the folder again once its files are in place";
    private static final String FILE_CHANGED = "the file changed while the dataset was being read (it was saved "
            + "again or replaced), so nothing was loaded; open the folder again once it is saved";

    private FaultyFileSystem fs;
    private Path dir;

    @BeforeEach
    void copyTheValidFixtureIntoMemory() throws IOException {
        fs = FaultyFileSystem.create();
        dir = Files.createDirectories(fs.getPath("/data/dataset"));
        try (Stream<Path> files = Files.list(Fixtures.validDir())) {
            for (Path p : files.toList()) {
                Files.write(dir.resolve(p.getFileName().toString()), Files.readAllBytes(p));
            }
        }
    }

    @AfterEach
    void closeTheFileSystem() throws IOException {
        fs.close();
    }

    private List<DatasetProblem> problems() {
        return DatasetLoader.validate(dir, Fixtures.TODAY);
    }

    /** Loading fails with exactly {@code expected}, in plain words in the exception's message too. */
    private void loadFailsWith(DatasetProblem... expected) {
        DatasetException e = catchThrowableOfType(() -> DatasetLoader.load(dir, Fixtures.TODAY), DatasetException.class);
        assertThat(e).as("loading should fail, not give a dataset").isNotNull();
        assertThat(e.problems()).containsExactly(expected);
        for (DatasetProblem p : e.problems()) {
            Fixtures.assertPlain(p.message());
        }
        assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("java.");
    }

    private void deleteTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private static String text(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFixtureInMemoryLoadsAsFromDisk() {
        // The loader works on any Path, not only the default file system's.
        assertThat(problems()).isEmpty();
        Dataset fromMemory = DatasetLoader.load(dir, Fixtures.TODAY);
        Dataset fromDisk = DatasetLoader.load(Fixtures.validDir(), Fixtures.TODAY);
        assertThat(fromMemory.info()).isEqualTo(fromDisk.info());
        assertThat(fromMemory.sources()).isEqualTo(fromDisk.sources());
        assertThat(fromMemory.countries()).isEqualTo(fromDisk.countries());
        assertThat(fromMemory.places()).isEqualTo(fromDisk.places());
        assertThat(fromMemory.systems()).isEqualTo(fromDisk.systems()).isNotEmpty();
    }

    @Test
    void aFolderRemovedJustAfterItsListingIsOneProblemOfTheFolder() {
        fs.afterListing(dir, this::deleteTheFolder);
        loadFailsWith(DatasetProblem.ofFile("/data/dataset", FOLDER_GONE));
    }

    @Test
    void aFolderRemovedWhileItIsListedIsOneProblemOfTheFolder() {
        fs.listingFailsAfter(dir, 1, this::deleteTheFolder);
        loadFailsWith(DatasetProblem.ofFile("/data/dataset", FOLDER_GONE));
    }

    @Test
    void aListingThatBreaksWhileTheFolderStaysIsOneProblemOfTheFolder() {
        fs.listingFailsAfter(dir, 1, () -> { });
        loadFailsWith(DatasetProblem.ofFile("/data/dataset", "the dataset folder '/data/dataset' could not be listed "
                + "to the end (it may have changed while it was being read, or the disk reported an error), so "
                + "nothing was loaded; open it again"));
    }

    @Test
    void aFileRemovedBetweenTheListingAndItsReadingIsAProblemOfThatFile() {
        fs.afterListing(dir, () -> Files.delete(dir.resolve("systems.json")));
        loadFailsWith(DatasetProblem.ofFile("systems.json", FILE_GONE));
    }

    @Test
    void aFileSavedAgainWhileItIsReadIsAProblemNotAHalfReadFile() {
        // An editor saves the file (with one more system's worth of text) while the loader is halfway through it.
        Path systems = dir.resolve("systems.json");
        String longer = text(systems).replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1,\n\n");
        fs.whileReading(systems, () -> Files.writeString(systems, longer, StandardCharsets.UTF_8));
        loadFailsWith(DatasetProblem.ofFile("systems.json", FILE_CHANGED));
        assertThat(problems()).as("the file as saved is valid: read again, it loads").isEmpty();
    }

    @Test
    void aFileReplacedWhileAnotherIsReadIsAProblemEvenAtTheSameSize() throws IOException {
        // core.json is read first (files go by name); while systems.json is read, core.json is replaced
        // the way editors save (a new file moved over it), with text of the same length.
        Path core = dir.resolve("core.json");
        String edited = text(core).replace("Test source A", "Test source Z");
        assertThat(edited).hasSameSizeAs(text(core)).isNotEqualTo(text(core));
        Path saved = dir.resolve(".core.json.new");
        Files.writeString(saved, edited, StandardCharsets.UTF_8);
        fs.whileReading(dir.resolve("systems.json"),
                () -> Files.move(saved, core, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE));
        loadFailsWith(DatasetProblem.ofFile("core.json", FILE_CHANGED));
    }

    @Test
    void aFileRemovedWhileAnotherIsReadIsAProblemOfThatFile() {
        fs.whileReading(dir.resolve("systems.json"), () -> Files.delete(dir.resolve("core.json")));
        loadFailsWith(DatasetProblem.ofFile("core.json", FILE_GONE));
    }

    @Test
    void theFolderRemovedWhileAFileIsReadIsOneProblemOfTheFolder() {
        // core.json was read whole; systems.json is half read when the folder goes.
        fs.whileReading(dir.resolve("systems.json"), this::deleteTheFolder);
        loadFailsWith(DatasetProblem.ofFile("/data/dataset", FOLDER_GONE));
    }
}
