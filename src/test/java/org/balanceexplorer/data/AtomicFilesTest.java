package org.balanceexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private Stream<Path> leftovers() throws IOException {
        return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void writingCreatesTheFileWithExactlyTheBytes() throws IOException {
        Path target = dir.resolve("systems.json");
        byte[] content = "{ \"schemaVersion\": 1 }".getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, content);
        assertThat(Files.readAllBytes(target)).isEqualTo(content);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void writingReplacesAnExistingFileWhole() throws IOException {
        Path target = dir.resolve("systems.json");
        Files.writeString(target, "old content that is longer than the new one");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aReaderDuringRepeatedWritesSeesOnlyWholeContents() throws Exception {
        Path target = dir.resolve("big.json");
        byte[] a = new byte[256 * 1024];
        byte[] b = new byte[512 * 1024];
        java.util.Arrays.fill(a, (byte) 'a');
        java.util.Arrays.fill(b, (byte) 'b');
        AtomicFiles.write(target, a);
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 40; i++) {
                    AtomicFiles.write(target, i % 2 == 0 ? b : a);
                }
            } catch (IOException | RuntimeException e) {
                failure.set(e);
            } finally {
                writing.set(false);
            }
        });
        writer.start();
        int reads = 0;
        while (writing.get() || reads == 0) {
            byte[] seen = Files.readAllBytes(target);
            assertThat(seen.length == a.length && seen[seen.length - 1] == 'a'
                    || seen.length == b.length && seen[seen.length - 1] == 'b')
                    .as("read %d bytes", seen.length).isTrue();
            reads++;
        }
        writer.join();
        assertThat(failure.get()).isNull();
        assertThat(Files.readAllBytes(target)).isEqualTo(a);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aNewFileGetsThePermissionsAnyNewFileGetsNotOwnerOnly() throws IOException {
        // What the user's umask gives a new file here (0644 under the usual 022), not 0600.
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
        Path target = dir.resolve("report.md");
        AtomicFiles.write(target, new byte[] {1});
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(usual);
    }

    @Test
    void aFileWrittenAgainKeepsItsPermissions() throws IOException {
        Path target = dir.resolve("scene.json");
        Files.writeString(target, "old");
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(target, chosen);
        AtomicFiles.write(target, new byte[] {1});
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(chosen);
    }

    @Test
    void writingNothingLeavesAnEmptyFile() throws IOException {
        Path target = dir.resolve("empty.json");
        AtomicFiles.write(target, new byte[0]);
        assertThat(Files.size(target)).isZero();
    }

    @Test
    void aFailedMoveLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        // the target is a folder that is not empty, so the final move cannot replace it
        Path target = dir.resolve("taken");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "keep");
        assertThatThrownBy(() -> AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FileWriteException.class)
                .hasMessage("The file 'taken' could not be written: there is a folder of that name. Choose another "
                        + "name. The folder is unchanged.");
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("keep");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void writingIntoAMissingFolderFailsWithoutCreatingIt() {
        Path target = dir.resolve("missing").resolve("a.json");
        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1})).isInstanceOf(FileWriteException.class)
                .hasMessage("The file 'a.json' could not be written: the folder '" + target.getParent() + "' does not "
                        + "exist. Choose another folder. No file was made.");
        assertThat(Files.exists(target.getParent())).isFalse();
    }
}
