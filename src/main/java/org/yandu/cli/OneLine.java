package org.yandu.cli;

import org.jspecify.annotations.Nullable;

/**
 * A path (or a message naming one) as the command line prints it: a file name may hold a newline or another
 * control character, which printed raw would start a line of output the command never wrote. Such characters
 * are shown escaped instead, {@code \n} as the two characters {@code \n}, so each printed line is one of ours.
 */
final class OneLine {
    private OneLine() {
    }

    static String of(@Nullable Object text) {
        String s = String.valueOf(text);
        StringBuilder shown = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape != null && shown == null) {
                shown = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (shown != null) {
                shown.append(escape == null ? String.valueOf(c) : escape);
            }
        }
        return shown == null ? s : shown.toString();
    }

    /** The escape for a character that breaks or rewrites a terminal line, or null for any other. */
    private static @Nullable String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
