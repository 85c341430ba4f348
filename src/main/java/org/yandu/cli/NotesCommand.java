package org.yandu.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.yandu.library.Annotation;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.Passages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yandu notes [--speech ID] [--json]}: every highlight and note with its quote, place and tags. */
@Command(name = "notes", description = "List highlights and notes.")
final class NotesCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Option(names = "--speech", paramLabel = "ID", description = "Only this speech's.")
    @Nullable Long speechId;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = context.out();
        try (LibraryStore store = context.open()) {
            // A highlight across paragraphs is listed once, as the reader made it: its first part's place and id.
            List<Annotation> annotations = Passages.joined(speechId == null ? store.annotations().all()
                    : store.annotations().ofSpeech(speechId));
            for (Annotation a : annotations) {
                Long paragraphId = a.paragraphId(); // null when orphaned
                Annotation.Suggestion suggestion = a.suggestion();
                int number = paragraphId == null ? 0 : paragraphNumber(store, a.speechId(), paragraphId);
                int suggested = suggestion == null ? 0 : paragraphNumber(store, a.speechId(), suggestion.paragraphId());
                out.println(json ? Json.MAPPER.writeValueAsString(toJson(a, number, suggested))
                        : toLine(a, number, suggested));
            }
        }
        out.flush();
        return 0;
    }

    /** A paragraph's number from 1, as 'show' prints it. */
    static int paragraphNumber(LibraryStore store, long speechId, long paragraphId) {
        return store.paragraphs(speechId).stream().filter(p -> p.id() == paragraphId)
                .mapToInt(Paragraph::position).findFirst().orElse(-1) + 1;
    }

    static String toLine(Annotation a, int number) {
        return toLine(a, number, 0);
    }

    /** {@code number}: its paragraph's, 0 when orphaned; {@code suggested}: the one suggested for it, else 0. */
    private static String toLine(Annotation a, int number, int suggested) {
        Annotation.Suggestion at = a.suggestion();
        String place = a.orphaned()
                ? "orphaned" + (suggested > 0 && at != null ? ", perhaps ¶" + suggested + " " + at.start() + "-"
                        + at.end() : "")
                : "¶" + number + " " + a.start() + "-" + a.end();
        String color = a.color() == null ? "note" : a.color().name().toLowerCase(Locale.ROOT);
        String tags = a.tags().isEmpty() ? "" : "  #" + String.join(" #", a.tags());
        return String.format("%d  speech %d %s  [%s]  「%s」%s%s", a.id(), a.speechId(), place, color,
                a.quote().replace("\n", " / "),
                a.note().isEmpty() ? "" : "  " + a.note().replace("\n", " / "), tags);
    }

    private static ObjectNode toJson(Annotation a, int number, int suggested) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", a.id());
        node.put("speech_id", a.speechId());
        node.put("orphaned", a.orphaned());
        if (a.orphaned()) {
            node.putNull("paragraph").putNull("start").putNull("end");
        } else {
            node.put("paragraph", number).put("start", a.start()).put("end", a.end());
        }
        Annotation.Suggestion at = a.suggestion();
        if (suggested > 0 && at != null) {
            node.putObject("suggested").put("paragraph", suggested).put("start", at.start()).put("end", at.end());
        }
        node.put("quote", a.quote());
        node.put("prefix", a.prefix());
        node.put("suffix", a.suffix());
        node.put("color", a.color() == null ? null : a.color().name().toLowerCase(Locale.ROOT));
        node.put("note", a.note());
        a.tags().forEach(node.putArray("tags")::add);
        node.put("created", a.created().toString());
        node.put("updated", a.updated().toString());
        return node;
    }
}
