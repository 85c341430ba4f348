package org.yandu.importer;

/**
 * Character rules shared by the parsing steps. Scraped Chinese text mixes full-width and ASCII
 * punctuation (the same essay appears with ，： on one site and ,: on another), so every rule
 * accepts both widths.
 */
final class Text {
    /** Marks that close a sentence. */
    static final String SENTENCE_END = "。！？!?";
    /** Marks after which a line may legitimately end a paragraph. */
    private static final String PARAGRAPH_END = SENTENCE_END + "；;…：:.”’」』）)》】";
    /** Clause marks: a line ending in one of these stops mid-sentence. */
    private static final String CLAUSE_MARK = "，,、";
    /** Any mark that makes a line read as prose rather than as a title or name. */
    private static final String PROSE_MARK = SENTENCE_END + "，,；;：:";

    private Text() {
    }

    static boolean isIndent(char c) {
        return c == '\u3000' || c == '\u00a0' || c == '\ufeff' || Character.isWhitespace(c);
    }

    /** Removes indentation (ASCII, full-width and no-break spaces) and trailing whitespace. */
    static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isIndent(line.charAt(start))) {
            start++;
        }
        while (end > start && isIndent(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    static boolean isBlank(String line) {
        return strip(line).isEmpty();
    }

    static boolean endsParagraph(String text) {
        return !text.isEmpty() && PARAGRAPH_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    static boolean endsInClause(String text) {
        return !text.isEmpty() && CLAUSE_MARK.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** True when a sentence or clause closes somewhere before the last character. */
    static boolean hasInnerSentenceEnd(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (SENTENCE_END.indexOf(c) >= 0 || c == '；' || c == ';') {
                return true;
            }
        }
        return false;
    }

    static boolean hasProseMark(String text) {
        return text.chars().anyMatch(c -> PROSE_MARK.indexOf(c) >= 0);
    }

    static boolean hasSentenceEnd(String text) {
        return text.chars().anyMatch(c -> SENTENCE_END.indexOf(c) >= 0);
    }

    static boolean containsHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * A line that could be a title: short, no sentence inside, not a salutation ("同志们：").
     * A final question mark is allowed because speech titles are often questions.
     */
    static boolean isTitleLike(String text) {
        if (text.length() < 2 || text.length() > 40 || text.endsWith("：") || text.endsWith(":")) {
            return false;
        }
        String body = text.endsWith("？") || text.endsWith("?") ? text.substring(0, text.length() - 1) : text;
        return !hasSentenceEnd(body) && !body.contains("；") && !body.contains(";");
    }
}
