package org.yandu.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits text into lines the way the downstream parser expects them. */
final class TextLines {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private TextLines() {
    }

    /**
     * Splits on CR LF, CR or LF, keeping empty lines (they separate paragraphs) and leading
     * whitespace (full-width indents mark paragraphs); the break that ends the last line is not a
     * line of its own.
     */
    static List<String> split(String text) {
        String[] parts = LINE_BREAK.split(text, -1);
        int count = parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(stripTrailing(parts[i]));
        }
        return lines;
    }

    /** The lines {@link #split} would make of the reader's text, read a line at a time (the same three breaks). */
    static List<String> read(Reader text) throws IOException {
        BufferedReader reader = new BufferedReader(text);
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(stripTrailing(line));
        }
        return lines;
    }

    /** Strips trailing spaces of every kind, no-break spaces too, which String.stripTrailing keeps. */
    static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
