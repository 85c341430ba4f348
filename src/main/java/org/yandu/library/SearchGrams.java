package org.yandu.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.Function;

/**
 * How paragraph text becomes search tokens. Chinese has no spaces, and an index of words misses words inside
 * longer words while a trigram index cannot serve one- or two-character queries. So every character is a token
 * (for one-character queries) and every pair of neighbouring characters is a token (a longer query is the exact
 * phrase of its pairs, which is a substring match). Each character is written as four base-36 digits so the
 * tokenizer keeps punctuation and spaces too. Text is folded first, one character for one, so matches are
 * blind to full- versus half-width forms and ASCII case, and offsets still line up with the original text.
 */
public final class SearchGrams {
    private static final int DIGITS = 4;

    private SearchGrams() {
    }

    /** Full-width ASCII forms and the ideographic space become their half-width forms; ASCII letters lower case. */
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
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    static String unigrams(String text) {
        StringBuilder out = new StringBuilder(text.length() * (DIGITS + 1));
        for (int i = 0; i < text.length(); i++) {
            appendToken(out, text.charAt(i));
            out.append(' ');
        }
        return out.toString();
    }

    static String bigrams(String text) {
        StringBuilder out = new StringBuilder(text.length() * (2 * DIGITS + 1));
        for (int i = 0; i + 1 < text.length(); i++) {
            appendToken(out, text.charAt(i));
            appendToken(out, text.charAt(i + 1));
            out.append(' ');
        }
        return out.toString();
    }

    /**
     * The FTS5 expression for a query: each whitespace-separated part must occur as a substring. Built only
     * from our own tokens, so quotes, operators or broken surrogates in the query can never be FTS syntax.
     * Returns null when the query has nothing to search for.
     */
    public static String matchExpression(String query) {
        List<String> parts = new ArrayList<>();
        for (String part : fold(query).strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            parts.add(part.length() == 1
                    ? "unigrams : \"" + unigrams(part).strip() + "\""
                    : "bigrams : \"" + bigrams(part).strip() + "\"");
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    private static void appendToken(StringBuilder out, char c) {
        char folded = fold(c);
        String digits = Integer.toString(folded, Character.MAX_RADIX);
        out.append("0".repeat(DIGITS - digits.length())).append(digits);
    }

    /** Makes the tokenizers callable from SQL, where the migration and the triggers use them. */
    static void register(Connection db) throws SQLException {
        Function.create(db, "yandu_unigrams", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(unigrams(value_text(0)));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(db, "yandu_bigrams", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(bigrams(value_text(0)));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
