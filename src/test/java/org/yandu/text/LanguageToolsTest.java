package org.yandu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synonyms, script conversion, keywords, phrases and summaries on the bundled speeches. */
class LanguageToolsTest {
    private static final String SPEECH_003 = Speeches.read("003_b8c356e83df67f8b.txt");

    @Test
    void synonymsOfACommonWordExcludeTheWord() {
        List<String> synonyms = SharedText.TEXT.synonyms("群众");
        assertFalse(synonyms.isEmpty());
        assertFalse(synonyms.contains("群众"));
        assertTrue(synonyms.contains("民众"), synonyms.toString());
        assertEquals(synonyms, SharedText.TEXT.synonyms("羣衆"), "traditional lookup");
        assertEquals(List.of(), SharedText.TEXT.synonyms("群众路线"));
        assertEquals(List.of(), SharedText.TEXT.synonyms(""));
    }

    @Test
    void sentenceRoundTripsThroughTraditional() {
        String sentence = "密切党同人民群众的血肉联系，为人民服务，坚持从群众中来、到群众中去。";
        assertTrue(Speeches.contain("密切党同人民群众的血肉联系"));
        String traditional = SharedText.TEXT.toTraditional(sentence, TraditionalStandard.GENERAL);
        assertNotEquals(sentence, traditional);
        assertTrue(traditional.contains("黨"), traditional);
        assertEquals(sentence, SharedText.TEXT.toSimplified(traditional));
        assertEquals(sentence, SharedText.TEXT.toSimplified(sentence), "simplified text is left alone");
    }

    @Test
    void traditionalTokensMapBackToTheirSimplifiedLookupForm() {
        String traditional = SharedText.TEXT.toTraditional("干部要密切联系群众", TraditionalStandard.GENERAL);
        List<Token> tokens = SharedText.TEXT.segment(traditional);
        List<String> forms = tokens.stream().map(t -> SharedText.TEXT.lookupForm(t.text())).toList();
        assertEquals(List.of("干部", "要", "密切联系", "群众"), forms);
        assertEquals("皇后", SharedText.TEXT.lookupForm(" 皇后 "));
        assertEquals("乾隆", SharedText.TEXT.lookupForm("乾隆"));
    }

    @Test
    void keywordsAreContentWordsWithTheCentralTerm() {
        List<String> keywords = SharedText.TEXT.keywords(SPEECH_003, 20);
        assertEquals(20, keywords.size());
        assertTrue(keywords.contains("群众"), keywords.toString());
        for (String keyword : keywords) {
            assertTrue(keyword.codePointCount(0, keyword.length()) >= 2, "single character: " + keyword);
            assertFalse(CoreStopWordDictionary.contains(keyword), "stop word: " + keyword);
            assertTrue(keyword.codePoints().allMatch(PinyinNotation::isHan), "not all Chinese: " + keyword);
            assertTrue(SPEECH_003.contains(keyword));
        }
        assertEquals(List.of(), SharedText.TEXT.keywords("", 5));
        assertEquals(List.of(), SharedText.TEXT.keywords(SPEECH_003, 0));
    }

    @Test
    void phrasesAreFrequentAndVerbatim() {
        List<String> phrases = SharedText.TEXT.phrases(SPEECH_003, 15);
        assertFalse(phrases.isEmpty());
        assertTrue(phrases.size() <= 15);
        for (String phrase : phrases) {
            int first = SPEECH_003.indexOf(phrase);
            assertTrue(first >= 0 && SPEECH_003.indexOf(phrase, first + 1) > 0, "not twice in the text: " + phrase);
        }
        assertTrue(phrases.contains("人民群众") || phrases.contains("群众工作"), phrases.toString());
    }

    @Test
    void summaryPicksWholeSentencesInOrder() {
        String summary = SharedText.TEXT.summary(SPEECH_003, 3);
        assertFalse(summary.isBlank());
        List<String> sentences = HanlpText.splitSentences(summary);
        assertEquals(3, sentences.size(), summary);
        int previous = -1;
        for (String sentence : sentences) {
            int at = SPEECH_003.indexOf(sentence);
            assertTrue(at > previous, "out of order or not in the text: " + sentence);
            previous = at;
        }
        assertEquals("", SharedText.TEXT.summary("", 3));
        assertEquals("为人民服务。", SharedText.TEXT.summary("为人民服务。", 3));
    }
}
