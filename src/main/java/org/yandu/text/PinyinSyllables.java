package org.yandu.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Parsing of pinyin written by people: override files and readings handed in by the glossary. */
public final class PinyinSyllables {
    private static final Pattern PUNCTUATION_AT_ENDS = Pattern.compile("^[\\p{P}&&[^']]+|[\\p{P}&&[^']]+$");

    private PinyinSyllables() {
    }

    /**
     * The syllables of {@code pinyin} for {@code word}, tone numbers turned into marks. A word may mix Chinese
     * characters with letters and digits (A股, 5G, 2035年远景目标): those are read as written, so the reading
     * may repeat them as items of their own ({@code "A gǔ"}), as {@link ChineseText#pinyin} writes it; a word
     * without Chinese characters has no syllables.
     *
     * @throws IllegalArgumentException when there is not exactly one syllable per Chinese character
     */
    public static String[] parse(String word, String pinyin) {
        Set<String> asWritten = itemsAsWritten(word);
        List<String> syllables = new ArrayList<>();
        for (String item : items(pinyin, asWritten)) {
            if (!asWritten.contains(item.toLowerCase(Locale.ROOT))) {
                syllables.add(item);
            }
        }
        int han = PinyinNotation.hanCount(word);
        if (syllables.size() != han) {
            throw new IllegalArgumentException("\"" + pinyin + "\" is not one syllable per Chinese character of \""
                    + word + "\" (" + han + " Chinese characters; write the syllables apart, letters and digits as"
                    + " written)");
        }
        return syllables.toArray(String[]::new);
    }

    /**
     * {@code pinyin} for {@code word} as it is shown and stored: tone numbers turned into marks, single spaces, the
     * word's own letters and digits as written ({@code "A gu3"} gives {@code "A gǔ"}).
     *
     * @throws IllegalArgumentException for a numbered token that is no syllable
     */
    public static String toneMarked(String word, String pinyin) {
        return String.join(" ", items(pinyin, itemsAsWritten(word)));
    }

    private static List<String> items(String pinyin, Set<String> asWritten) {
        List<String> items = new ArrayList<>();
        for (String written : pinyin.strip().split("\\s+", -1)) {
            // Punctuation written into the reading (the comma of 从群众中来，到群众中去) is no part of a syllable.
            String part = asWritten.contains(written.toLowerCase(Locale.ROOT)) ? written
                    : PUNCTUATION_AT_ENDS.matcher(written).replaceAll("");
            if (part.isEmpty()) {
                continue;
            }
            boolean numbered = !asWritten.contains(part.toLowerCase(Locale.ROOT)) && PinyinNotation.looksNumbered(part);
            items.add(numbered ? PinyinNotation.tokenToToneMarks(part) : part);
        }
        return items;
    }

    /** The runs of other characters in {@code word} (letters, digits, symbols), lower-cased. */
    private static Set<String> itemsAsWritten(String word) {
        Set<String> items = new HashSet<>();
        for (String run : word.split("[\\p{IsHan}\\s]+", -1)) {
            if (!run.isEmpty()) {
                items.add(run.toLowerCase(Locale.ROOT));
            }
        }
        return items;
    }

    /** Reads a bundled TSV resource next to this class: lines split at tabs, blank lines and # comments skipped. */
    static List<String[]> readTable(String resource, int columns) {
        try (InputStream in = PinyinSyllables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns + " columns");
                }
                for (int i = 0; i < row.length; i++) {
                    row[i] = row[i].strip();
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The word → syllables table of a two-column override resource. */
    static Map<String, String[]> readOverrides(String resource) {
        Map<String, String[]> overrides = new LinkedHashMap<>();
        for (String[] row : readTable(resource, 2)) {
            if (overrides.put(row[0], parse(row[0], row[1])) != null) {
                throw new IllegalStateException(resource + ": " + row[0] + " listed twice");
            }
        }
        return overrides;
    }
}
