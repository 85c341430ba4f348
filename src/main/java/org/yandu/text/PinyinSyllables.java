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
import java.util.Locale;
import java.util.Map;

/** Parsing of pinyin written by people: override files and readings handed in by the glossary. */
final class PinyinSyllables {
    private static final String VOWELS = "aeiouü";
    private static final String[] MARKED = {"āáǎà", "ēéěè", "īíǐì", "ōóǒò", "ūúǔù", "ǖǘǚǜ"};

    private PinyinSyllables() {
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Number of Chinese characters (code points) in {@code word}. */
    static int hanCount(String word) {
        return (int) word.codePoints().filter(PinyinSyllables::isHan).count();
    }

    /**
     * The syllables of {@code pinyin} for {@code word}, tone numbers turned into marks.
     *
     * @throws IllegalArgumentException when there is not exactly one syllable per Chinese character
     */
    static String[] parse(String word, String pinyin) {
        String[] parts = pinyin.strip().split("\\s+");
        int han = hanCount(word);
        if (han == 0 || pinyin.isBlank() || parts.length != han) {
            throw new IllegalArgumentException("\"" + pinyin + "\" is not one syllable per character of \"" + word
                    + "\" (" + han + " characters)");
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = toMarked(parts[i]);
        }
        return parts;
    }

    /** {@code wei4} → {@code wèi}, {@code lu:4}/{@code lv4} → {@code lǜ}, {@code de5} → {@code de}; marked stays. */
    static String toMarked(String syllable) {
        String s = syllable.replace("u:", "ü").replace("v", "ü").replace("U:", "Ü").replace("V", "Ü");
        char last = s.charAt(s.length() - 1);
        if (last < '0' || last > '5') {
            return s;
        }
        int tone = last - '0';
        String bare = s.substring(0, s.length() - 1);
        if (tone == 0 || tone == 5 || bare.isEmpty()) {
            return bare;
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        int at = markPosition(lower);
        if (at < 0) {
            throw new IllegalArgumentException("no vowel in pinyin syllable \"" + syllable + "\"");
        }
        char vowel = lower.charAt(at);
        char marked = MARKED[VOWELS.indexOf(vowel)].charAt(tone - 1);
        if (Character.isUpperCase(bare.charAt(at))) {
            marked = Character.toUpperCase(marked);
        }
        return bare.substring(0, at) + marked + bare.substring(at + 1);
    }

    /** The standard rule: a or e takes the mark, else the o of ou, else the last vowel. */
    private static int markPosition(String lower) {
        int a = lower.indexOf('a');
        if (a >= 0) {
            return a;
        }
        int e = lower.indexOf('e');
        if (e >= 0) {
            return e;
        }
        int ou = lower.indexOf("ou");
        if (ou >= 0) {
            return ou;
        }
        for (int i = lower.length() - 1; i >= 0; i--) {
            if (VOWELS.indexOf(lower.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
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
