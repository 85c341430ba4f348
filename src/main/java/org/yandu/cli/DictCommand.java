package org.yandu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yandu.glossary.CedictFile;
import org.yandu.library.FailureReason;
import org.yandu.library.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code yandu dict import FILE}: a CC-CEDICT file (.txt.gz, .zip or .u8) for this library. */
@Command(name = "dict", description = "Dictionaries for lookup.", subcommands = DictCommand.Import.class)
final class DictCommand {
    @Command(name = "import", description = "Import CC-CEDICT in MDBG's format (.txt.gz, .zip or .u8).")
    static final class Import implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "FILE", description = "The CC-CEDICT file downloaded from MDBG.")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = context.out();
            try (LibraryStore store = context.openForWriting()) {
                CedictFile cedict = context.glossary(store).importCedict(file);
                out.printf("CC-CEDICT %s: %d entries imported; %s%n", cedict.header().date().orElse(""),
                        cedict.entries().size(), cedict.report().summary());
                cedict.header().licence().ifPresent(licence -> out.println("Licence: " + licence));
                return 0;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not import the dictionary " + file + ": "
                        + FailureReason.explain(e), e);
            }
        }
    }
}
