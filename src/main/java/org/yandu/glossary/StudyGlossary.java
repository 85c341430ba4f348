package org.yandu.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yandu.text.PinyinNotation;

/**
 * The built-in study glossary: Party and state political vocabulary met in the speeches, each term
 * with pinyin, a Chinese explanation, an English gloss, where known the year or document it dates
 * from, and topic tags.
 *
 * <p>The data is {@code data/glossary/study-glossary.tsv} in the source tree, packed into the jar
 * as {@value #RESOURCE}. It is UTF-8, tab-separated, with the header line
 * {@code term pinyin explanation english origin tags} and one term per line; tags are separated by
 * {@code ;}, the origin may be empty. Pinyin has tone marks and one syllable per Han character of
 * the term (punctuation between clauses may follow a syllable: {@code zi, zhèng}).
 *
 * <p>The file is Yandu's own, so a malformed line is a bug: loading fails with a
 * {@link GlossaryFormatException} naming the line rather than skipping it.
 */
public final class StudyGlossary {

    /** Classpath location of the glossary. */
    public static final String RESOURCE = "/org/yandu/glossary/study-glossary.tsv";

    /** The expected header columns, in order. */
    public static final List<String> COLUMNS = List.of("term", "pinyin", "explanation", "english", "origin", "tags");

    private StudyGlossary() {
    }

    /**
     * Loads the glossary from the classpath.
     *
     * @throws GlossaryFormatException if a line is malformed
     * @throws IllegalStateException if the resource is missing from the classpath
     */
    public static List<GlossaryEntry> load() {
        InputStream in = StudyGlossary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the study glossary " + RESOURCE + " is missing from the classpath");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r, "study-glossary.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a glossary in the study-glossary format.
     *
     * @param name the file name used in error messages
     * @throws GlossaryFormatException for the first malformed line
     */
    public static List<GlossaryEntry> read(Reader reader, String name) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<GlossaryEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String line = in.readLine();
        if (line == null) {
            throw new GlossaryFormatException(name, 1, "empty file, expected the header line");
        }
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (!List.of(line.split("\t", -1)).equals(COLUMNS)) {
            throw new GlossaryFormatException(name, 1, "header must be " + String.join("<TAB>", COLUMNS));
        }
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            GlossaryEntry e = parse(line, name, lineNo);
            Integer first = seen.putIfAbsent(e.term(), lineNo);
            if (first != null) {
                throw new GlossaryFormatException(name, lineNo, "duplicate term " + e.term() + " (first on line "
                        + first + ")");
            }
            entries.add(e);
        }
        return List.copyOf(entries);
    }

    private static GlossaryEntry parse(String line, String name, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS.size()) {
            throw new GlossaryFormatException(name, lineNo,
                    "expected " + COLUMNS.size() + " tab-separated fields, found " + f.length);
        }
        for (int i = 0; i < f.length; i++) {
            if (!f[i].equals(f[i].strip())) {
                throw new GlossaryFormatException(name, lineNo, COLUMNS.get(i) + " has surrounding whitespace");
            }
        }
        String term = f[0];
        String pinyin = f[1];
        if (term.isEmpty()) {
            throw new GlossaryFormatException(name, lineNo, "missing term");
        }
        String problem = checkPinyin(term, pinyin);
        if (problem != null) {
            throw new GlossaryFormatException(name, lineNo, term + ": " + problem);
        }
        if (f[2].isEmpty()) {
            throw new GlossaryFormatException(name, lineNo, term + ": missing Chinese explanation");
        }
        if (f[3].isEmpty()) {
            throw new GlossaryFormatException(name, lineNo, term + ": missing English gloss");
        }
        List<String> tags = new ArrayList<>();
        if (!f[5].isEmpty()) {
            for (String t : f[5].split(";", -1)) {
                if (t.isBlank()) {
                    throw new GlossaryFormatException(name, lineNo, term + ": empty tag");
                }
                tags.add(t.strip());
            }
        }
        return GlossaryEntry.study(term, pinyin, f[2], f[3], f[4], tags);
    }

    /**
     * Checks a study term's pinyin: present, tone-marked, every syllable a pinyin syllable, one per
     * Han character. Returns {@code null} when fine, else the reason.
     */
    static @Nullable String checkPinyin(String term, String pinyin) {
        if (pinyin.isEmpty()) {
            return "missing pinyin";
        }
        if (!pinyin.equals(pinyin.strip()) || pinyin.contains("  ")) {
            return "pinyin syllables must be separated by single spaces";
        }
        if (!PinyinNotation.hasToneMark(pinyin)) {
            return "pinyin has no tone marks: " + pinyin;
        }
        List<String> syllables = PinyinNotation.syllables(pinyin);
        for (String s : syllables) {
            String bad = PinyinNotation.checkToneMarkedSyllable(s);
            if (bad != null) {
                return bad;
            }
        }
        int han = PinyinNotation.hanCount(term);
        if (syllables.size() != han) {
            return "pinyin has " + syllables.size() + " syllables for " + han + " characters";
        }
        return null;
    }
}
