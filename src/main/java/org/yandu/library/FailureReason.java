package org.yandu.library;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteException;
import org.yandu.failure.Reason;

/**
 * Why a file could not be read or written, in words the reader can act on: SQLite's result codes and the
 * operating system's reasons (which Java gives only as text) come down to these few. The one place that reads
 * them, so the library, exports, imports and backups all say "the disk is full" alike; the window looks up
 * {@code reason.} plus the constant's name in its own language.
 */
public enum FailureReason implements Reason {
    DISK_FULL("the disk is full"),
    READ_ONLY_DISK("the disk is read-only"),
    READ_ONLY("the file or its folder is read-only"),
    NOT_ALLOWED("access is denied (the file or its folder is protected)"),
    MISSING("the file or folder does not exist"),
    CANNOT_OPEN("the file could not be opened (its folder is missing, read-only or protected)"),
    DISK_ERROR("the disk reported a read or write error"),
    IN_USE("another program is using the library"),
    DAMAGED("the file is damaged or not an SQLite database");

    /** Less free space than SQLite's shared-memory file grows by at once (32 KiB), with room for its journal. */
    private static final long NEARLY_FULL = 1 << 20;

    private final String words;

    FailureReason(String words) {
        this.words = words;
    }

    /** The reason as the command line says it, e.g. "the disk is full". */
    public String words() {
        return words;
    }

    /** The key of the reason in the window's messages, e.g. {@code reason.disk_full}. */
    @Override
    public String messageKey() {
        return "reason." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The first reason known along the chain of causes (the first error, not what followed; a library error's
     * own, found where it was thrown), or null.
     */
    public static @Nullable FailureReason of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            FailureReason reason = t instanceof LibraryException library ? library.reason()
                    : t instanceof SQLiteException sqlite ? ofSqlite(sqlite)
                    : t instanceof IOException io ? ofIo(io) : null;
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /**
     * {@link #of(Throwable)} for a failure writing at {@code where}, told more exactly by the disk holding it:
     * SQLite reports a full disk met while growing its shared-memory or journal file as a mere I/O error
     * (SQLITE_IOERR_SHMSIZE, _WRITE), and a disk mounted read-only like a read-only file.
     */
    static @Nullable FailureReason of(Throwable error, Path where) {
        FailureReason reason = of(error);
        if (reason != DISK_ERROR && reason != READ_ONLY) {
            return reason;
        }
        FileStore disk = diskOf(where);
        try {
            if (disk != null && reason == DISK_ERROR && disk.getUsableSpace() < NEARLY_FULL) {
                return DISK_FULL;
            }
            return disk != null && reason == READ_ONLY && disk.isReadOnly() ? READ_ONLY_DISK : reason;
        } catch (IOException e) {
            return reason;
        }
    }

    /** The reason in words when known, else the error's own message: the tail of a one-line complaint. */
    public static String explain(Throwable error) {
        FailureReason reason = of(error);
        return reason != null ? reason.words : String.valueOf(error.getMessage());
    }

    /** The disk holding {@code where}, or the nearest folder above it that exists; null if unknown. */
    private static @Nullable FileStore diskOf(Path where) {
        for (Path p = where.toAbsolutePath(); p != null; p = p.getParent()) {
            try {
                return Files.getFileStore(p);
            } catch (IOException e) {
                // not there (yet): its folder's disk is the one it would be written to
            }
        }
        return null;
    }

    /** By the primary result code (the low byte): extended codes such as SQLITE_IOERR_WRITE share it. */
    private static @Nullable FailureReason ofSqlite(SQLiteException e) {
        return switch (e.getResultCode().code & 0xff) {
            case 13 -> DISK_FULL;       // SQLITE_FULL
            case 8 -> READ_ONLY;        // SQLITE_READONLY
            case 3, 23 -> NOT_ALLOWED;  // SQLITE_PERM, SQLITE_AUTH
            case 14 -> CANNOT_OPEN;     // SQLITE_CANTOPEN
            case 10 -> DISK_ERROR;      // SQLITE_IOERR
            case 5, 6 -> IN_USE;        // SQLITE_BUSY, SQLITE_LOCKED
            case 11, 26 -> DAMAGED;     // SQLITE_CORRUPT, SQLITE_NOTADB
            default -> null;
        };
    }

    /**
     * Java names only some failures by class; the rest carry the system's text (strerror), as the reason of a
     * {@link FileSystemException} or the message of a plain stream's IOException ("… (Permission denied)").
     */
    private static @Nullable FailureReason ofIo(IOException e) {
        if (e instanceof NoSuchFileException) {
            return MISSING;
        }
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        if (text.contains("No space left on device") || text.contains("Disk quota exceeded")
                || text.contains("File too large")) {
            return DISK_FULL;
        }
        if (text.contains("Read-only file system")) {
            return READ_ONLY_DISK;
        }
        if (e instanceof AccessDeniedException || text.contains("Permission denied")
                || text.contains("Operation not permitted")) {
            return NOT_ALLOWED;
        }
        if (text.contains("No such file or directory")) {
            return MISSING;
        }
        return text.contains("Input/output error") ? DISK_ERROR : null;
    }
}
