package org.yandu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.InvalidTermException;
import org.yandu.glossary.UserTermRule;
import org.yandu.library.GroupMembership;
import org.yandu.library.LibraryStore;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupGlossary;
import org.yandu.library.group.GroupTerm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yandu group term} and {@code yandu group terms}: the glossary a study group shares. */
final class GroupGlossaryCommand {
    private GroupGlossaryCommand() {
    }

    @Command(name = "term", description = "Put a term into the group's glossary (organisers only): every member's"
            + " reading keeps it as one word from their next sync on. --remove takes it out.")
    static final class Term implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "TERM", description = "Chinese characters, letters and digits: 自我革命.")
        String term;

        @Option(names = "--explanation", description = "What it means.")
        @Nullable String explanation;

        @Mixin
        TermFields fields;

        @Option(names = "--remove", description = "Take the term out of the group's glossary.")
        boolean remove;

        @Override
        public Integer call() {
            PrintWriter out = context.out();
            String word = term.strip();
            try (LibraryStore store = context.open()) {
                GroupMembership member = GroupCommand.member(store);
                if (remove) {
                    try (GroupConnection connection = GroupCommand.connect(member)) {
                        if (!GroupGlossary.remove(connection, word)) {
                            return context.refused(word + " is not in the group's glossary");
                        }
                    }
                    out.println("Took " + word + " out of the group's glossary; members let it go at their next"
                            + " sync.");
                    return 0;
                }
                UserTermRule.check(word, fields.pinyin);
                String reading = fields.reading(word, () -> context.glossary(store));
                try (GroupConnection connection = GroupCommand.connect(member)) {
                    GroupGlossary.put(connection, new GroupTerm(word, reading, explanation, fields.english,
                            fields.tags, false, 0));
                }
                out.println(word + " (" + reading + ") is in the group's glossary; members take it up at their next"
                        + " sync.");
            } catch (InvalidTermException e) {
                return context.refused(String.valueOf(e.getMessage()));
            }
            return 0;
        }
    }

    @Command(name = "terms", description = "The group's glossary, as the last sync brought it.")
    static final class Terms implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Override
        public Integer call() {
            PrintWriter out = context.out();
            try (LibraryStore store = context.open()) {
                GroupCommand.member(store);
                List<GroupTerm> terms = store.group().terms().inUse();
                if (terms.isEmpty()) {
                    out.println("The group's glossary has no terms (as of the last sync).");
                }
                for (GroupTerm term : terms) {
                    out.println(term.term() + (term.pinyin().isEmpty() ? "" : "  " + term.pinyin())
                            + (term.explanation() == null ? "" : "  " + term.explanation())
                            + (term.english() == null ? "" : "  " + term.english())
                            + (term.tags().isEmpty() ? "" : "  #" + String.join(" #", term.tags())));
                }
            }
            return 0;
        }
    }
}
