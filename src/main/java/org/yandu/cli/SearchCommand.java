package org.yandu.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.yandu.library.LibraryStore;
import org.yandu.search.LibrarySearch;
import org.yandu.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yandu search QUERY}: matching speeches and paragraphs with the matched sentence. */
@Command(name = "search", description = "Search the library; every paragraph containing the text is found.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Parameters(paramLabel = "QUERY", description = "Text to find; space-separated parts must all occur.")
    String query;

    @Option(names = "--page", defaultValue = "1", description = "Which page of results (from 1).")
    int page;

    @Option(names = "--page-size", defaultValue = "20", description = "Paragraphs per page.")
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
        text.append(results.total()).append(" paragraph(s) contain \"").append(query).append("\"\n");
        for (SearchResults.SpeechMatches speech : results.speeches()) {
            text.append('\n').append(speech.speechId()).append("  ").append(speech.title()).append('\n');
            for (SearchResults.Match m : speech.matches()) {
                String s = m.sentence();
                text.append("  ¶").append(m.paragraphPosition() + 1).append("  ").append(s, 0, m.highlightStart())
                        .append('【').append(s, m.highlightStart(), m.highlightEnd()).append('】')
                        .append(s.substring(m.highlightEnd())).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    private ObjectNode toJson(SearchResults results) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("query", query);
        root.put("total", results.total());
        root.put("page", page);
        root.put("page_size", pageSize);
        ArrayNode speeches = root.putArray("speeches");
        for (SearchResults.SpeechMatches speech : results.speeches()) {
            ObjectNode s = speeches.addObject();
            s.put("speech_id", speech.speechId());
            s.put("title", speech.title());
            ArrayNode matches = s.putArray("matches");
            for (SearchResults.Match m : speech.matches()) {
                matches.addObject().put("paragraph_id", m.paragraphId()).put("paragraph_index", m.paragraphPosition())
                        .put("sentence", m.sentence()).put("highlight_start", m.highlightStart())
                        .put("highlight_end", m.highlightEnd());
            }
        }
        return root;
    }
}
