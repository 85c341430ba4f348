package org.yandu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.yandu.export.NotesFile;
import org.yandu.export.NotesImportReport;
import org.yandu.export.NotesImporter;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code yandu import-notes FILE.json}: restores a JSON export, also into a library whose speeches were imported anew.
 */
@Command(name = "import-notes", description = "Restore highlights, notes, your glossary, lookups and reading progress"
        + " from a JSON export; speeches are found by their text, what is there already is skipped.")
final class ImportNotesCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Parameters(paramLabel = "FILE", description = "A JSON file made by export --format json.")
    Path file;

    private @Nullable GlossaryService glossary;

    @Override
    public Integer call() throws Exception {
        NotesFile notes = NotesFile.read(file); // before the library opens: a bad file changes nothing
        try (LibraryStore store = context.openForWriting()) {
            print(new NotesImporter(store, term -> glossary(store).putUserTerm(term)).restore(notes));
        }
        return 0;
    }

    /** Loaded only when a term is new: it loads the segmenter, which keeps the new terms whole in the text. */
    private GlossaryService glossary(LibraryStore store) {
        if (glossary == null) {
            glossary = context.glossary(store);
        }
        return glossary;
    }

    private void print(NotesImportReport report) {
        PrintWriter out = context.out();
        out.println("Restored " + report.annotationsRestored() + " note(s) into " + report.speechesMatched()
                + " speech(es); " + report.duplicatesSkipped() + " already there");
        if (!report.orphaned().isEmpty()) {
            out.println("Orphaned, their words are not in the speech here (" + report.orphaned().size() + "):");
            report.orphaned().forEach(o -> out.println("  《" + o.speechTitle() + "》「" + o.quote() + "」"));
        }
        if (!report.speechesNotFound().isEmpty()) {
            out.println("Not in this library, import them and run import-notes again ("
                    + report.speechesNotFound().size() + "):");
            report.speechesNotFound().forEach(s -> out.println("  《" + s.title() + "》 "
                    + OneLine.of(String.join(", ", s.sourceFiles())) + ": " + s.annotations() + " note(s)"));
        }
        out.println("Glossary: " + report.termsAdded() + " term(s) added, " + report.termsKept() + " already there"
                + (report.termsRefused().isEmpty() ? "" : ", " + report.termsRefused().size() + " skipped"));
        PrintWriter err = context.err();
        report.termsRefused().forEach(reason -> err.println("yandu import-notes: skipped " + reason));
        err.flush();
        out.println("Lookups: " + report.lookupsRestored() + " restored; reading progress: " + report.progressRestored()
                + " speech(es)");
        out.flush();
    }
}
