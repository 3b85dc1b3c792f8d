package org.balanceexplorer.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Set;

/**
 * Writes files so that readers see either the old content or the whole new content, never a
 * half-written file, even if the program or the machine stops midway.
 *
 * <p>Thread safety: stateless; concurrent writes to the same target leave one of the contents whole
 * (the last move wins).
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target}: first to a temporary file in the same folder, forced to
     * disk, then moved over the target in one atomic step. On failure the target is left as it was and
     * the temporary file is removed. Works on any file system a {@link Path} can name.
     *
     * @param target  the file to create or replace; its folder must exist
     * @param content the bytes to write, possibly none
     * @throws FileWriteException when the folder cannot be written, the disk is full, or the file
     *                            system cannot move atomically (then nothing changed); its message is
     *                            plain words for the user
     */
    public static void write(Path target, byte[] content) throws FileWriteException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp;
        try {
            temp = createTemporary(dir, absolute.getFileName().toString());
        } catch (IOException e) {
            throw FileWriteException.of(absolute, e);
        }
        try {
            keepPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            FileWriteException failure = FileWriteException.of(absolute, e);
            removeTemporary(temp, failure);
            throw failure;
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException removal) {
                e.addSuppressed(removal);
            }
            throw e;
        }
        forceDirectory(dir);
    }

    /** Removes the temporary file of a failed write; a failure to do so is kept with the first failure. */
    private static void removeTemporary(Path temp, FileWriteException failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * A new empty file beside the target, made as any new file is (so with the permissions the
     * user's umask gives, 0644 under the usual 022; {@code Files.createTempFile} would make it
     * readable by its owner only).
     */
    private static Path createTemporary(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** A file written again keeps the permissions it had (where the file system has POSIX permissions). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        try {
            Set<PosixFilePermission> old = Files.getPosixFilePermissions(target);
            Files.setPosixFilePermissions(temp, old);
        } catch (NoSuchFileException e) {
            // A new file: the umask's permissions, as made.
        }
    }

    /** Forces the folder entry to disk where the platform allows it (not on Windows); best effort. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a folder as a channel; the move itself is still atomic.
        }
    }
}
