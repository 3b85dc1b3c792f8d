package org.balanceexplorer.data;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.ProviderMismatchException;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory file system (Jimfs) that fails chosen operations the way a real disk does, for
 * tests of what the user sees when a disk fills, a folder is read-only, or files change under a
 * reader. Every operation goes to Jimfs unchanged unless a fault set on this file system applies:
 *
 * <ul>
 *   <li>{@link #diskFullAfter}: writes succeed for so many more bytes in all, then fail with
 *       "No space left on device" (the words Linux gives), after writing what fitted;</li>
 *   <li>{@link #readOnly}: creating, writing, deleting or moving anything in a folder fails with
 *       "Read-only file system", as a disk mounted read-only answers; {@link #noPermission} with
 *       an {@link AccessDeniedException}, as a folder the user may not write answers;</li>
 *   <li>{@link #whileReading}: reading a file hands out its first half, then runs an action (rewrite
 *       the file, remove it or its folder) before handing out the rest;</li>
 *   <li>{@link #afterListing}: runs an action once a listing of a folder has given its last entry;
 *       {@link #listingFailsAfter}: the listing breaks after so many entries.</li>
 * </ul>
 *
 * <p>Jimfs alone cannot express these: it does not enforce permissions, and it has no hook between
 * reads. Paths of this file system wrap Jimfs paths, so code under test sees an ordinary file system
 * that is not the default one (a {@code toFile()} on it fails, as it would on any other).
 */
public final class FaultyFileSystem extends FileSystem {

    /** What Linux says when a write finds no space left (ENOSPC). */
    public static final String NO_SPACE = "No space left on device";
    /** What Linux says when writing to a disk mounted read-only (EROFS). */
    public static final String READ_ONLY = "Read-only file system";

    private final FileSystem jimfs;
    private final Provider provider = new Provider();
    private final AtomicLong freeBytes = new AtomicLong(Long.MAX_VALUE);
    private final List<Path> readOnlyFolders = new CopyOnWriteArrayList<>();
    private final List<Path> forbiddenFolders = new CopyOnWriteArrayList<>();
    private final List<Trigger> readTriggers = new CopyOnWriteArrayList<>();
    private final List<Trigger> listingTriggers = new CopyOnWriteArrayList<>();
    private final List<Trigger> brokenListings = new CopyOnWriteArrayList<>();

    /** A fault waiting for its path; {@code count} is the entries before a listing breaks. */
    private record Trigger(Path path, IoAction action, int count) {
    }

    /** An action on the file system run in the middle of an operation. */
    @FunctionalInterface
    public interface IoAction {
        void run() throws IOException;
    }

    private FaultyFileSystem(FileSystem jimfs) {
        this.jimfs = jimfs;
    }

    /** A new, empty Unix-like file system. */
    public static FaultyFileSystem create() {
        return new FaultyFileSystem(Jimfs.newFileSystem(Configuration.unix()));
    }

    /** Writes may add {@code bytes} more in all; the write that goes past fails with {@value #NO_SPACE}. */
    public FaultyFileSystem diskFullAfter(long bytes) {
        freeBytes.set(bytes);
        return this;
    }

    /** Nothing in {@code folder} (or below) can be created, written, removed or moved: {@value #READ_ONLY}. */
    public FaultyFileSystem readOnly(Path folder) {
        readOnlyFolders.add(inner(folder));
        return this;
    }

    /** As {@link #readOnly}, with the answer of a folder the user may not write (access denied). */
    public FaultyFileSystem noPermission(Path folder) {
        forbiddenFolders.add(inner(folder));
        return this;
    }

    /** The next read of {@code file} gives its first half, runs {@code action}, then reads on. */
    public FaultyFileSystem whileReading(Path file, IoAction action) {
        readTriggers.add(new Trigger(inner(file), action, 0));
        return this;
    }

    /** Once the next listing of {@code folder} has given its last entry, runs {@code action}. */
    public FaultyFileSystem afterListing(Path folder, IoAction action) {
        listingTriggers.add(new Trigger(inner(folder), action, 0));
        return this;
    }

    /** The next listing of {@code folder} gives {@code entries} entries, runs {@code action}, then breaks. */
    public FaultyFileSystem listingFailsAfter(Path folder, int entries, IoAction action) {
        brokenListings.add(new Trigger(inner(folder), action, entries));
        return this;
    }

    // ---------------------------------------------------------------------------------------------
    // Faults

    private void checkWritable(Path inner) throws IOException {
        Path at = inner.toAbsolutePath().normalize();
        for (Path folder : forbiddenFolders) {
            if (at.startsWith(folder)) {
                throw new AccessDeniedException(at.toString());
            }
        }
        for (Path folder : readOnlyFolders) {
            if (at.startsWith(folder)) {
                throw new FileSystemException(at.toString(), null, READ_ONLY);
            }
        }
    }

    private Trigger take(List<Trigger> triggers, Path inner) {
        Path at = inner.toAbsolutePath().normalize();
        for (Trigger t : triggers) {
            if (t.path().equals(at) && triggers.remove(t)) {
                return t;
            }
        }
        return null;
    }

    private static boolean writes(Set<? extends OpenOption> options) {
        return options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)
                || options.contains(StandardOpenOption.CREATE) || options.contains(StandardOpenOption.CREATE_NEW)
                || options.contains(StandardOpenOption.DELETE_ON_CLOSE);
    }

    // ---------------------------------------------------------------------------------------------
    // Wrapping

    private Path inner(Path p) {
        if (p instanceof FaultyPath f && f.fs == this) {
            return f.inner;
        }
        throw new ProviderMismatchException("not a path of this faulty file system: " + p);
    }

    private FaultyPath outer(Path inner) {
        return inner == null ? null : new FaultyPath(this, inner);
    }

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() throws IOException {
        jimfs.close();
    }

    @Override
    public boolean isOpen() {
        return jimfs.isOpen();
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return jimfs.getSeparator();
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        List<Path> roots = new ArrayList<>();
        jimfs.getRootDirectories().forEach(r -> roots.add(outer(r)));
        return roots;
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return jimfs.getFileStores();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return jimfs.supportedFileAttributeViews();
    }

    @Override
    public Path getPath(String first, String... more) {
        return outer(jimfs.getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        PathMatcher m = jimfs.getPathMatcher(syntaxAndPattern);
        return p -> m.matches(inner(p));
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        return jimfs.getUserPrincipalLookupService();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException("no watching in the faulty file system");
    }

    /** A path of this file system: a Jimfs path inside. */
    private static final class FaultyPath implements Path {
        private final FaultyFileSystem fs;
        private final Path inner;

        FaultyPath(FaultyFileSystem fs, Path inner) {
            this.fs = fs;
            this.inner = inner;
        }

        @Override
        public FileSystem getFileSystem() {
            return fs;
        }

        @Override
        public boolean isAbsolute() {
            return inner.isAbsolute();
        }

        @Override
        public Path getRoot() {
            return fs.outer(inner.getRoot());
        }

        @Override
        public Path getFileName() {
            return fs.outer(inner.getFileName());
        }

        @Override
        public Path getParent() {
            return fs.outer(inner.getParent());
        }

        @Override
        public int getNameCount() {
            return inner.getNameCount();
        }

        @Override
        public Path getName(int index) {
            return fs.outer(inner.getName(index));
        }

        @Override
        public Path subpath(int beginIndex, int endIndex) {
            return fs.outer(inner.subpath(beginIndex, endIndex));
        }

        @Override
        public boolean startsWith(Path other) {
            return other instanceof FaultyPath f && f.fs == fs && inner.startsWith(f.inner);
        }

        @Override
        public boolean endsWith(Path other) {
            return other instanceof FaultyPath f && f.fs == fs && inner.endsWith(f.inner);
        }

        @Override
        public Path normalize() {
            return fs.outer(inner.normalize());
        }

        @Override
        public Path resolve(Path other) {
            return fs.outer(inner.resolve(fs.inner(other)));
        }

        @Override
        public Path relativize(Path other) {
            return fs.outer(inner.relativize(fs.inner(other)));
        }

        @Override
        public URI toUri() {
            return inner.toUri();
        }

        @Override
        public Path toAbsolutePath() {
            return fs.outer(inner.toAbsolutePath());
        }

        @Override
        public Path toRealPath(LinkOption... options) throws IOException {
            return fs.outer(inner.toRealPath(options));
        }

        @Override
        public File toFile() {
            throw new UnsupportedOperationException("a path of an in-memory file system has no java.io.File");
        }

        @Override
        public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
            throw new UnsupportedOperationException("no watching in the faulty file system");
        }

        @Override
        public int compareTo(Path other) {
            return inner.compareTo(fs.inner(other));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FaultyPath f && f.fs == fs && inner.equals(f.inner);
        }

        @Override
        public int hashCode() {
            return inner.hashCode();
        }

        @Override
        public String toString() {
            return inner.toString();
        }
    }

    /** The provider: Jimfs's, with the faults applied on the way. */
    private final class Provider extends FileSystemProvider {

        private FileSystemProvider jimfsProvider() {
            return jimfs.provider();
        }

        @Override
        public String getScheme() {
            return "faulty";
        }

        @Override
        public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileSystem getFileSystem(URI uri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path getPath(URI uri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
                FileAttribute<?>... attrs) throws IOException {
            return newFileChannel(path, options, attrs);
        }

        @Override
        public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
                throws IOException {
            Path in = inner(path);
            if (writes(options)) {
                checkWritable(in);
            }
            FileChannel channel = jimfsProvider().newFileChannel(in, options, attrs);
            Trigger read = writes(options) ? null : take(readTriggers, in);
            return new FaultyChannel(channel, read == null ? null : read.action());
        }

        @Override
        public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
                throws IOException {
            Path in = inner(dir);
            DirectoryStream<Path> stream = jimfsProvider().newDirectoryStream(in, p -> filter.accept(outer(p)));
            Trigger after = take(listingTriggers, in);
            Trigger broken = take(brokenListings, in);
            return new DirectoryStream<>() {
                @Override
                public Iterator<Path> iterator() {
                    Iterator<Path> it = stream.iterator();
                    return new Iterator<>() {
                        int given;
                        boolean ran;

                        @Override
                        public boolean hasNext() {
                            if (broken != null && given == broken.count()) {
                                run(broken.action());
                                throw new DirectoryIteratorException(new IOException("Input/output error"));
                            }
                            boolean more = it.hasNext();
                            if (!more && after != null && !ran) {
                                ran = true;
                                run(after.action());
                            }
                            return more;
                        }

                        @Override
                        public Path next() {
                            hasNext();
                            given++;
                            return outer(it.next());
                        }
                    };
                }

                @Override
                public void close() throws IOException {
                    stream.close();
                }
            };
        }

        @Override
        public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
            Path in = inner(dir);
            checkWritable(in);
            jimfsProvider().createDirectory(in, attrs);
        }

        @Override
        public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
            Path in = inner(link);
            checkWritable(in);
            jimfsProvider().createSymbolicLink(in, inner(target), attrs);
        }

        @Override
        public Path readSymbolicLink(Path link) throws IOException {
            return outer(jimfsProvider().readSymbolicLink(inner(link)));
        }

        @Override
        public void delete(Path path) throws IOException {
            Path in = inner(path);
            checkWritable(in);
            jimfsProvider().delete(in);
        }

        @Override
        public void copy(Path source, Path target, CopyOption... options) throws IOException {
            Path to = inner(target);
            checkWritable(to);
            jimfsProvider().copy(inner(source), to, options);
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) throws IOException {
            Path from = inner(source);
            Path to = inner(target);
            checkWritable(from);
            checkWritable(to);
            jimfsProvider().move(from, to, options);
        }

        @Override
        public boolean isSameFile(Path path, Path path2) throws IOException {
            return jimfsProvider().isSameFile(inner(path), inner(path2));
        }

        @Override
        public boolean isHidden(Path path) throws IOException {
            return jimfsProvider().isHidden(inner(path));
        }

        @Override
        public FileStore getFileStore(Path path) throws IOException {
            return jimfsProvider().getFileStore(inner(path));
        }

        @Override
        public void checkAccess(Path path, AccessMode... modes) throws IOException {
            Path in = inner(path);
            jimfsProvider().checkAccess(in, modes);
            if (List.of(modes).contains(AccessMode.WRITE)) {
                checkWritable(in);
            }
        }

        @Override
        public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
            return jimfsProvider().getFileAttributeView(inner(path), type, options);
        }

        @Override
        public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
                throws IOException {
            return jimfsProvider().readAttributes(inner(path), type, options);
        }

        @Override
        public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
                throws IOException {
            return jimfsProvider().readAttributes(inner(path), attributes, options);
        }

        @Override
        public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
            Path in = inner(path);
            checkWritable(in);
            jimfsProvider().setAttribute(in, attribute, value, options);
        }
    }

    private static void run(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the fault's own action failed", e);
        }
    }

    /**
     * A Jimfs channel whose writes take from the free bytes, and whose reads, when a read fault is
     * set, give half the file first and run the fault's action before the next read.
     */
    private final class FaultyChannel extends FileChannel {
        private final FileChannel inner;
        private IoAction beforeSecondRead;
        private boolean firstReadDone;

        FaultyChannel(FileChannel inner, IoAction beforeSecondRead) {
            this.inner = inner;
            this.beforeSecondRead = beforeSecondRead;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            if (beforeSecondRead == null) {
                return inner.read(dst);
            }
            if (!firstReadDone) {
                firstReadDone = true;
                int half = (int) Math.max(1, inner.size() / 2);
                ByteBuffer part = dst.duplicate();
                part.limit(Math.min(dst.limit(), dst.position() + half));
                int n = inner.read(part);
                if (n > 0) {
                    dst.position(dst.position() + n);
                }
                return n;
            }
            IoAction action = beforeSecondRead;
            beforeSecondRead = null;
            action.run();
            return inner.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                int n = read(dsts[i]);
                if (n < 0) {
                    return total == 0 ? -1 : total;
                }
                total += n;
                if (dsts[i].hasRemaining()) {
                    break;
                }
            }
            return total;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return take(src, inner::write);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += write(srcs[i]);
            }
            return total;
        }

        @Override
        public long position() throws IOException {
            return inner.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            inner.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return inner.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            inner.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            inner.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return inner.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            throw new IOException("transferFrom is not counted by the faulty file system");
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return inner.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return take(src, b -> inner.write(b, position));
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return inner.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return inner.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return inner.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            inner.close();
        }

        /** Writes what the free bytes allow; past them, what fitted is written and the write fails. */
        private int take(ByteBuffer src, Writer writer) throws IOException {
            int wanted = src.remaining();
            long free = freeBytes.get();
            if (wanted <= free) {
                freeBytes.addAndGet(-wanted);
                return writer.write(src);
            }
            ByteBuffer fits = src.duplicate();
            fits.limit(fits.position() + (int) Math.max(0, free));
            int n = writer.write(fits);
            src.position(src.position() + n);
            freeBytes.set(0);
            throw new IOException(NO_SPACE);
        }
    }

    @FunctionalInterface
    private interface Writer {
        int write(ByteBuffer b) throws IOException;
    }
}
