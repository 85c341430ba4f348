package org.yandu.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.library.LibraryStore;

/**
 * Exports study notes: collects the scope from the library once, renders it in the chosen format and puts the
 * files in place atomically. Runs on a background thread; may take seconds for a whole library.
 */
public final class NotesExport {
    private static final Logger log = LoggerFactory.getLogger(NotesExport.class);

    private final LibraryStore store;
    private final Vocabulary vocabulary;

    /** @param vocabulary {@link Vocabulary#of} the library's glossary when {@link ExportOptions#needsGlossary()} */
    public NotesExport(LibraryStore store, Vocabulary vocabulary) {
        this.store = store;
        this.vocabulary = vocabulary;
    }

    /**
     * Collects the request's notes and writes them out in its format.
     *
     * @param cancelled checked between speeches and between files
     * @throws TargetExistsException when a file exists and the request does not force; nothing is written
     * @throws CancellationException when cancelled; no file and no temporary file is left
     */
    public ExportResult export(ExportRequest request, ExportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        StudyNotes notes = new StudyNotesCollector(store, vocabulary)
                .collect(request.scope(), request.options(), progress, cancelled);
        List<ExportDocument> documents = Exporter.of(request.options()).documents(notes);
        List<Path> files = ExportFiles.write(request.target(), request.options().filePerSpeech(), documents,
                request.force(), cancelled);
        log.info("Exported {} speech(es) and {} note(s) as {} to {}", notes.speeches().size(), notes.annotationCount(),
                request.options().format().key(), request.target());
        return new ExportResult(files, notes.speeches().size(), notes.annotationCount());
    }
}
