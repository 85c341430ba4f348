package org.yandu.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yandu list [--json]}: every speech, one per line. */
@Command(name = "list", description = "List the speeches in the library.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Option(names = "--json", description = "One JSON object per line (JSON Lines).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = context.out();
        try (LibraryStore store = context.open()) {
            for (Speech speech : store.speeches()) {
                out.println(json ? Json.MAPPER.writeValueAsString(toJson(speech)) : toLine(speech));
            }
        }
        out.flush();
        return 0;
    }

    private static String toLine(Speech s) {
        String collection = s.collections().isEmpty() ? "" : "  [" + String.join(" | ", s.collections()) + "]";
        return String.format("%5d  %s%s  (%d paragraphs; %s)", s.id(), s.title(), collection, s.paragraphCount(),
                String.join(", ", s.sourceFiles()));
    }

    private static ObjectNode toJson(Speech s) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", s.id());
        node.put("title", s.title());
        node.put("title_derived", s.titleDerived());
        node.put("subtitle", s.subtitle());
        node.put("author", s.author());
        node.put("date", s.date());
        node.put("collection", s.collections().isEmpty() ? null : s.collections().get(0));
        strings(node, "collections", s.collections());
        node.put("paragraph_count", s.paragraphCount());
        node.put("char_count", s.charCount());
        strings(node, "keywords", s.keywords());
        strings(node, "source_files", s.sourceFiles());
        return node;
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        values.forEach(node.putArray(field)::add);
    }
}
