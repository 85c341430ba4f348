package org.yandu.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.LookupResult;
import org.yandu.library.LibraryStore;
import org.yandu.lookup.WordInfo;
import org.yandu.lookup.WordLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yandu lookup TEXT}: pinyin and the entries of every glossary source, each naming its source. */
@Command(name = "lookup", description = "Look a word up in every glossary: pinyin, entries, synonyms, counts.")
final class LookupCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Parameters(paramLabel = "TEXT", description = "The word or phrase.")
    String word;

    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = context.out();
        try (LibraryStore store = context.open()) {
            WordInfo info = new WordLookup(store, context.glossary(store)).lookup(word, null);
            out.println(json ? Json.MAPPER.writeValueAsString(toJson(info)) : toText(info));
        }
        out.flush();
        return 0;
    }

    private static String toText(WordInfo info) {
        StringBuilder text = new StringBuilder();
        text.append(info.word()).append("  ").append(info.pinyin()).append('\n');
        appendEntries(text, info.entries().exact(), "");
        if (info.entries().exact().isEmpty()) {
            text.append("(no entry for the whole; its parts:)\n");
            for (LookupResult.Part part : info.entries().parts()) {
                text.append("  ").append(part.text()).append('\n');
                appendEntries(text, part.entries(), "  ");
            }
        }
        if (!info.synonyms().isEmpty()) {
            text.append("synonyms: ").append(String.join("、", info.synonyms())).append('\n');
        }
        text.append("in the library: ").append(info.countInLibrary()).append(" time(s)");
        return text.toString();
    }

    private static void appendEntries(StringBuilder text, List<GlossaryEntry> entries, String indent) {
        for (GlossaryEntry e : entries) {
            text.append(indent).append('[').append(e.source()).append("] ").append(e.term());
            if (!e.pinyin().isEmpty()) {
                text.append(" (").append(e.pinyin()).append(')');
            }
            if (e.explanation() != null) {
                text.append(' ').append(e.explanation());
            }
            if (!e.meaning().isEmpty()) {
                text.append(" — ").append(e.meaning());
            }
            text.append('\n');
        }
    }

    private static ObjectNode toJson(WordInfo info) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("word", info.word());
        root.put("form", info.form());
        root.put("pinyin", info.pinyin());
        entries(root.putArray("entries"), info.entries().exact());
        ArrayNode parts = root.putArray("parts");
        for (LookupResult.Part part : info.entries().parts()) {
            ObjectNode p = parts.addObject().put("text", part.text()).put("start", part.start());
            entries(p.putArray("entries"), part.entries());
        }
        info.synonyms().forEach(root.putArray("synonyms")::add);
        root.put("count_in_library", info.countInLibrary());
        return root;
    }

    private static void entries(ArrayNode array, List<GlossaryEntry> entries) {
        for (GlossaryEntry e : entries) {
            ObjectNode node = array.addObject();
            node.put("source", e.source().name());
            node.put("term", e.term());
            node.put("traditional", e.traditional());
            node.put("pinyin", e.pinyin());
            e.definitions().forEach(node.putArray("definitions")::add);
            node.put("explanation", e.explanation());
            node.put("english", e.english());
            e.tags().forEach(node.putArray("tags")::add);
            node.put("origin", e.origin());
        }
    }
}
