package org.yandu.library;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds an annotation's words in a speech's current paragraphs, the way W3C Web Annotation's TextQuoteSelector
 * does: the quote itself, chosen among several places by the text around it and by where it was before; then
 * the quote with full- and half-width forms and spacing folded; then, for a longer quote with words inserted
 * or removed inside, its beginning and its end close together. What cannot be found is orphaned.
 *
 * <p>A place is taken only when it is surely the annotation's words: a long quote (the same sixteen characters
 * are the same words), or the text around it still there, or the place it was before. A short quote elsewhere
 * ("人民群众" in another paragraph after its own was deleted) and a quote cut by a new paragraph break are
 * only suggested: the annotation is orphaned and the reader decides, rather than finding a note silently moved.
 */
final class Anchor {
    static final int CONTEXT = 32;
    private static final int FUZZY_MIN_LENGTH = 8;
    /** A quote this long is distinctive by itself: found anywhere in the speech, it is the same words. */
    private static final int DISTINCTIVE_LENGTH = 16;
    /** Characters of the old surroundings that must stand beside a shorter quote (or all there were). */
    private static final int CONTEXT_NEEDED = 6;
    /** The share of the old surroundings' character pairs still around a quote that was reworded around. */
    private static final double RESEMBLANCE = 1.0 / 3;

    /** Where the words are: a paragraph (by index in the list) and offsets in it. */
    record Place(int paragraph, int start, int end) {
    }

    /** A place found, and whether it is surely the annotation's words (else it is only suggested). */
    record Found(Place place, boolean sure) {
    }

    private Anchor() {
    }

    /**
     * Where the quote is now, sure or suggested; null when the words are not in the speech any more.
     *
     * @param texts the speech's paragraph texts in reading order
     * @param hint the index of the paragraph it was on before, or -1 when unknown
     */
    static @Nullable Found locate(List<String> texts, String quote, String prefix, String suffix, int hint) {
        Found exact = best(texts, quote, prefix, suffix, hint, false);
        if (exact != null && exact.sure()) {
            return exact;
        }
        Found folded = best(texts, quote, prefix, suffix, hint, true);
        if (folded != null && folded.sure()) {
            return folded;
        }
        Found fuzzy = fuzzy(texts, quote, prefix, suffix, hint);
        if (fuzzy != null && fuzzy.sure()) {
            return fuzzy;
        }
        return Stream.of(exact, folded, acrossSplit(texts, quote), fuzzy).filter(Objects::nonNull).findFirst()
                .orElse(null);
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

    private static @Nullable Found best(List<String> texts, String quote, String prefix, String suffix, int hint,
                              boolean fold) {
        String needle = fold ? SearchGrams.fold(quote) : quote;
        Found best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int p = 0; p < texts.size(); p++) {
            String text = fold ? SearchGrams.fold(texts.get(p)) : texts.get(p);
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                Place place = new Place(p, at, at + needle.length());
                int context = contextScore(text, place, prefix, suffix, fold);
                boolean sure = quote.length() >= DISTINCTIVE_LENGTH
                        || trusted(text, place, context, prefix, suffix, hint, fold);
                // A sure place before any other; among equals, the surroundings, then nearness to the old place.
                int score = (sure ? 1 << 20 : 0) + context * 4 - (hint < 0 ? 0 : Math.abs(p - hint));
                if (score > bestScore) {
                    bestScore = score;
                    best = new Found(place, sure);
                }
            }
        }
        return best;
    }

    /**
     * Whether a place is the annotation's without the quote's length to vouch for it: enough of the old
     * surroundings beside it (a quote that began or ended its paragraph still does), or where it was (its
     * paragraph, or the next or previous one when one before was added or removed) among a rewording of them.
     */
    private static boolean trusted(String text, Place place, int context, String prefix, String suffix, int hint,
                                   boolean fold) {
        boolean surroundings = context >= Math.min(CONTEXT_NEEDED, prefix.length() + suffix.length())
                && (!prefix.isEmpty() || place.start() == 0) && (!suffix.isEmpty() || place.end() == text.length());
        return surroundings || (hint >= 0 && Math.abs(place.paragraph() - hint) <= 1
                && resembles(text, place, prefix, suffix, fold));
    }

    /**
     * Whether the text around a place rewords the old surroundings: enough of their pairs of characters are still
     * there ("始终把人民群众放在心中最高位置" and "始终将人民群众摆在心中最高的位置" share 始终, 心中, 最高, 位置...).
     */
    private static boolean resembles(String text, Place place, String prefix, String suffix, boolean fold) {
        Set<String> before = pairs((fold ? SearchGrams.fold(prefix) : prefix) + '\n'
                + (fold ? SearchGrams.fold(suffix) : suffix));
        if (before.isEmpty()) {
            return true;
        }
        Set<String> now = pairs(prefixOf(text, place.start()) + '\n' + suffixOf(text, place.end()));
        long kept = before.stream().filter(now::contains).count();
        return kept >= before.size() * RESEMBLANCE;
    }

    /** The pairs of neighbouring characters in {@code text}, not across a line break. */
    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) != '\n' && text.charAt(i + 1) != '\n') {
                pairs.add(text.substring(i, i + 2));
            }
        }
        return pairs;
    }

    /** Characters of the stored prefix and suffix that still stand next to this place. */
    private static int contextScore(String text, Place place, String prefix, String suffix, boolean fold) {
        int start = place.start();
        int end = place.end();
        String before = fold ? SearchGrams.fold(prefix) : prefix;
        String after = fold ? SearchGrams.fold(suffix) : suffix;
        int left = 0;
        while (left < before.length() && start - left - 1 >= 0
                && text.charAt(start - left - 1) == before.charAt(before.length() - left - 1)) {
            left++;
        }
        int right = 0;
        while (right < after.length() && end + right < text.length()
                && text.charAt(end + right) == after.charAt(right)) {
            right++;
        }
        return left + right;
    }

    /**
     * A paragraph split inside the quote: the quote's beginning ends one paragraph and the rest begins the
     * next. Its longer part is suggested: a highlight cannot span two paragraphs, and one that silently covered
     * part of its words would misquote the reader.
     */
    private static @Nullable Found acrossSplit(List<String> texts, String quote) {
        String needle = SearchGrams.fold(quote);
        for (int p = 0; p + 1 < texts.size(); p++) {
            String first = SearchGrams.fold(texts.get(p));
            String second = SearchGrams.fold(texts.get(p + 1));
            for (int cut = 1; cut < needle.length(); cut++) {
                if (first.endsWith(needle.substring(0, cut)) && second.startsWith(needle.substring(cut))) {
                    return new Found(cut >= needle.length() - cut
                            ? new Place(p, first.length() - cut, first.length())
                            : new Place(p + 1, 0, needle.length() - cut), false);
                }
            }
        }
        return null;
    }

    /**
     * The quote's first and last thirds, in order, in one paragraph, spanning about the quote's length: the words
     * were edited, so only its surroundings or its old place make it sure.
     */
    private static @Nullable Found fuzzy(List<String> texts, String quote, String prefix, String suffix, int hint) {
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
                if (closeInLength && (best == null
                        || Math.abs(p - hint) < Math.abs(best.paragraph() - hint))) {
                    best = new Place(p, at, end);
                }
            }
        }
        if (best == null) {
            return null;
        }
        String text = SearchGrams.fold(texts.get(best.paragraph()));
        return new Found(best, trusted(text, best, contextScore(text, best, prefix, suffix, true), prefix, suffix, hint,
                true));
    }
}
