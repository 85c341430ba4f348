package org.yandu.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code yandu show ID}: one speech as plain text, paragraphs separated by blank lines. */
@Command(name = "show", description = "Print a speech as plain text.")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Parameters(paramLabel = "ID", description = "The speech id, as printed by 'list'.")
    long id;

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        try (LibraryStore store = context.open()) {
            Optional<Speech> speech = store.speech(id);
            if (speech.isEmpty()) {
                context.err().println("yandu show: there is no speech " + id + " in " + OneLine.of(store.file()));
                return 1;
            }
            printMetadata(out, speech.get());
            for (Paragraph p : store.paragraphs(id)) {
                out.println(p.text());
                out.println();
            }
        }
        out.flush();
        return 0;
    }

    private static void printMetadata(PrintWriter out, Speech s) {
        if (s.titleDerived()) {
            out.println(s.title());
            out.println();
        }
        if (s.date() != null) {
            out.println("日期：" + s.date());
        }
        if (s.abstractText() != null) {
            out.println("【摘要】" + s.abstractText());
        }
        if (!s.keywords().isEmpty()) {
            out.println("【关键词】" + String.join("；", s.keywords()));
        }
        if (s.date() != null || s.abstractText() != null || !s.keywords().isEmpty()) {
            out.println();
        }
    }
}
