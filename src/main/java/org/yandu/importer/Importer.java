package org.yandu.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.yandu.failure.Explanation;
import org.yandu.library.FailureReason;
import org.yandu.library.ImportRecord;
import org.yandu.library.LibraryException;
import org.yandu.library.LibraryStore;
import org.yandu.library.SourceFile;
import org.yandu.library.Tokenizer;
import org.yandu.threads.Threads;

/**
 * Brings files and folders into the library: read, parse, store, one transaction per file.
 * A bad file is reported and skipped; the others go on.
 */
public final class Importer {
    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    /** A file's failure is always told (in the import's summary): the terminal's log leaves it out (logback.xml). */
    private static final Marker TOLD = MarkerFactory.getMarker("TOLD");
    private static final String BUNDLED = "bundled";

    private final LibraryStore store;
    private final @Nullable Tokenizer tokenizer;
    private final SourceReader reader = new SourceReader();
    private final SpeechParser parser = new SpeechParser();

    /** An importer that segments new paragraphs with {@code tokenizer} as it stores them. */
    public Importer(LibraryStore store, @Nullable Tokenizer tokenizer) {
        this.store = store;
        this.tokenizer = tokenizer;
    }

    /** An importer that leaves segmentation to the background job (when the segmenter is not loaded yet). */
    public Importer(LibraryStore store) {
        this(store, null);
    }

    /** Every file extension Yandu reads (".txt", ".docx" …), for a file chooser's filter. */
    public static List<String> readableExtensions() {
        return SourceFormat.extensions();
    }

    public ImportReport importPaths(List<Path> paths, ImportProgress progress) {
        return importPaths(paths, file -> file.toAbsolutePath().normalize().toString(), progress);
    }

    private ImportReport importPaths(List<Path> paths, Function<Path, String> recordedPath,
                                     ImportProgress progress) {
        List<Path> files = new ArrayList<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path path : paths) {
            try {
                files.addAll(expand(path));
            } catch (UncheckedIOException e) {
                FailureReason reason = FailureReason.of(e);
                outcomes.add(FileOutcome.failed(path, path + ": cannot list the folder: " + FailureReason.explain(e),
                        reason == null ? null : Explanation.of(reason)));
            }
        }
        return importFiles(files, recordedPath, outcomes, progress);
    }

    /** The speeches shipped with Yandu, read from inside the jar (or the build's classes folder). */
    public ImportReport importBundled(ImportProgress progress) {
        URL url = Importer.class.getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("the bundled speeches are missing from the build");
        }
        try {
            URI uri = url.toURI();
            Function<Path, String> recordedPath = file -> BUNDLED + "/" + file.getFileName();
            if (!"jar".equals(uri.getScheme())) {
                return importPaths(List.of(Path.of(uri)), recordedPath, progress);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return importPaths(List.of(jar.provider().getPath(uri)), recordedPath, progress);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled speeches at " + url, e);
        }
    }

    /**
     * Stores the files one after another while the next one is read and parsed on a second thread, so that reading
     * overlaps the writing (which, with segmentation on the store's own workers, is the slowest step).
     */
    private ImportReport importFiles(List<Path> files, Function<Path, String> recordedPath,
                                     List<FileOutcome> outcomes, ImportProgress progress) {
        ExecutorService readAhead = Executors.newSingleThreadExecutor(Threads.daemon("yandu-import-reader"));
        boolean intoEmptyLibrary = store.isEmpty();
        try {
            Future<ReadFile> next = readAhead(readAhead, files, recordedPath, 0, progress);
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                progress.update(i, files.size(), file.getFileName().toString());
                if (progress.isCancelled()) {
                    log.info("Import cancelled after {} of {} files", i, files.size());
                    return new ImportReport(outcomes, true, intoEmptyLibrary);
                }
                Future<ReadFile> current = Objects.requireNonNull(next, "every file of the list is read ahead");
                next = readAhead(readAhead, files, recordedPath, i + 1, progress);
                FileOutcome outcome = importFile(file, current);
                if (outcome == null) {
                    log.info("Import cancelled while {} was read, after {} of {} files", file, i, files.size());
                    return new ImportReport(outcomes, true, intoEmptyLibrary);
                }
                outcomes.add(outcome);
            }
        } finally {
            readAhead.shutdownNow();
        }
        progress.update(files.size(), files.size(), "");
        return new ImportReport(outcomes, false, intoEmptyLibrary);
    }

    private @Nullable Future<ReadFile> readAhead(ExecutorService readAhead, List<Path> files,
                                       Function<Path, String> recordedPath, int index, ImportProgress progress) {
        if (index >= files.size()) {
            return null;
        }
        Path file = files.get(index);
        String recorded = recordedPath.apply(file);
        return readAhead.submit(() -> read(file, recorded, progress));
    }

    private ReadFile read(Path file, String recordedPath, ImportProgress progress)
            throws UnreadableSourceException {
        SourceDocument source = reader.read(file, progress);
        // The lines are dropped once parsed: the speeches hold the text, a second copy would only take memory.
        return new ReadFile(sourceFile(file, recordedPath, source),
                parser.parse(file.getFileName().toString(), source));
    }

    private record ReadFile(SourceFile source, ParsedDocument parsed) {
    }

    /** The file stored or refused; null when the reader cancelled the import while it was read (a long PDF). */
    private @Nullable FileOutcome importFile(Path file, Future<ReadFile> read) {
        try {
            ReadFile done = awaitRead(read);
            return store(file, done.source(), done.parsed());
        } catch (UnreadableSourceException e) {
            log.warn(TOLD, "Import of {} failed", file, e);
            return FileOutcome.refused(e);
        } catch (CancellationException e) {
            return null;
        } catch (RuntimeException e) {
            return unexpected(file, e);
        }
    }

    private static FileOutcome unexpected(Path file, RuntimeException e) {
        log.error("Import of {} failed unexpectedly", file, e);
        return FileOutcome.failed(file, file.getFileName() + ": could not be imported (" + e + ")", null);
    }

    /**
     * Reads text that came with no file (pasted, dropped, piped in) into its speeches without storing them: what a
     * paste shows before the reader keeps it.
     *
     * @throws UnreadableSourceException naming the text by its {@link UnfiledText#name()} and why it cannot be read
     */
    public PastedSource read(UnfiledText text) throws UnreadableSourceException {
        SourceDocument source = UnfiledReader.read(text);
        // Recorded under its content, as no path names it: the same text again is the same source.
        SourceFile file = new SourceFile(text.format() + ":" + source.contentHash(), text.name(), source.format(),
                source.encoding(), source.size(), source.contentHash());
        return new PastedSource(file, parser.parse(text.name(), source));
    }

    /** Stores what {@link #read(UnfiledText)} read, in one transaction, reported as the import of one file. */
    public ImportReport importPasted(PastedSource pasted) {
        boolean intoEmptyLibrary = store.isEmpty();
        FileOutcome outcome = store(Path.of(pasted.source().fileName()), pasted.source(), pasted.parsed());
        return new ImportReport(List.of(outcome), false, intoEmptyLibrary);
    }

    /**
     * Imports a stream of text or HTML (standard input) at once, as a paste is once it is confirmed; a stream that
     * cannot be read is reported refused under {@code name}, as a file is.
     */
    public ImportReport importStream(String name, String format, InputStream in) {
        try {
            return importPasted(read(UnfiledText.read(name, format, in)));
        } catch (UnreadableSourceException e) {
            log.warn(TOLD, "Import of {} failed", name, e);
            return new ImportReport(List.of(FileOutcome.refused(e)), false, store.isEmpty());
        }
    }

    private FileOutcome store(Path file, SourceFile source, ParsedDocument parsed) {
        if (parsed.speeches().isEmpty()) {
            return FileOutcome.refused(file, file.getFileName() + ": no speech text found in it",
                    Explanation.of(Refusal.NO_SPEECH, String.valueOf(file.getFileName())));
        }
        try {
            ImportRecord record = store.recordImport(source, parsed.collectionTitle(), parsed.speeches(), tokenizer);
            log.info("Imported {}: {} new, {} already in the library{}", file, record.added(),
                    record.alreadyPresent(), record.unchanged() ? " (unchanged file)" : "");
            return FileOutcome.stored(file, record);
        } catch (LibraryException e) {
            log.warn(TOLD, "Import of {} failed", file, e);
            String error = Objects.requireNonNullElse(e.getMessage(), file.getFileName() + ": could not be stored");
            return FileOutcome.failed(file, error, e.explanation());
        } catch (RuntimeException e) {
            return unexpected(file, e);
        }
    }

    /** The file read ahead; its reading's failure is thrown here, as if it had been read on this thread. */
    private static ReadFile awaitRead(Future<ReadFile> read) throws UnreadableSourceException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableSourceException unreadable) {
                throw unreadable;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static SourceFile sourceFile(Path file, String recordedPath, SourceDocument source) {
        return new SourceFile(recordedPath, file.getFileName().toString(), source.format(), source.encoding(),
                source.size(), source.contentHash());
    }

    /**
     * A folder becomes its importable files, recursively, in name order; a file stays itself. Anything but a folder
     * counts, so a FIFO or a link to a device named .txt is refused by name (by {@link SourceReader}, unopened)
     * rather than passed over in silence.
     */
    private static List<Path> expand(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(file -> !Files.isDirectory(file)).filter(Importer::looksImportable).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksImportable(Path file) {
        return !file.getFileName().toString().startsWith(".") && SourceFormat.isSupported(file);
    }
}
