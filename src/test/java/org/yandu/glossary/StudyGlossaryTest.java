package org.yandu.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yandu.BundledLibrary;

/** The shipped study glossary, loaded from the classpath as the app does. */
class StudyGlossaryTest {
    private static final Path SPEECHES = BundledLibrary.speeches();
    private static final Pattern TONE_NUMBER = Pattern.compile("[0-9]");
    private static final Pattern MARKED_VOWEL = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]");

    private static List<GlossaryEntry> glossary;

    @BeforeAll
    static void load() {
        glossary = StudyGlossary.load();
    }

    private static GlossaryEntry entry(String term) {
        return glossary.stream().filter(e -> e.term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError(term + " missing from the study glossary"));
    }

    @Test
    void loadsCleanlyWithAtLeast150Terms() {
        assertTrue(glossary.size() >= 150, "only " + glossary.size() + " terms");
        for (GlossaryEntry e : glossary) {
            assertEquals(GlossarySource.STUDY, e.source());
            assertNotNull(e.explanation(), e.term());
            assertNotNull(e.english(), e.term());
            assertNull(e.traditional(), e.term());
            assertFalse(e.tags().isEmpty(), e.term() + " has no tags");
        }
    }

    @Test
    void noDuplicateTerms() {
        Set<String> seen = new HashSet<>();
        List<String> dups = glossary.stream().map(GlossaryEntry::term).filter(t -> !seen.add(t)).toList();
        assertEquals(List.of(), dups);
    }

    /** Checked here independently of the loader's own check. */
    @Test
    void everyPinyinHasToneMarksAndOneSyllablePerCharacter() {
        List<String> bad = new ArrayList<>();
        for (GlossaryEntry e : glossary) {
            String p = e.pinyin();
            String[] tokens = p.split(" ");
            List<String> syllables = Stream.of(tokens)
                    .map(t -> t.replaceAll("[,;]$", ""))
                    .filter(t -> !t.isEmpty())
                    .toList();
            long han = e.term().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count();
            if (TONE_NUMBER.matcher(p).find()) {
                bad.add(e.term() + ": tone number in " + p);
            } else if (!MARKED_VOWEL.matcher(Normalizer.normalize(p, Normalizer.Form.NFC)).find()) {
                bad.add(e.term() + ": no tone mark in " + p);
            } else if (syllables.size() != han) {
                bad.add(e.term() + ": " + syllables.size() + " syllables for " + han + " characters: " + p);
            } else if (syllables.stream()
                    .anyMatch(s -> !s.matches("[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêĀÁǍÀĒÉĚÈŌÓǑÒ]+"))) {
                bad.add(e.term() + ": stray characters in " + p);
            } else {
                for (String s : syllables) {
                    if (MARKED_VOWEL.matcher(s).results().count() > 1) {
                        bad.add(e.term() + ": two tone marks in " + s);
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void keyTermsHaveTheRightReading() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("为人民服务", "wèi rén mín fú wù"),
                Map.entry("全心全意为人民服务", "quán xīn quán yì wèi rén mín fú wù"),
                Map.entry("群众路线", "qún zhòng lù xiàn"),
                Map.entry("四风", "sì fēng"),
                Map.entry("八项规定", "bā xiàng guī dìng"),
                Map.entry("为民务实清廉", "wèi mín wù shí qīng lián"),
                Map.entry("三严三实", "sān yán sān shí"),
                Map.entry("中国梦", "Zhōng guó mèng"),
                Map.entry("执政为民", "zhí zhèng wèi mín"),
                Map.entry("血肉联系", "xuè ròu lián xì"),
                Map.entry("从群众中来，到群众中去", "cóng qún zhòng zhōng lái, dào qún zhòng zhōng qù"),
                Map.entry("实事求是", "shí shì qiú shì"),
                Map.entry("以人民为中心", "yǐ rén mín wéi zhōng xīn"),
                Map.entry("民主集中制", "mín zhǔ jí zhōng zhì"),
                Map.entry("照镜子、正衣冠、洗洗澡、治治病", "zhào jìng zi, zhèng yī guān, xǐ xǐ zǎo, zhì zhì bìng"),
                Map.entry("权为民所用、情为民所系、利为民所谋", "quán wéi mín suǒ yòng, qíng wéi mín suǒ xì, lì wéi mín suǒ móu"),
                Map.entry("排忧解难", "pái yōu jiě nàn"),
                Map.entry("参与权", "cān yù quán"));
        expected.forEach((term, pinyin) -> assertEquals(pinyin, entry(term).pinyin(), term));
        for (String t : List.of("批评与自我批评", "小康社会", "四个全面", "两个一百年", "党风廉政建设", "马克思主义群众观",
                "生命线", "鱼水关系", "公仆", "政绩观", "调查研究", "党的群众路线教育实践活动")) {
            entry(t);
        }
        assertEquals("2013年 党的群众路线教育实践活动", entry("四风").origin());
        assertEquals(List.of("作风建设", "四风"), entry("四风").tags());
    }

    @Test
    void mostTermsOccurInTheBundledSpeeches() throws IOException {
        String corpus;
        try (Stream<Path> files = Files.list(SPEECHES)) {
            List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertFalse(txt.isEmpty(), "no speeches in " + SPEECHES.toAbsolutePath());
            StringBuilder sb = new StringBuilder();
            for (Path p : txt) {
                sb.append(decode(Files.readAllBytes(p))).append('\n');
            }
            corpus = fold(sb.toString());
        }
        List<String> found = glossary.stream().map(GlossaryEntry::term).filter(t -> corpus.contains(fold(t))).toList();
        System.out.printf("study glossary: %d terms, %d occur in the bundled speeches%n", glossary.size(),
                found.size());
        assertTrue(found.size() >= 100, "only " + found.size() + " glossary terms occur in the speeches");
        assertTrue(found.size() * 2 >= glossary.size(), "fewer than half the terms occur in the speeches");
    }

    /** Whitespace removed and every punctuation mark, full or half width, made the same. */
    private static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || c == '\u3000') {
                return;
            }
            int type = Character.getType(c);
            boolean punct = type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
            sb.appendCodePoint(punct ? '，' : c);
        });
        return sb.toString();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    // ------------------------------------------------------------ the loader on bad input

    private static final String HEADER = "term\tpinyin\texplanation\tenglish\torigin\ttags\n";

    private static GlossaryFormatException failure(String body) {
        return assertThrows(GlossaryFormatException.class,
                () -> StudyGlossary.read(new StringReader(HEADER + body), "test.tsv"));
    }

    @Test
    void readsAWellFormedLine() throws IOException {
        List<GlossaryEntry> list = StudyGlossary.read(new StringReader(
                "\uFEFF" + HEADER + "群众路线\tqún zhòng lù xiàn\t解释\tthe mass line\t\t群众路线;方法\n\n"), "test.tsv");
        assertEquals(1, list.size());
        GlossaryEntry e = list.get(0);
        assertNull(e.origin());
        assertEquals(List.of("群众路线", "方法"), e.tags());
    }

    @Test
    void malformedLinesAreBugsNamedByLine() {
        String ok = "群众路线\tqún zhòng lù xiàn\t解释\tthe mass line\t\t群众路线\n";
        GlossaryFormatException e = failure(ok + "四风\tsì fēng\t解释\tfour styles\t\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("test.tsv line 3: expected 6 tab-separated fields, found 5"),
                e.getMessage());

        assertTrue(failure("四风\tsi4 feng1\t解释\tx\t\t标签\n").getMessage().contains("no tone marks"));
        assertTrue(failure("四风\tsì fēng fēng\t解释\tx\t\t标签\n").getMessage().contains("3 syllables for 2 characters"));
        assertTrue(failure("四风\tsì fēngg\t解释\tx\t\t标签\n").getMessage().contains("not a pinyin syllable"));
        assertTrue(failure("四风\tsì\u0301 fēng\t解释\tx\t\t标签\n").getMessage().contains("more than one tone mark"));
        assertTrue(failure("四风\tsì fēng\t\tx\t\t标签\n").getMessage().contains("missing Chinese explanation"));
        assertTrue(failure("四风\tsì fēng\t解释\t\t\t标签\n").getMessage().contains("missing English gloss"));
        assertTrue(failure("四风\tsì fēng\t解释\tx\t\t标签;\n").getMessage().contains("empty tag"));
        assertTrue(failure("四风 \tsì fēng\t解释\tx\t\t标签\n").getMessage().contains("surrounding whitespace"));
        GlossaryFormatException dup = failure(ok + ok);
        assertEquals(3, dup.line());
        assertTrue(dup.getMessage().contains("duplicate term 群众路线 (first on line 2)"));
        GlossaryFormatException header = assertThrows(GlossaryFormatException.class,
                () -> StudyGlossary.read(new StringReader("term\tpinyin\n"), "test.tsv"));
        assertEquals(1, header.line());
    }

    @Test
    void theShippedFileIsTheSourceFile() throws IOException {
        // The jar's copy comes from data/glossary; make sure the source file is the one loaded.
        Path source = Path.of("data/glossary/study-glossary.tsv");
        if (Files.exists(source)) {
            try (var r = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
                List<String> terms = StudyGlossary.read(r, source.toString()).stream()
                        .map(GlossaryEntry::term).toList();
                assertEquals(terms, glossary.stream().map(GlossaryEntry::term).collect(Collectors.toList()));
            }
        }
    }
}
