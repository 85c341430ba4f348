package org.yandu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yandu.export.ExportFormat;
import org.yandu.export.ExportOptions;
import org.yandu.export.ExportProgress;
import org.yandu.export.ExportRequest;
import org.yandu.export.ExportResult;
import org.yandu.export.ExportScope;
import org.yandu.export.NotesExport;
import org.yandu.export.TargetExistsException;
import org.yandu.export.Vocabulary;
import org.yandu.library.FailureReason;
import org.yandu.library.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yandu export --format md|html|docx|anki|json --out PATH}: study notes of some speeches or all. */
@Command(name = "export", description = "Export highlights, notes and looked-up words as Markdown, HTML, Word,"
        + " an Anki deck or a JSON backup (restored with import-notes)."
        + " Without --speech or --collection: every speech.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "md, html, docx, anki or json.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write (into it, if it"
            + " is a folder); for md without --combined the folder for one file per speech, unless PATH ends in .md.")
    Path out;

    @Option(names = "--speech", paramLabel = "ID", description = "A speech to export; repeat for more.")
    List<Long> speeches = new ArrayList<>();

    @Option(names = "--collection", paramLabel = "ID", description = "The speeches of this collection.")
    @Nullable Long collection;

    @Option(names = "--force", description = "Overwrite files that exist.")
    boolean force;

    @Option(names = "--no-keywords", description = "Leave out the speeches' keywords.")
    boolean noKeywords;

    @Option(names = "--no-lookups", description = "Leave out the words looked up.")
    boolean noLookups;

    @Option(names = "--no-sentences", description = "Each quote alone, without the sentence around it.")
    boolean noSentences;

    @Option(names = "--combined", description = "md: one file for all speeches.")
    boolean combined;

    @Option(names = "--english", description = "The export's own headings and labels in English.")
    boolean english;

    @Override
    public Integer call() throws Exception {
        Optional<ExportFormat> chosen = ExportFormat.named(format);
        if (chosen.isEmpty()) {
            context.err().println("yandu export: unknown format \"" + format
                    + "\"; use md, html, docx, anki or json");
            return 2;
        }
        boolean oneFile = combined || out.toString().endsWith(".md");
        ExportOptions options = new ExportOptions(chosen.get(), !noKeywords, !noLookups, !noSentences, oneFile,
                english ? "en" : "zh");
        try (LibraryStore store = context.open()) {
            Vocabulary vocabulary = options.needsGlossary()
                    ? Vocabulary.of(context.glossary(store)) : Vocabulary.BARE;
            ExportResult result = new NotesExport(store, vocabulary)
                    .export(new ExportRequest(scope(store), options, out, force), ExportProgress.NONE, () -> false);
            print(result);
            return 0;
        } catch (TargetExistsException e) {
            context.err().println("yandu export: " + OneLine.of(e.getMessage()) + "; add --force to overwrite");
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export to " + out + ": " + FailureReason.explain(e), e);
        }
    }

    private ExportScope scope(LibraryStore store) {
        if (collection == null) {
            return speeches.isEmpty() ? ExportScope.library(store) : ExportScope.speeches(speeches);
        }
        ExportScope ofCollection = ExportScope.collection(store, collection);
        if (speeches.isEmpty()) {
            return ofCollection;
        }
        return ExportScope.speeches(Stream.concat(speeches.stream(), ofCollection.speechIds().stream()).toList());
    }

    private void print(ExportResult result) {
        PrintWriter printer = context.out();
        printer.println("Exported " + result.speeches() + " speech(es) and " + result.annotations() + " note(s) to:");
        result.files().forEach(file -> printer.println("  " + OneLine.of(file)));
        printer.flush();
    }
}
