package org.yandu.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yandu.library.SearchGrams;

/**
 * Where a query occurs in a text, found as library search finds it: folded (full- and half-width forms, ASCII case
 * alike, quotation marks one, a typed ... the ellipsis) and as plain substrings, each whitespace-separated part of
 * the query on its own.
 */
public final class TextMatches {
    /** The characters {@code [start, end)} of a text. */
    public record Span(int start, int end) {
    }

    private TextMatches() {
    }

    /** Every occurrence of every part of {@code query} in {@code text}, in order; overlapping ones made one. */
    public static List<Span> of(String text, String query) {
        String folded = SearchGrams.fold(text);
        List<Span> found = new ArrayList<>();
        for (String part : SearchGrams.foldQuery(query).strip().split("\\s+", -1)) {
            // Folding is one character for one, so offsets in the folded text are offsets in the text.
            for (int at = part.isEmpty() ? -1 : folded.indexOf(part); at >= 0; at = folded.indexOf(part,
                    at + part.length())) {
                found.add(new Span(at, at + part.length()));
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : found) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
