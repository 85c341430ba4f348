package org.yandu.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsing of pinyin written by people: override files and readings handed in by the glossary. */
final class PinyinSyllables {
    private PinyinSyllables() {
    }

    /**
     * The syllables of {@code pinyin} for {@code word}, tone numbers turned into marks.
     *
     * @throws IllegalArgumentException when there is not exactly one syllable per Chinese character
     */
    static String[] parse(String word, String pinyin) {
        String[] parts = pinyin.strip().split("\\s+");
        int han = PinyinNotation.hanCount(word);
        if (han == 0 || pinyin.isBlank() || parts.length != han) {
            throw new IllegalArgumentException("\"" + pinyin + "\" is not one syllable per character of \"" + word
                    + "\" (" + han + " characters)");
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = PinyinNotation.looksNumbered(parts[i]) ? PinyinNotation.tokenToToneMarks(parts[i]) : parts[i];
        }
        return parts;
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
