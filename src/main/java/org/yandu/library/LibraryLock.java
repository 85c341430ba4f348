package org.yandu.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on {@code library.db.lock} held while a library is open, so a second Yandu process
 * (or a second open in this one) is told the library is in use instead of writing beside the first.
 */
final class LibraryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path fileOf(Path library) {
        return library.resolveSibling(library.getFileName() + ".lock");
    }

    static LibraryLock acquire(Path library) {
        Path file = fileOf(library);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new LibraryInUseException(library);
            }
            return new LibraryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new LibraryInUseException(library);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LibraryException("Cannot lock the library " + library + ": " + e.getMessage(), e);
        } catch (LibraryException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more can be done; the OS drops the lock with the process.
            }
        }
    }
}
