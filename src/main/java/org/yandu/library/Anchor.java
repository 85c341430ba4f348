package org.yandu.library;

import java.util.List;

/**
 * Finds an annotation's words in a speech's current paragraphs, the way W3C Web Annotation's TextQuoteSelector
 * does: the quote itself, chosen among several places by the text around it and by where it was before; then
 * the quote with full- and half-width forms and spacing folded; then, for a longer quote with words inserted
 * or removed inside, its beginning and its end close together. What cannot be found is orphaned.
 */
final class Anchor {
    static final int CONTEXT = 32;
    private static final int FUZZY_MIN_LENGTH = 8;

    /** Where the words are: a paragraph (by index in the list) and offsets in it. */
    record Place(int paragraph, int start, int end) {
    }

    private Anchor() {
    }

    /**
     * @param texts the speech's paragraph texts in reading order
     * @param hintParagraph the index of the paragraph it was on before, or -1 when unknown
     * @return the place, or null when the words are not in the speech any more
     */
    static Place locate(List<String> texts, String quote, String prefix, String suffix, int hintParagraph) {
        Place exact = best(texts, quote, prefix, suffix, hintParagraph, false);
        if (exact != null) {
            return exact;
        }
        Place folded = best(texts, quote, prefix, suffix, hintParagraph, true);
        if (folded != null) {
            return folded;
        }
        Place split = acrossSplit(texts, quote);
        return split != null ? split : fuzzy(texts, quote, hintParagraph);
    }

    static String prefixOf(String text, int start) {
        int from = Math.max(0, start - CONTEXT);
        return text.substring(splitsPair(text, from) ? from + 1 : from, start);
    }

    static String suffixOf(String text, int end) {
        int until = Math.min(text.length(), end + CONTEXT);
        return text.substring(end, splitsPair(text, until) ? until - 1 : until);
    }

    /**
     * Whether UTF-16 offset {@code at} falls between the two halves of a surrogate pair (an emoji, a rare
     * character): text cut there keeps half a character, stored as "?".
     */
    static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    private static Place best(List<String> texts, String quote, String prefix, String suffix, int hint,
                              boolean fold) {
        String needle = fold ? SearchGrams.fold(quote) : quote;
        Place best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int p = 0; p < texts.size(); p++) {
            String text = fold ? SearchGrams.fold(texts.get(p)) : texts.get(p);
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                int score = contextScore(text, at, at + needle.length(), prefix, suffix, fold) * 4
                        - (hint < 0 ? 0 : Math.abs(p - hint));
                if (score > bestScore) {
                    bestScore = score;
                    best = new Place(p, at, at + needle.length());
                }
            }
        }
        return best;
    }

    /** Characters of the stored prefix and suffix that still stand next to this place. */
    private static int contextScore(String text, int start, int end, String prefix, String suffix, boolean fold) {
        String before = fold ? SearchGrams.fold(prefix) : prefix;
        String after = fold ? SearchGrams.fold(suffix) : suffix;
        int left = 0;
        while (left < before.length() && start - left - 1 >= 0
                && text.charAt(start - left - 1) == before.charAt(before.length() - left - 1)) {
            left++;
        }
        int right = 0;
        while (right < after.length() && end + right < text.length() && text.charAt(end + right) == after.charAt(right)) {
            right++;
        }
        return left + right;
    }

    /**
     * A paragraph split inside the quote: the quote's beginning ends one paragraph and the rest begins the
     * next. The annotation stays on the longer part.
     */
    private static Place acrossSplit(List<String> texts, String quote) {
        String needle = SearchGrams.fold(quote);
        for (int p = 0; p + 1 < texts.size(); p++) {
            String first = SearchGrams.fold(texts.get(p));
            String second = SearchGrams.fold(texts.get(p + 1));
            for (int cut = 1; cut < needle.length(); cut++) {
                if (first.endsWith(needle.substring(0, cut)) && second.startsWith(needle.substring(cut))) {
                    return cut >= needle.length() - cut
                            ? new Place(p, first.length() - cut, first.length())
                            : new Place(p + 1, 0, needle.length() - cut);
                }
            }
        }
        return null;
    }

    /** The quote's first and last thirds, in order, in one paragraph, spanning about the quote's length. */
    private static Place fuzzy(List<String> texts, String quote, int hint) {
        if (quote.length() < FUZZY_MIN_LENGTH) {
            return null;
        }
        int third = quote.length() / 3;
        String head = SearchGrams.fold(quote.substring(0, third));
        String tail = SearchGrams.fold(quote.substring(quote.length() - third));
        Place best = null;
        for (int p = 0; p < texts.size(); p++) {
            String text = SearchGrams.fold(texts.get(p));
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int tailAt = text.indexOf(tail, at + head.length());
                int end = tailAt + tail.length();
                boolean closeInLength = tailAt >= 0 && Math.abs((end - at) - quote.length()) <= quote.length() / 3;
                if (closeInLength && (best == null || Math.abs(p - hint) < Math.abs(best.paragraph() - hint))) {
                    best = new Place(p, at, end);
                }
            }
        }
        return best;
    }
}
