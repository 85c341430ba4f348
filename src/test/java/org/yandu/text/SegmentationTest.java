package org.yandu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Custom terms against real sentences of the bundled speeches. */
class SegmentationTest {
    private static final String SEPARATOR = "[、，, \u3000]";

    /** {@code term} as a pattern: its own separators may be written as any separator (、，, or a space). */
    private static String pattern(String term) {
        StringBuilder pattern = new StringBuilder();
        for (String c : term.split("")) {
            pattern.append(TermKey.of(c).equals("，") ? SEPARATOR : java.util.regex.Pattern.quote(c));
        }
        return pattern.toString();
    }

    /** Sentences of the speeches holding {@code term}, its separators written as any separator. */
    private static List<String> sentencesWith(String term) {
        String pattern = ".*" + pattern(term) + ".*";
        return Speeches.sentences().stream().filter(s -> s.matches(pattern)).toList();
    }

    /** Occurrences of {@code term} in {@code sentence} as [start, end) pairs. */
    private static List<int[]> occurrences(String sentence, String term) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern(term)).matcher(sentence);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    /** Whether one custom-term token covers every occurrence of {@code term} in {@code sentence}. */
    private static void assertWhole(ChineseText text, String sentence, String term) {
        List<Token> tokens = text.segment(sentence);
        for (int[] occurrence : occurrences(sentence, term)) {
            Token covering = tokens.stream().filter(t -> t.contains(occurrence[0])).findFirst().orElseThrow();
            boolean whole = covering.start() <= occurrence[0] && covering.end() >= occurrence[1]
                    && covering.partOfSpeech().equals("nz");
            assertTrue(whole, term + " split in \"" + sentence + "\": " + tokens);
            if (covering.start() == occurrence[0] && covering.end() == occurrence[1]) {
                assertEquals(term, text.lookupForm(covering.text()));
            }
        }
    }

    private static boolean isOneToken(ChineseText text, String sentence, String term) {
        return text.segment(sentence).stream().anyMatch(t -> t.text().equals(term));
    }

    @ParameterizedTest
    @ValueSource(strings = {"群众路线", "为民务实清廉", "四风", "八项规定", "党的群众路线教育实践活动", "三严三实", "中国梦",
            "执政为民", "血肉联系", "从群众中来，到群众中去"})
    void builtInTermsStayWholeInSentencesOfTheSpeeches(String term) {
        List<String> sentences = sentencesWith(term);
        assertFalse(sentences.isEmpty(), "no sentence with " + term);
        for (String sentence : sentences) {
            assertWhole(SharedText.TEXT, sentence, term);
        }
    }

    @Test
    void aSloganWrittenWithEitherCommaIsOneTokenThatLooksUpAsTheTerm() {
        for (String written : List.of("从群众中来，到群众中去", "从群众中来,到群众中去")) {
            String sentence = Speeches.sentences().stream().filter(s -> s.contains(written)).findFirst().orElseThrow();
            Token token = SharedText.TEXT.segment(sentence).stream()
                    .filter(t -> t.text().equals(written)).findFirst().orElseThrow();
            assertEquals("nz", token.partOfSpeech());
            assertEquals("从群众中来，到群众中去", SharedText.TEXT.lookupForm(token.text()));
        }
    }

    @Test
    void aTermNeverGluesAcrossPunctuationItsFormHasNot() {
        ChineseText text = ChineseText.load();
        text.addTerms(List.of("群众工作", "党员干部"));
        for (String sentence : List.of("要关心群众、工作人员的困难", "广大党员、干部要带头")) {
            for (Token token : text.segment(sentence)) {
                assertTrue(token.length() == 1 || token.text().chars().noneMatch(c -> c == '、'),
                        token.text() + " glues across 、 in " + sentence);
            }
        }
    }

    @Test
    void termAddedIsWholeRightAfterAndRemovingItSplitsItAgain() {
        ChineseText text = ChineseText.load();
        for (String term : List.of("帮民解困", "以民为镜")) {
            List<String> sentences = sentencesWith(term);
            assertFalse(sentences.isEmpty(), "no sentence with " + term);
            for (String sentence : sentences) {
                assertFalse(isOneToken(text, sentence, term), term + " already whole in " + sentence);
            }
            text.addTerms(List.of(term));
            assertTrue(text.terms().contains(term));
            for (String sentence : sentences) {
                assertWhole(text, sentence, term);
            }
            assertTrue(text.removeTerm(term));
            assertFalse(text.removeTerm(term));
            for (String sentence : sentences) {
                assertFalse(isOneToken(text, sentence, term), term + " still whole in " + sentence);
            }
        }
    }

    @Test
    void termsOfLettersAndDigitsStayWholeButNeverCutAWordOfLettersOrDigits() {
        ChineseText text = ChineseText.load();
        text.addTerms(List.of("GDP", "5G", "x", "COVID-19", "2035年远景目标"));
        assertEquals(List.of("5G", "网络", "和", "COVID-19", "疫情"), words(text, "5G网络和COVID-19疫情"));
        assertTrue(words(text, "到2035年远景目标基本实现").contains("2035年远景目标"));
        assertTrue(words(text, "横轴x表示时间").contains("x"));
        List<String> latin = words(text, "GDPR不是GDP，box不是x，45G不是5G");
        assertEquals(1, latin.stream().filter("GDP"::equals).count(), latin.toString());
        assertEquals(1, latin.stream().filter("x"::equals).count(), latin.toString());
        assertEquals(1, latin.stream().filter("5G"::equals).count(), latin.toString());
        assertTrue(latin.contains("GDPR") && latin.contains("box"), latin.toString());
    }

    private static List<String> words(ChineseText text, String sentence) {
        return text.segment(sentence).stream().map(Token::text).toList();
    }

    @Test
    void builtInTermCanBeRemoved() {
        ChineseText text = ChineseText.load();
        String sentence = sentencesWith("血肉联系").get(0);
        assertTrue(isOneToken(text, sentence, "血肉联系"));
        assertTrue(text.removeTerm("血肉联系"));
        assertFalse(isOneToken(text, sentence, "血肉联系"));
        assertTrue(isOneToken(SharedText.TEXT, sentence, "血肉联系"), "removal leaked to another instance");
    }

    @Test
    void instancesDoNotShareCustomTerms() {
        ChineseText one = ChineseText.load();
        ChineseText other = ChineseText.load();
        String sentence = sentencesWith("以民为镜").get(0);
        one.addTerms(List.of("以民为镜"));
        assertTrue(isOneToken(one, sentence, "以民为镜"));
        assertFalse(isOneToken(other, sentence, "以民为镜"));
        assertFalse(isOneToken(SharedText.TEXT, sentence, "以民为镜"));
    }

    @Test
    void longestTermWinsAndBlankTermsAreIgnored() {
        ChineseText text = ChineseText.load();
        text.addTerms(List.of("群众", " ", ""));
        assertFalse(text.terms().contains(""));
        String sentence = sentencesWith("党的群众路线教育实践活动").get(0);
        assertWhole(text, sentence, "党的群众路线教育实践活动");
        assertTrue(isOneToken(text, "密切联系群众", "群众"));
    }

    @Test
    void termsMatchInTraditionalText() {
        String sentence = sentencesWith("群众路线").get(0);
        String traditional = SharedText.TEXT.toTraditional(sentence, TraditionalStandard.GENERAL);
        assertNotEquals(sentence, traditional);
        List<Token> tokens = SharedText.TEXT.segment(traditional);
        Token term = tokens.stream().filter(t -> t.partOfSpeech().equals("nz")
                && SharedText.TEXT.lookupForm(t.text()).equals("群众路线")).findFirst().orElseThrow();
        assertEquals(traditional.substring(term.start(), term.end()), term.text());
        assertEquals(List.of("黨", "同", "人民", "羣衆"), SharedText.TEXT.segment("黨同人民羣衆").stream()
                .map(Token::text).toList());
    }

    @Test
    void segmentingOnBackgroundThreadsWhileTermsAreAdded() throws Exception {
        ChineseText text = ChineseText.load();
        List<String> paragraphs = Speeches.paragraphs().stream().filter(p -> p.length() > 40).limit(60).toList();
        AtomicBoolean adding = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    started.countDown();
                    int rounds = 0;
                    while (adding.get() || rounds == 0) {
                        for (String paragraph : paragraphs) {
                            OffsetsTest.assertCovers(paragraph, text.segment(paragraph));
                        }
                        rounds++;
                    }
                    return rounds;
                }));
            }
            assertTrue(started.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 100; i++) {
                String paragraph = paragraphs.get(i % paragraphs.size());
                text.addTerms(List.of(paragraph.substring(10, 14)));
            }
            String term = "帮民解困";
            text.addTerms(List.of(term));
            assertWhole(text, sentencesWith(term).get(0), term);
            adding.set(false);
            for (Future<Integer> reader : readers) {
                assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndPunctuationOnlyText() {
        assertEquals(List.of(), SharedText.TEXT.segment(""));
        List<Token> tokens = SharedText.TEXT.segment("，。 ");
        OffsetsTest.assertCovers("，。 ", tokens);
        assertTrue(tokens.stream().noneMatch(Token::isWord));
        if (tokens.isEmpty()) {
            fail("no tokens");
        }
    }
}
