package org.yandu.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.yandu.glossary.GlossaryService;
import org.yandu.glossary.InvalidTermException;
import org.yandu.glossary.UserTermRule;
import org.yandu.library.LibraryStore;
import org.yandu.library.UserTerm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yandu glossary add|remove|list}: the user's own glossary. */
@Command(name = "glossary", description = "Your own glossary terms.",
        subcommands = {GlossaryCommand.Add.class, GlossaryCommand.Remove.class, GlossaryCommand.ListTerms.class})
final class GlossaryCommand {
    @Command(name = "add", description = "Add a term (or update it); it is read as one word from now on.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "TERM", description = "Chinese characters, letters and digits: 群众路线, GDP, A股.")
        String term;

        @Option(names = "--explanation", required = true, description = "What it means, in your words.")
        String explanation;

        @Mixin
        TermFields fields;

        @Override
        public Integer call() {
            PrintWriter out = context.out();
            try {
                UserTermRule.check(term, fields.pinyin); // before the library opens: a refused term changes nothing
                try (LibraryStore store = context.openForWriting()) {
                    GlossaryService service = context.glossary(store);
                    String reading = fields.reading(term.strip(), () -> service);
                    service.putUserTerm(new UserTerm(term, reading, explanation, fields.english, fields.tags));
                    out.printf("%s (%s) is in your glossary%n", term.strip(), reading);
                }
            } catch (InvalidTermException e) {
                return context.refused(String.valueOf(e.getMessage()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a term; the text around it is segmented again without it.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "TERM")
        String term;

        @Override
        public Integer call() {
            try (LibraryStore store = context.openForWriting()) {
                if (!context.glossary(store).removeUserTerm(term.strip())) {
                    return context.refused("\"" + term.strip() + "\" is not in your glossary (see glossary list)");
                }
            }
            PrintWriter out = context.out();
            out.printf("%s is no longer in your glossary%n", term.strip());
            out.flush();
            return 0;
        }
    }

    /** Reads the stored rows as they are, so a term the glossary leaves out can still be seen and removed. */
    @Command(name = "list", description = "List your terms.")
    static final class ListTerms implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Option(names = "--json", description = "One JSON object per line.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = context.out();
            try (LibraryStore store = context.open()) {
                for (UserTerm term : store.userTerms()) {
                    out.println(json ? Json.MAPPER.writeValueAsString(toJson(term))
                            : term.term() + "\t" + term.pinyin() + "\t" + Objects.toString(term.explanation(), ""));
                }
            }
            out.flush();
            return 0;
        }

        private static ObjectNode toJson(UserTerm term) {
            ObjectNode node = Json.MAPPER.createObjectNode().put("term", term.term()).put("pinyin", term.pinyin())
                    .put("explanation", Objects.toString(term.explanation(), ""))
                    .put("english", Objects.toString(term.english(), ""));
            term.tags().forEach(node.putArray("tags")::add);
            return node;
        }
    }
}
