package org.yandu.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.yandu.library.FailureReason;

/**
 * Reads the bytes of a file to import, within limits, so that no path given to {@code import} can
 * hang it or exhaust memory while it holds the library's lock.
 */
final class SourceBytes {
    static final long MB = 1024 * 1024;

    private SourceBytes() {
    }

    /**
     * The file's bytes, or a refusal naming the file when it is not a regular file (checked on the
     * symlink's target before anything is opened: opening a FIFO blocks until a writer comes, and
     * a device such as /dev/zero never ends) or holds more than {@code limit} bytes. The size is
     * checked before reading and again while reading, for files that grow or report no size (/proc).
     *
     * @param kind the files the limit is for, as the message names them (".txt files")
     */
    static byte[] read(Path file, long limit, String kind) throws UnreadableSourceException {
        long size = requireWithin(file, limit, kind);
        try {
            return readAtMost(file, limit, kind, size);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * The SHA-256 of a file read as a stream, for a file whose bytes need not all be in memory at once (a .docx's
     * pictures); refused as {@link #read} refuses. The hash and the count are of the bytes actually read.
     */
    static Digest digest(Path file, long limit, String kind) throws UnreadableSourceException {
        long reported = requireWithin(file, limit, kind);
        MessageDigest sha256 = newSha256();
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
                count += n;
                if (count > limit) {
                    throw grew(file, limit, kind, reported);
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return new Digest(count, HexFormat.of().formatHex(sha256.digest()));
    }

    /** What the library records of a file's bytes: how many, and their SHA-256 in lowercase hex. */
    record Digest(long size, String sha256) {
        static Digest of(byte[] bytes) {
            return new Digest(bytes.length, HexFormat.of().formatHex(newSha256().digest(bytes)));
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The size a regular file reports, when within the limit; opens nothing. */
    private static long requireWithin(Path file, long limit, String kind) throws UnreadableSourceException {
        FileKind.requireRegularFile(file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (size > limit) {
            throw new UnreadableSourceException(file, Refusal.TOO_LARGE, "is " + megabytes(size) + ", over the "
                    + megabytes(limit) + " limit for " + kind, List.of(megabytes(size), megabytes(limit)), null);
        }
        return size;
    }

    /** The first {@code count} bytes of a file (fewer if it is shorter), to tell its format by its signature. */
    static byte[] head(Path file, int count) throws UnreadableSourceException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The refusal for an I/O failure, in the words every reader of source files uses. */
    static UnreadableSourceException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new UnreadableSourceException(file, Refusal.MISSING, "does not exist", e);
        }
        if (e instanceof AccessDeniedException) {
            return new UnreadableSourceException(file, Refusal.NOT_ALLOWED, "cannot be read: permission denied", e);
        }
        return new UnreadableSourceException(file, Refusal.UNREADABLE, "cannot be read: " + FailureReason.explain(e),
                e);
    }

    private static UnreadableSourceException grew(Path file, long limit, String kind, long size) {
        return new UnreadableSourceException(file, Refusal.TOO_LARGE, "holds more than the " + megabytes(limit)
                + " limit for " + kind + " though it reported " + size + " bytes (it grew while being read, or is a"
                + " special file)", List.of("> " + megabytes(limit), megabytes(limit)), null);
    }

    /**
     * Exactly the reported size in one array, as Files.readAllBytes would; only a file holding more than it reported
     * (growing, or /proc and devices that report 0) is read on, and never past the limit.
     */
    private static byte[] readAtMost(Path file, long limit, String kind, long size)
            throws IOException, UnreadableSourceException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] reported = in.readNBytes((int) size);
            int next = in.read();
            if (next < 0) {
                return reported;
            }
            byte[] rest = in.readNBytes((int) (limit - reported.length));
            if (reported.length + 1L + rest.length > limit) {
                throw grew(file, limit, kind, size);
            }
            byte[] bytes = Arrays.copyOf(reported, reported.length + 1 + rest.length);
            bytes[reported.length] = (byte) next;
            System.arraycopy(rest, 0, bytes, reported.length + 1, rest.length);
            return bytes;
        }
    }

    /** Rounded up, so a file just over the limit never reads as exactly the limit. */
    static String megabytes(long bytes) {
        if (bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        return String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes * 10.0 / MB) / 10);
    }
}
