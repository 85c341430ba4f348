package org.yandu.search;

/**
 * The sentence of a paragraph that holds a match, trimmed around the match when it is very long,
 * with the match's position inside it.
 */
public record Sentence(String text, int highlightStart, int highlightEnd) {
    private static final String ENDS = "。！？；!?;";
    private static final int MAX_LENGTH = 120;
    private static final int CONTEXT = 50;
    private static final String ELLIPSIS = "…";

    public static Sentence around(String paragraph, int matchStart, int matchEnd) {
        int start = matchStart;
        while (start > 0 && ENDS.indexOf(paragraph.charAt(start - 1)) < 0) {
            start--;
        }
        int end = matchEnd;
        while (end < paragraph.length() && ENDS.indexOf(paragraph.charAt(end)) < 0) {
            end++;
        }
        end = Math.min(paragraph.length(), end + 1);
        if (end - start <= MAX_LENGTH) {
            return new Sentence(paragraph.substring(start, end), matchStart - start, matchEnd - start);
        }
        int from = Math.max(start, matchStart - CONTEXT);
        int to = Math.min(end, matchEnd + CONTEXT);
        String prefix = from > start ? ELLIPSIS : "";
        String text = prefix + paragraph.substring(from, to) + (to < end ? ELLIPSIS : "");
        return new Sentence(text, matchStart - from + prefix.length(), matchEnd - from + prefix.length());
    }
}
