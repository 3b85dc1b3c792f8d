package org.balanceexplorer.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes files so that readers see either the old content or the whole new content, never a
 * half-written file, even if the program or the machine stops midway.
 *
 * <p>Thread safety: stateless; concurrent writes to the same target leave one of the contents whole
 * (the last move wins).
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target}: first to a temporary file in the same folder, forced to
     * disk, then moved over the target in one atomic step. On failure the target is left as it was and
     * the temporary file is removed.
     *
     * @param target  the file to create or replace; its folder must exist
     * @param content the bytes to write, possibly none
     * @throws IOException when the folder cannot be written or the file system cannot move atomically
     *                     (then nothing changed)
     */
    public static void write(Path target, byte[] content) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
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
