package org.yandu.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.yandu.library.LibraryStore;
import org.yandu.library.SpeechField;
import org.yandu.search.LibrarySearch;
import org.yandu.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yandu search QUERY}: matching speeches, their matching fields (title, subtitle, abstract, keywords) and
 * paragraphs with the matched sentence. In English, as every command's output.
 */
@Command(name = "search", description = "Search the library; every title, subtitle, abstract, keyword list and"
        + " paragraph containing the text is found.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Parameters(paramLabel = "QUERY", description = "Text to find; space-separated parts must all occur.")
    String query;

    @Option(names = "--page", defaultValue = "1", description = "Which page of results (from 1).")
    int page;

    @Option(names = "--page-size", defaultValue = "20", description = "Matches (fields and paragraphs) per page.")
    int pageSize;

    @Option(names = "--json", description = "One JSON object with total, page and the speeches' matches.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (page < 1 || pageSize < 1) {
            context.err().println("yandu search: --page and --page-size count from 1");
            return 2;
        }
        PrintWriter out = context.out();
        try (LibraryStore store = context.open()) {
            SearchResults results = new LibrarySearch(store).search(query, page - 1, pageSize);
            out.println(json ? Json.MAPPER.writeValueAsString(toJson(results)) : toText(results));
        }
        out.flush();
        return 0;
    }

    private String toText(SearchResults results) {
        StringBuilder text = new StringBuilder();
        text.append(results.exact() ? "" : "more than ").append(results.total()).append(" match(es) of \"")
                .append(query).append("\"\n");
        for (SearchResults.SpeechMatches speech : results.speeches()) {
            text.append('\n').append(speech.speechId()).append("  ").append(speech.title()).append('\n');
            for (SearchResults.Match m : speech.matches()) {
                String s = m.sentence();
                text.append("  ").append(where(m)).append("  ").append(s, 0, m.highlightStart())
                        .append('【').append(s, m.highlightStart(), m.highlightEnd()).append('】')
                        .append(s.substring(m.highlightEnd())).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    /** "¶3" for a paragraph, "title" or "keywords" for a field. */
    private static String where(SearchResults.Match match) {
        SpeechField field = match.field();
        return field == null ? "¶" + (match.paragraphPosition() + 1) : field.name().toLowerCase(Locale.ROOT);
    }

    private ObjectNode toJson(SearchResults results) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("query", query);
        root.put("total", results.total());
        root.put("total_exact", results.exact());
        root.put("page", page);
        root.put("page_size", pageSize);
        ArrayNode speeches = root.putArray("speeches");
        for (SearchResults.SpeechMatches speech : results.speeches()) {
            ObjectNode s = speeches.addObject();
            s.put("speech_id", speech.speechId());
            s.put("title", speech.title());
            ArrayNode matches = s.putArray("matches");
            for (SearchResults.Match m : speech.matches()) {
                ObjectNode match = matches.addObject();
                SpeechField field = m.field();
                if (field == null) {
                    match.put("paragraph_id", m.paragraphId()).put("paragraph_index", m.paragraphPosition());
                } else {
                    match.put("field", field.name().toLowerCase(Locale.ROOT));
                }
                match.put("sentence", m.sentence()).put("highlight_start", m.highlightStart())
                        .put("highlight_end", m.highlightEnd());
            }
        }
        return root;
    }
}
