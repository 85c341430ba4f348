package org.yandu.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the bytes of a file to import, within limits, so that no path given to {@code import} can
 * hang it or exhaust memory while it holds the library's lock.
 */
final class SourceBytes {
    static final long MB = 1024 * 1024;
    private static final int BUFFER = 64 * 1024;

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
            throw new UnreadableSourceException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] readAtMost(Path file, long limit, String kind, long size)
            throws IOException, UnreadableSourceException {
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(size, limit) + 1);
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (bytes.size() + (long) n > limit) {
                    throw new UnreadableSourceException(file, "holds more than the " + megabytes(limit)
                            + " limit for " + kind + " though it reported " + size + " bytes (it grew while"
                            + " being read, or is a special file)");
                }
                bytes.write(buffer, 0, n);
            }
            return bytes.toByteArray();
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
