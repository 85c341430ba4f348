package org.yandu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.library.UserTerm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yandu glossary add TERM --explanation TEXT}: the user's own glossary. */
@Command(name = "glossary", description = "Your own glossary terms.", subcommands = GlossaryCommand.Add.class)
final class GlossaryCommand {
    @ParentCommand
    YanduCommand yandu;

    @Command(name = "add", description = "Add a term (or update it); it is read as one word from now on.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        GlossaryCommand glossary;

        @Parameters(paramLabel = "TERM")
        String term;

        @Option(names = "--explanation", required = true, description = "What it means, in your words.")
        String explanation;

        @Option(names = "--pinyin", description = "The reading (default: Yandu's reading of the term).")
        String pinyin;

        @Option(names = "--english", description = "An English gloss.")
        String english;

        @Option(names = "--tag", description = "A tag; repeat for more.")
        List<String> tags = List.of();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (term.isBlank()) {
                spec.commandLine().getErr().println("yandu glossary add: the term is empty");
                return 2;
            }
            try (LibraryStore store = glossary.yandu.library.openForWriting()) {
                GlossaryService service = YanduCommand.glossary(store);
                String reading = pinyin != null ? pinyin : service.text().pinyin(term.strip());
                service.putUserTerm(new UserTerm(term, reading, explanation, english, tags));
                out.printf("%s (%s) is in your glossary%n", term.strip(), reading);
            }
            out.flush();
            return 0;
        }
    }
}
