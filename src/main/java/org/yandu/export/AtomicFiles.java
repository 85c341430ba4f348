package org.yandu.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.yandu.library.StaleTemporaries;

/**
 * Puts files in place so that no crash or cancel leaves half of one: each is written to a temporary file beside its
 * destination, synced, and moved over it atomically only once all are written. An export's files go this way, and
 * so does the small file of the window's look beside the library.
 */
public final class AtomicFiles {
    private static final String TEMPORARY_PREFIX = ".yandu-";
    private static final String TEMPORARY_SUFFIX = ".part";
    /** The temporary files a killed writer left, for whoever removes them. */
    public static final String LEFTOVERS = TEMPORARY_PREFIX + "*" + TEMPORARY_SUFFIX;

    /** What goes into a file, written once its temporary file is open. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes one file, replacing any there: readers see the old content or the new, never a part of it. */
    public static void replace(Path target, Content content) throws IOException {
        Path destination = target.toAbsolutePath();
        Path temporary = writeTemporary(destination.getParent(), content);
        try {
            Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes the documents to {@code target}: into it as a folder when {@code intoFolder} or when it is an existing
     * folder, else as the one file. Returns the files written.
     *
     * @throws TargetExistsException when a file exists and {@code force} is false; nothing is written then
     * @throws CancellationException when {@code cancelled} turned true; every temporary file is gone then
     */
    static List<Path> write(Path target, boolean intoFolder, List<ExportDocument> documents, boolean force,
                            BooleanSupplier cancelled) throws IOException {
        List<Path> destinations = destinations(target.toAbsolutePath(), intoFolder, documents);
        List<Path> existing = destinations.stream().filter(Files::exists).toList();
        if (!force && !existing.isEmpty()) {
            throw new TargetExistsException(existing);
        }
        // An export may go anywhere, so no library's opening cleans there: the next export into the folder does.
        destinations.stream().map(Path::getParent).distinct().forEach(f -> StaleTemporaries.removeFrom(f, LEFTOVERS));
        Path newFolder = intoFolder && !Files.exists(target) ? target.toAbsolutePath() : null;
        List<Path> temporaries = new ArrayList<>();
        boolean done = false;
        try {
            for (int i = 0; i < documents.size(); i++) {
                checkCancelled(cancelled);
                temporaries.add(writeTemporary(destinations.get(i).getParent(), documents.get(i).body()));
            }
            checkCancelled(cancelled);
            for (int i = 0; i < temporaries.size(); i++) {
                // Replaces an existing file on every platform; without force none exists, as checked above.
                Files.move(temporaries.get(i), destinations.get(i), StandardCopyOption.ATOMIC_MOVE);
            }
            done = true;
        } finally {
            for (Path temporary : temporaries) {
                Files.deleteIfExists(temporary);
            }
            if (!done && newFolder != null) {
                deleteIfEmpty(newFolder);
            }
        }
        return destinations;
    }

    private static List<Path> destinations(Path target, boolean intoFolder, List<ExportDocument> documents) {
        if (intoFolder || Files.isDirectory(target)) {
            return documents.stream().map(d -> target.resolve(d.fileName())).toList();
        }
        if (documents.size() != 1) {
            throw new IllegalArgumentException(documents.size() + " files cannot all be written to " + target);
        }
        return List.of(target);
    }

    private static Path writeTemporary(Path folder, Content content) throws IOException {
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would stay on the export, which is for sharing.
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

    private static void deleteIfEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (NoSuchFileException e) {
            // never created: the export stopped before its first file
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The export was cancelled");
        }
    }
}
