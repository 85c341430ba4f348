package org.yandu.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * An operating-system lock held while a library is open, so a second Yandu process (or a second open in this one)
 * is told the library is in use instead of writing beside the first. It is keyed by the file, not its name: a
 * symlink or a hard link to an open library meets the same lock (two writers through a hard link each kept their
 * own WAL and lost notes).
 *
 * <p>Two locks, taken in this order:
 * <ol>
 * <li>a lock file beside the library named by its identity (device and inode), a guard within this process only.
 * POSIX locks belong to the process, and closing any channel on the library drops all of them, SQLite's
 * included; so a second open in this process must be refused before it opens the library file, and the JVM's own
 * lock table refuses it on the lock file;</li>
 * <li>a byte of the library file itself, in SQLite's lock page ({@value #LOCK_BYTE}), past the bytes SQLite locks
 * (its pending, reserved and shared bytes, the lock page's first 512): every name of the file reaches it, so
 * another process is refused. SQLite never reads or writes that page, so even Windows' mandatory locks cannot
 * get in its way.</li>
 * </ol>
 * A second open in this process through a hard link in another folder passes the guard; closing its refused
 * channel then drops this process's locks on the file: one process, one open library, as the window and the
 * commands do.
 */
final class LibraryLock implements AutoCloseable {
    /** SQLite's PENDING_BYTE (1 GiB) + 512: the first byte of the lock page SQLite leaves alone. */
    static final long LOCK_BYTE = 0x4000_0000L + 512;

    /** Both null when there is no lock ({@link #none()}). */
    private final @Nullable FileChannel guard;
    private final @Nullable FileChannel library;

    private LibraryLock(@Nullable FileChannel guard, @Nullable FileChannel library) {
        this.guard = guard;
        this.library = library;
    }

    /**
     * The mark that Yandu has opened {@code library} before, an empty file beside it ({@code library.db.lock}, the
     * lock file of earlier versions): a library that is missing while its mark is there was lost, not new
     * ({@link LibraryRescue}). Left when the library is closed; it locks nothing.
     */
    static Path markOf(Path library) {
        return library.resolveSibling(library.getFileName() + ".lock");
    }

    /** No lock, for a library opened for reading beside the Yandu that holds it. */
    static LibraryLock none() {
        return new LibraryLock(null, null);
    }

    /** {@code library} must exist and be a real path (symlinks resolved): its identity names the guard. */
    static LibraryLock acquire(Path library) {
        FileChannel guard = lock(guardFile(library), library, 0, Long.MAX_VALUE);
        try {
            LibraryLock lock = new LibraryLock(guard, lock(library, library, LOCK_BYTE, 1));
            mark(library);
            return lock;
        } catch (RuntimeException e) {
            closeQuietly(guard);
            throw e;
        }
    }

    private static void mark(Path library) {
        try {
            if (!Files.exists(markOf(library))) {
                Files.createFile(markOf(library));
            }
        } catch (IOException e) {
            throw new LibraryException("Cannot write beside the library " + library + ": " + FailureReason.explain(e),
                    e);
        }
    }

    private static FileChannel lock(Path file, Path library, long position, long size) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(position, size, false);
            if (lock == null) {
                throw new LibraryInUseException(library);
            }
            return channel;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new LibraryInUseException(library);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LibraryException("Cannot lock the library " + library + ": " + FailureReason.explain(e), e);
        } catch (LibraryException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** {@code .yandu-DEV-INODE.lock} beside the library; where the system has no inodes, the name must do. */
    static Path guardFile(Path library) {
        try {
            Object device = Files.getAttribute(library, "unix:dev");
            Object inode = Files.getAttribute(library, "unix:ino");
            return library.resolveSibling(".yandu-" + device + "-" + inode + ".lock");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return library.resolveSibling(library.getFileName() + ".lock");
        } catch (IOException e) {
            throw new LibraryException("Cannot read the library " + library + ": " + FailureReason.explain(e), e);
        }
    }

    @Override
    public void close() {
        // Closing a channel releases its locks; the library's channel last, after SQLite's connection is closed.
        closeQuietly(library);
        closeQuietly(guard);
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more can be done; the OS drops the lock with the process.
            }
        }
    }
}
