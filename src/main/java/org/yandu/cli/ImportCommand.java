package org.yandu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.yandu.importer.FileOutcome;
import org.yandu.importer.ImportProgress;
import org.yandu.importer.ImportReport;
import org.yandu.importer.Importer;
import org.yandu.importer.UnfiledText;
import org.yandu.library.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yandu import PATH...}: files and folders into the library, {@code -} for standard input; exit 1 if any file
 * was refused.
 */
@Command(name = "import", description = "Import speech files (.txt, .html, .htm, .docx, .doc, .wps, .odt, .epub, .pdf,"
        + " .md) and folders; - reads a speech's text or HTML from standard input.")
final class ImportCommand implements Callable<Integer> {
    private static final Path STANDARD_INPUT = Path.of("-");

    @Mixin
    CommandContext context;

    @Option(names = "--bundled", description = "Also import the speeches that ship with Yandu.")
    boolean bundled;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to import; - for standard input.")
    List<Path> paths = List.of();

    @Override
    public Integer call() {
        if (paths.isEmpty() && !bundled) {
            context.err().println("yandu import: name at least one file or folder, - for standard input, or --bundled");
            return 2;
        }
        try (LibraryStore store = context.openForWriting()) {
            Importer importer = new Importer(store, context.glossary(store).tokenizer());
            boolean ok = true;
            if (bundled) {
                ok = report(importer.importBundled(ImportProgress.NONE));
            }
            List<Path> files = paths.stream().filter(path -> !path.equals(STANDARD_INPUT)).toList();
            if (!files.isEmpty()) {
                ok &= report(importer.importPaths(files, ImportProgress.NONE));
            }
            if (paths.contains(STANDARD_INPUT)) {
                String name = "stdin " + UnfiledText.moment(LocalDateTime.now());
                ok &= report(importer.importStream(name, UnfiledText.STDIN, System.in));
            }
            return ok ? 0 : 1;
        }
    }

    private boolean report(ImportReport report) {
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        // Into an empty library a speech found again is the same essay in another file of this import, linked to the
        // one stored: nothing was "already in the library".
        boolean first = report.intoEmptyLibrary();
        String found = first ? "copies of speeches in earlier files, linked" : "already in the library";
        for (FileOutcome file : report.files()) {
            switch (file.status()) {
                case IMPORTED -> out.printf("imported  %s: %d new, %d %s%n", OneLine.of(file.path()), file.added(),
                        file.alreadyPresent(), found);
                case UNCHANGED -> out.printf("unchanged %s: imported before%n", OneLine.of(file.path()));
                case FAILED -> err.printf("refused   %s%n", OneLine.of(file.error()));
            }
        }
        out.printf("%d file(s): %d %s, %d %s, %d refused%n", report.files().size(), report.added(),
                first ? "speech(es) imported" : "new speech(es)", report.alreadyPresent(),
                first ? "copies found in several files linked" : "already in the library", report.failures().size());
        return report.failures().isEmpty();
    }
}
