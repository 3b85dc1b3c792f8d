package org.balanceexplorer.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file could not be written, said in plain words: {@link #getMessage()} names the file, says why
 * in words a student understands (the disk is full, the folder is read-only, ...) and what became of
 * the file already there. It never holds an exception's class name or the file system's own text; the
 * cause, for the log, does.
 *
 * <p>{@link AtomicFiles#write} throws it, so every save (scenes, lectures, settings, exports, the
 * report) fails with the same words. Immutable.
 */
public final class FileWriteException extends IOException {

    /** Why a write failed, as far as the file system's answer tells. */
    public enum Reason {
        /** No space (or no quota) is left on the disk. */
        DISK_FULL,
        /** The folder or the file may not be written: a read-only disk or folder, or no permission. */
        READ_ONLY,
        /** The folder to write in does not exist (any more). */
        NO_FOLDER,
        /** A folder has the file's name. */
        FOLDER_IN_THE_WAY,
        /** The name is longer than the file system allows. */
        NAME_TOO_LONG,
        /** Anything else: an input/output error the file system did not explain. */
        OTHER
    }

    private final transient Path target;
    private final Reason reason;

    private FileWriteException(Path target, Reason reason, boolean oldFileKept, IOException cause) {
        super(describe(target, reason, oldFileKept), cause);
        this.target = target;
        this.reason = reason;
    }

    /**
     * The failure to write {@code target}, from the file system's exception.
     *
     * @param target the file that was to be written (absolute)
     * @param cause  what the file system threw
     */
    static FileWriteException of(Path target, IOException cause) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cause, "cause");
        if (cause instanceof FileWriteException already) {
            return already;
        }
        Reason reason = reasonOf(target, cause);
        return new FileWriteException(target, reason, Files.isRegularFile(target), cause);
    }

    /** The file that could not be written. */
    public Path target() {
        return target;
    }

    /** Why, as far as the file system said. */
    public Reason reason() {
        return reason;
    }

    private static Reason reasonOf(Path target, IOException e) {
        // Linux and macOS say "No space left on device" or "Disk quota exceeded", Windows "There is
        // not enough space on the disk", an in-memory file system "out of disk space".
        String said = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        String words = said == null ? "" : said.toLowerCase(Locale.ROOT);
        if (words.contains("space") || words.contains("quota") || words.contains("disk full")) {
            return Reason.DISK_FULL;
        }
        if (e instanceof AccessDeniedException || words.contains("read-only") || words.contains("permission denied")
                || words.contains("access is denied")) {
            return Reason.READ_ONLY;
        }
        if (words.contains("name too long")) {
            return Reason.NAME_TOO_LONG;
        }
        Path folder = target.getParent();
        boolean noFolder = e instanceof NoSuchFileException || words.contains("not a directory");
        if (noFolder && folder != null && !Files.isDirectory(folder)) {
            return Reason.NO_FOLDER;
        }
        if (Files.isDirectory(target)) {
            return Reason.FOLDER_IN_THE_WAY;
        }
        return Reason.OTHER;
    }

    private static String describe(Path target, Reason reason, boolean oldFileKept) {
        Path name = target.getFileName();
        Path folder = target.getParent();
        String why = switch (reason) {
            case DISK_FULL -> "the disk is full. Free some space, or choose another disk";
            case READ_ONLY -> "the folder " + quoted(folder) + " cannot be written to (it is read-only, "
                    + "or you may not write there). Choose another folder";
            case NO_FOLDER -> "the folder " + quoted(folder) + " does not exist. Choose another folder";
            case FOLDER_IN_THE_WAY -> "there is a folder of that name. Choose another name";
            case NAME_TOO_LONG -> "the name is too long for this disk. Choose a shorter name";
            case OTHER -> "the disk reported an error (the details are in the log). Try again, or choose "
                    + "another folder";
        };
        String kept = reason == Reason.FOLDER_IN_THE_WAY ? "The folder is unchanged."
                : oldFileKept ? "The file that was there is unchanged." : "No file was made.";
        return "The file " + quoted(name) + " could not be written: " + why + ". " + kept;
    }

    private static String quoted(Path p) {
        return "'" + (p == null ? "" : p.toString()) + "'";
    }
}
