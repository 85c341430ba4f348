package org.yandu.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.yandu.files.AtomicFiles;
import org.yandu.files.Leftovers;

/**
 * Puts an export's files in place all together or not at all: each is written whole to a temporary file
 * ({@link AtomicFiles}), and they are moved over their destinations only once all are written.
 */
final class ExportFiles {
    private ExportFiles() {
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
        destinations.stream().map(ExportFiles::folderOf).distinct()
                .forEach(folder -> Leftovers.removeFrom(folder, AtomicFiles.LEFTOVERS));
        Path newFolder = intoFolder && !Files.exists(target) ? target.toAbsolutePath() : null;
        List<Path> temporaries = new ArrayList<>();
        boolean done = false;
        try {
            for (int i = 0; i < documents.size(); i++) {
                checkCancelled(cancelled);
                temporaries.add(AtomicFiles.writeTemporary(folderOf(destinations.get(i)), documents.get(i).body()));
            }
            checkCancelled(cancelled);
            for (int i = 0; i < temporaries.size(); i++) {
                // Without force no file exists there, as checked above.
                AtomicFiles.moveIntoPlace(temporaries.get(i), destinations.get(i));
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

    /** The folder a destination goes in: destinations are absolute paths of files, which always have one. */
    private static Path folderOf(Path destination) {
        return Objects.requireNonNull(destination.getParent(), destination::toString);
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
