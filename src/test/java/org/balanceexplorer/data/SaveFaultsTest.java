package org.balanceexplorer.data;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.state.LectureScene;
import org.balanceexplorer.state.Scene;
import org.balanceexplorer.state.ViewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Saving scenes, lectures and settings onto a disk that is full or read-only: each save fails with
 * one plain sentence (docs/reliability.md, "Faults"), the file that was there stays byte for byte
 * as it was, and no temporary file is left beside it. The disk is in memory: Jimfs with a size
 * limit, or the {@link FaultyFileSystem} for what Jimfs cannot refuse.
 */
class SaveFaultsTest {

    private static final String KEPT = " The file that was there is unchanged.";
    private static final String NONE_MADE = " No file was made.";
    private static final String FULL = "the disk is full. Free some space, or choose another disk.";

    private FaultyFileSystem fs;
    private Path folder;

    @BeforeEach
    void makeAFolder() throws IOException {
        fs = FaultyFileSystem.create();
        folder = Files.createDirectories(fs.getPath("/home/student/lessons"));
    }

    @AfterEach
    void closeTheFileSystem() throws IOException {
        fs.close();
    }

    private static Scene scene(String title, String... shown) {
        ViewState view = ViewState.initial();
        for (String id : shown) {
            view = view.withShown(id, true);
        }
        return new Scene(title, null, SceneJsonTest.BUNDLED, view);
    }

    private static Lecture lecture(String title) {
        return new Lecture(title, "", SceneJsonTest.BUNDLED,
                List.of(new LectureScene("The first scene", "A caption", "", List.of(), false, scene(null, "agni-5").view())),
                "", "");
    }

    /** Every entry of the folder, by name: what a user would see in it. */
    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The failure's message is exactly {@code expected} and plain words. */
    private static void saysExactly(FileWriteException e, String expected) {
        assertThat(e).as("the save should fail").isNotNull();
        assertThat(e.getMessage()).isEqualTo(expected);
        Fixtures.assertPlain(e.getMessage());
    }

    @Test
    void aSceneSavedOnAFullDiskLeavesTheOldSceneWhole() throws IOException {
        Path file = folder.resolve("lesson.scene.json");
        SceneJson.save(scene("old"), file);
        byte[] before = Files.readAllBytes(file);
        fs.diskFullAfter(100);

        FileWriteException e = catchThrowableOfType(() -> SceneJson.save(scene("new", "agni-5"), file),
                FileWriteException.class);

        saysExactly(e, "The file 'lesson.scene.json' could not be written: " + FULL + KEPT);
        assertThat(e.reason()).isEqualTo(FileWriteException.Reason.DISK_FULL);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(SceneJson.read(file).title()).isEqualTo("old");
        assertThat(entries(folder)).containsExactly("lesson.scene.json");
    }

    @Test
    void aSceneSavedOnAJimfsDiskWithNoRoomLeftLeavesTheOldSceneWhole() throws IOException {
        // Jimfs itself, limited in size: the disk really fills, with Jimfs's own words for it.
        try (FileSystem small = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setBlockSize(256).setMaxSize(64 * 1024).build())) {
            Path dir = Files.createDirectories(small.getPath("/lessons"));
            Path file = dir.resolve("lesson.scene.json");
            SceneJson.save(scene("old"), file);
            byte[] before = Files.readAllBytes(file);
            byte[] next = SceneJson.write(scene("new", "agni-5", "shaheen-3")).getBytes(StandardCharsets.UTF_8);
            assertThat(next.length).as("the new scene needs more than the one block left").isGreaterThan(256);
            long free = Files.getFileStore(dir).getUnallocatedSpace();
            Files.write(dir.resolve("filler"), new byte[(int) free - 256]);

            FileWriteException e = catchThrowableOfType(() -> SceneJson.save(scene("new", "agni-5", "shaheen-3"), file),
                    FileWriteException.class);

            saysExactly(e, "The file 'lesson.scene.json' could not be written: " + FULL + KEPT);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(entries(dir)).containsExactly("filler", "lesson.scene.json");
        }
    }

    @Test
    void aNewSceneOnAFullDiskMakesNoFileAtAll() throws IOException {
        Path file = folder.resolve("new.scene.json");
        fs.diskFullAfter(10);

        FileWriteException e = catchThrowableOfType(() -> SceneJson.save(scene("new"), file), FileWriteException.class);

        saysExactly(e, "The file 'new.scene.json' could not be written: " + FULL + NONE_MADE);
        assertThat(entries(folder)).isEmpty();
    }

    @Test
    void aLectureSavedInAReadOnlyFolderLeavesTheOldLectureWhole() throws IOException {
        Path file = folder.resolve("week-3.lecture.json");
        LectureJson.save(lecture("Week 3"), file);
        byte[] before = Files.readAllBytes(file);
        fs.readOnly(folder);

        FileWriteException e = catchThrowableOfType(() -> LectureJson.save(lecture("Week 3, revised"), file),
                FileWriteException.class);

        saysExactly(e, "The file 'week-3.lecture.json' could not be written: the folder '/home/student/lessons' "
                + "cannot be written to (it is read-only, or you may not write there). Choose another folder." + KEPT);
        assertThat(e.reason()).isEqualTo(FileWriteException.Reason.READ_ONLY);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(entries(folder)).containsExactly("week-3.lecture.json");
    }

    @Test
    void aLectureSavedWhereTheUserMayNotWriteSaysSoInTheSameWords() throws IOException {
        Path file = folder.resolve("week-4.lecture.json");
        LectureJson.save(lecture("Week 4"), file);
        byte[] before = Files.readAllBytes(file);
        fs.noPermission(folder);

        FileWriteException e = catchThrowableOfType(() -> LectureJson.save(lecture("Week 4, revised"), file),
                FileWriteException.class);

        saysExactly(e, "The file 'week-4.lecture.json' could not be written: the folder '/home/student/lessons' "
                + "cannot be written to (it is read-only, or you may not write there). Choose another folder." + KEPT);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(entries(folder)).containsExactly("week-4.lecture.json");
    }

    @Test
    void settingsSavedOnAFullDiskKeepTheOldSettings() throws IOException {
        Path config = Files.createDirectories(fs.getPath("/home/student/.config/balance-explorer"));
        SettingsFile settings = new SettingsFile(config);
        Settings old = Settings.DEFAULTS.withUiScalePercent(150);
        settings.write(old);
        byte[] before = Files.readAllBytes(settings.path());
        fs.diskFullAfter(20);

        FileWriteException e = catchThrowableOfType(() -> settings.write(old.withUiScalePercent(200)),
                FileWriteException.class);

        saysExactly(e, "The file 'settings.json' could not be written: " + FULL + KEPT);
        assertThat(Files.readAllBytes(settings.path())).isEqualTo(before);
        assertThat(settings.read().settings()).isEqualTo(old);
        assertThat(entries(config)).containsExactly("settings.json");
    }

    @Test
    void settingsWhoseFolderCannotBeMadeSaySoAndMakeNothing() throws IOException {
        Path home = fs.getPath("/home/student");
        fs.readOnly(home);
        SettingsFile settings = new SettingsFile(home.resolve(".config").resolve("balance-explorer"));

        FileWriteException e = catchThrowableOfType(() -> settings.write(Settings.DEFAULTS), FileWriteException.class);

        saysExactly(e, "The file 'settings.json' could not be written: the folder "
                + "'/home/student/.config/balance-explorer' cannot be written to (it is read-only, or you may not "
                + "write there). Choose another folder." + NONE_MADE);
        assertThat(entries(home)).containsExactly("lessons");
    }

    @Test
    void aSaveIntoAFolderThatIsGoneSaysWhichFolder() throws IOException {
        Path file = folder.resolve("gone").resolve("a.scene.json");

        FileWriteException e = catchThrowableOfType(() -> SceneJson.save(scene("new"), file), FileWriteException.class);

        saysExactly(e, "The file 'a.scene.json' could not be written: the folder '/home/student/lessons/gone' does "
                + "not exist. Choose another folder." + NONE_MADE);
        assertThat(entries(folder)).isEmpty();
    }
}
