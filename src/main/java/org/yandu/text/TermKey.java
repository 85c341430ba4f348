package org.yandu.text;

/**
 * The one key under which a term is kept and found, by the segmenter's terms and by the glossary alike (issue #15):
 * the form with every clause separator (、，, and spaces) written as {@code ，}, so that 从群众中来,到群众中去 in a
 * speech finds the study glossary's 从群众中来，到群众中去. A separator is never dropped: a term glues across one only
 * where its own form has one, so the term 群众工作 is no word of 群众、工作.
 */
public final class TermKey {
    private static final char SEPARATOR = '，';

    private TermKey() {
    }

    /** The key of {@code form}: stripped, its separators made one. */
    public static String of(String form) {
        String stripped = form.strip();
        StringBuilder key = null;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c != SEPARATOR && isSeparator(c)) {
                if (key == null) {
                    key = new StringBuilder(stripped);
                }
                key.setCharAt(i, SEPARATOR);
            }
        }
        return key == null ? stripped : key.toString();
    }

    /** A character as a key has it. */
    static char fold(char c) {
        return isSeparator(c) ? SEPARATOR : c;
    }

    static boolean isSeparator(char c) {
        return c == '、' || c == '，' || c == ',' || c == ' ' || c == '\u3000';
    }
}
