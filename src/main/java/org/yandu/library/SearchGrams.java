package org.yandu.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sqlite.Function;

/**
 * How paragraph text becomes search tokens. Chinese has no spaces, and an index of words misses words inside
 * longer words, so the index is of characters: every pair of neighbouring characters with its position (a query
 * of two or more characters is the exact phrase of its pairs, which is a substring match), and each distinct
 * character of a paragraph without positions (a one-character query needs none). Text is folded first, one
 * character for one, so matches are blind to full- versus half-width forms, ASCII case and the form of quotation
 * marks, and offsets still line up with the original text. A token is its characters themselves, written for
 * FTS5's ascii tokenizer, which splits only at ASCII: ASCII characters and lone surrogate halves are moved to a
 * supplementary private-use plane, so punctuation and spaces are tokens too and no token can be FTS query syntax.
 */
public final class SearchGrams {
    private static final int MOVED_PLANE = 0xF0000;
    /**
     * The token a speech's title lines (TITLE and SUBTITLE paragraphs) carry besides their text, so the library
     * search can leave them out inside FTS5 ({@code NOT}): they hold the title and subtitle it finds as fields. Three
     * characters, while every other token is one or two, so no text makes it.
     */
    private static final String TITLE_LINE = "标题行";
    /** A moved character is a surrogate pair. */
    private static final int MAX_TOKEN_CHARS = 2;

    private SearchGrams() {
    }

    /**
     * A query as FTS5 expressions: {@code pairs} for its parts of two or more characters, {@code chars} for its single
     * characters, either null when it has no such part. They apply to either index, whose tables are named by its
     * prefix: {@code paragraph} (paragraph_pairs, paragraph_chars) or {@code field} (field_pairs, field_chars).
     */
    record Expressions(@Nullable String pairs, @Nullable String chars) {
        /** The FTS5 table a search of {@code index} reads, as {@code f}: its pairs, unless every part is one char. */
        String table(String index) {
            return index + (pairs == null ? "_chars" : "_pairs");
        }

        /** The search's condition on {@link #table}; single characters beside longer parts filter by rowid. */
        String condition(String index) {
            if (pairs == null) {
                return index + "_chars MATCH ?";
            }
            return chars == null ? index + "_pairs MATCH ?" : index + "_pairs MATCH ? AND f.rowid IN"
                    + " (SELECT rowid FROM " + index + "_chars WHERE " + index + "_chars MATCH ?)";
        }

        /** These expressions matching no title line (see {@link #TITLE_LINE}). */
        Expressions withoutTitleLines() {
            String without = " NOT \"" + TITLE_LINE + "\"";
            return pairs != null ? new Expressions("(" + pairs + ")" + without, chars)
                    : new Expressions(pairs, "(" + chars + ")" + without);
        }

        /** The values of the condition's parameters, then {@code more}. */
        Object[] arguments(Object... more) {
            List<Object> all = new ArrayList<>();
            if (pairs != null) {
                all.add(pairs);
            }
            if (chars != null) {
                all.add(chars);
            }
            all.addAll(Arrays.asList(more));
            return all.toArray();
        }
    }

    /** Quotation marks of every form, folded into {@code "}: a query's "四风" or 「四风」 finds the text's “四风”. */
    private static final String QUOTES = "\"'“”‘’„‟「」『』";

    /**
     * Full-width ASCII forms and the ideographic space become their half-width forms; ASCII letters lower case;
     * quotation marks one mark.
     */
    public static String fold(String text) {
        char[] folded = text.toCharArray();
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(folded[i]);
        }
        return new String(folded);
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        if (QUOTES.indexOf(c) >= 0) {
            return '"';
        }
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /**
     * A query as the index reads it: folded, and an ellipsis typed as three full stops written as the text writes
     * it (… ), so "为人民服务..." finds 为人民服务…….
     */
    public static String foldQuery(String query) {
        return fold(query.replace("...", "…").replace("。。。", "…"));
    }

    /** Every pair of neighbouring characters in order, one token per pair. */
    static String pairs(String text) {
        // Written into an array: the search index calls this for every paragraph it stores.
        char[] out = new char[Math.max(0, text.length() - 1) * (2 * MAX_TOKEN_CHARS + 1)];
        int end = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            end = appendToken(out, end, text.charAt(i));
            end = appendToken(out, end, text.charAt(i + 1));
            out[end++] = ' ';
        }
        return new String(out, 0, end);
    }

    /** Each distinct character once, in the order of first occurrence. */
    static String chars(String text) {
        BitSet seen = new BitSet(Character.MAX_VALUE + 1);
        char[] out = new char[text.length() * (MAX_TOKEN_CHARS + 1)];
        int end = 0;
        for (int i = 0; i < text.length(); i++) {
            char folded = fold(text.charAt(i));
            if (!seen.get(folded)) {
                seen.set(folded);
                end = appendToken(out, end, folded);
                out[end++] = ' ';
            }
        }
        return new String(out, 0, end);
    }

    /**
     * The FTS5 expressions for a query: each whitespace-separated part must occur as a substring. Parts of two or
     * more characters go to the pairs, single characters to the characters. Built only from our own tokens, so
     * quotes, operators or broken surrogates in the query can never be FTS syntax. Returns null when the query has
     * nothing to search for.
     */
    static @Nullable Expressions expressions(String query) {
        List<String> pairs = new ArrayList<>();
        List<String> chars = new ArrayList<>();
        for (String part : foldQuery(query).strip().split("\\s+", -1)) {
            // trim, not strip, drops the last separator: a token may end in a space that is not ASCII.
            if (part.length() == 1) {
                chars.add("\"" + chars(part).trim() + "\"");
            } else if (!part.isEmpty()) {
                pairs.add("\"" + pairs(part).trim() + "\"");
            }
        }
        if (pairs.isEmpty() && chars.isEmpty()) {
            return null;
        }
        return new Expressions(pairs.isEmpty() ? null : String.join(" AND ", pairs),
                chars.isEmpty() ? null : String.join(" AND ", chars));
    }

    /** Writes the token of {@code c} at {@code at}; returns where it ends. */
    private static int appendToken(char[] out, int at, char c) {
        char folded = fold(c);
        if (folded < 0x80 || Character.isSurrogate(folded)) {
            int moved = MOVED_PLANE + folded;
            out[at] = Character.highSurrogate(moved);
            out[at + 1] = Character.lowSurrogate(moved);
            return at + 2;
        }
        out[at] = folded;
        return at + 1;
    }

    /** The tokens of a paragraph of {@code kind} (a {@link ParagraphKind} name): a title line's carry its mark. */
    private static String marked(String tokens, String kind) {
        boolean titleLine = kind.equals(ParagraphKind.TITLE.name()) || kind.equals(ParagraphKind.SUBTITLE.name());
        return titleLine ? tokens + TITLE_LINE : tokens;
    }

    /**
     * Makes the tokenizers callable from SQL, where the store indexes new paragraphs and the triggers use them:
     * {@code yandu_pairs(text)} and {@code yandu_chars(text)}, and with a paragraph's kind as second argument, the
     * tokens a paragraph of that kind is indexed with.
     */
    static void register(Connection db) throws SQLException {
        Function.create(db, "yandu_pairs", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(pairs(value_text(0)));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(db, "yandu_chars", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(chars(value_text(0)));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(db, "yandu_pairs", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(marked(pairs(value_text(0)), value_text(1)));
            }
        }, 2, Function.FLAG_DETERMINISTIC);
        Function.create(db, "yandu_chars", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(marked(chars(value_text(0)), value_text(1)));
            }
        }, 2, Function.FLAG_DETERMINISTIC);
    }
}
