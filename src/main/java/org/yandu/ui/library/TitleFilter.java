package org.yandu.ui.library;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Matches titles against what the reader typed: every space-separated word must occur, ignoring case and
 * full-width/half-width differences (scraped titles mix "２０２３" and "2023").
 */
public final class TitleFilter {
    private final List<String> words;

    public TitleFilter(String query) {
        String folded = fold(query == null ? "" : query);
        words = Arrays.stream(folded.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    public boolean matches(String title) {
        if (words.isEmpty()) {
            return true; // folding every title of a large library would take a tenth of a second
        }
        String folded = fold(title);
        return words.stream().allMatch(folded::contains);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
