package org.yandu.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
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
        FileKind.requireRegularFile(file);
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new UnreadableSourceException(file, "is " + megabytes(size) + ", over the "
                        + megabytes(limit) + " limit for " + kind);
            }
            return readAtMost(file, limit, kind, size);
        } catch (NoSuchFileException e) {
            throw new UnreadableSourceException(file, "does not exist", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableSourceException(file, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new UnreadableSourceException(file, "cannot be read: " + FailureReason.explain(e), e);
        }
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
                throw new UnreadableSourceException(file, "holds more than the " + megabytes(limit) + " limit for "
                        + kind + " though it reported " + size + " bytes (it grew while being read, or is a special file)");
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
