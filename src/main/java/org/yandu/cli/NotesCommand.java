package org.yandu.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.yandu.library.Annotation;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yandu notes [--speech ID] [--json]}: every highlight and note with its quote, place and tags. */
@Command(name = "notes", description = "List highlights and notes.")
final class NotesCommand implements Callable<Integer> {
    @ParentCommand
    YanduCommand yandu;

    @Option(names = "--speech", paramLabel = "ID", description = "Only this speech's.")
    Long speechId;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (LibraryStore store = yandu.library.open()) {
            List<Annotation> annotations = speechId == null ? store.annotations().all()
                    : store.annotations().ofSpeech(speechId);
            for (Annotation a : annotations) {
                int number = paragraphNumber(store, a);
                out.println(json ? Json.MAPPER.writeValueAsString(toJson(a, number)) : toLine(a, number));
            }
        }
        out.flush();
        return 0;
    }

    /** The paragraph's number from 1, or 0 when orphaned. */
    private static int paragraphNumber(LibraryStore store, Annotation a) {
        if (a.orphaned()) {
            return 0;
        }
        return store.paragraphs(a.speechId()).stream().filter(p -> p.id() == a.paragraphId())
                .mapToInt(Paragraph::position).findFirst().orElse(-1) + 1;
    }

    private static String toLine(Annotation a, int number) {
        String place = a.orphaned() ? "orphaned" : "¶" + number + " " + a.start() + "-" + a.end();
        String color = a.color() == null ? "note" : a.color().name().toLowerCase();
        String tags = a.tags().isEmpty() ? "" : "  #" + String.join(" #", a.tags());
        return String.format("%d  speech %d %s  [%s]  「%s」%s%s", a.id(), a.speechId(), place, color, a.quote(),
                a.note().isEmpty() ? "" : "  " + a.note().replace("\n", " / "), tags);
    }

    private static ObjectNode toJson(Annotation a, int number) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", a.id());
        node.put("speech_id", a.speechId());
        node.put("orphaned", a.orphaned());
        if (a.orphaned()) {
            node.putNull("paragraph").putNull("start").putNull("end");
        } else {
            node.put("paragraph", number).put("start", a.start()).put("end", a.end());
        }
        node.put("quote", a.quote());
        node.put("prefix", a.prefix());
        node.put("suffix", a.suffix());
        node.put("color", a.color() == null ? null : a.color().name().toLowerCase());
        node.put("note", a.note());
        a.tags().forEach(node.putArray("tags")::add);
        node.put("created", a.created().toString());
        node.put("updated", a.updated().toString());
        return node;
    }
}
