package org.yandu.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/**
 * Puts files in place so that no crash, kill or cancel leaves half of one: each is written to a temporary file
 * beside its destination ({@value #LEFTOVERS}), synced, and moved over it atomically. Every file Yandu writes for
 * the reader goes this way: exports, the glossary's CSV, the kept CC-CEDICT and its packed index, the window's
 * look, a restored library, the benchmark's results. {@link Leftovers} removes what a killed writer left.
 */
public final class AtomicFiles {
    private static final String TEMPORARY_PREFIX = ".yandu-";
    private static final String TEMPORARY_SUFFIX = ".part";
    /** The temporary files a killed writer left, for whoever removes them. */
    public static final String LEFTOVERS = TEMPORARY_PREFIX + "*" + TEMPORARY_SUFFIX;

    /** What goes into a file, written once its temporary file is open; it must not close {@code out}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes one file, replacing any there: readers see the old content or the new, never a part of it. */
    public static void replace(Path target, Content content) throws IOException {
        Path destination = target.toAbsolutePath();
        Path temporary = writeTemporary(Objects.requireNonNull(destination.getParent(), "a file has a folder"),
                content);
        try {
            moveIntoPlace(temporary, destination);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes {@code content} to a new temporary file in {@code folder}, synced to the disk, for a caller that puts
     * several files in place together ({@link #moveIntoPlace} once all are written). Removed if writing fails.
     */
    public static Path writeTemporary(Path folder, Content content) throws IOException {
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would stay on the file, which may be for sharing.
        Path temporary = Files.createFile(folder.resolve(TEMPORARY_PREFIX + UUID.randomUUID() + TEMPORARY_SUFFIX));
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    /** Moves a temporary file over {@code destination} atomically, replacing it on every platform. */
    public static void moveIntoPlace(Path temporary, Path destination) throws IOException {
        Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE);
    }
}
