package org.yandu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * 一 and 不 as dictionaries print them and as a reader says them (issue #15), each checked inside its sentence so that
 * the next syllable and the word boundaries are real: the table {@code sandhi.tsv}.
 */
class ToneSandhiTest {

    @ParameterizedTest(name = "{1} in {0}")
    @CsvFileSource(resources = "sandhi.tsv", delimiter = '\t')
    void oneAndNotAreReadInCitationTonesOrAsSpoken(String sentence, String word, String citation, String spoken) {
        assertEquals(citation, reading(sentence, word, Tones.CITATION), "citation tones");
        assertEquals(spoken, reading(sentence, word, Tones.SPOKEN), "as spoken");
    }

    @Test
    void onlyOneAndNotChangeAndCitationIsTheDefault() {
        int changed = 0;
        for (String paragraph : Speeches.paragraphs()) {
            List<String> citation = SharedText.TEXT.pinyinSyllables(paragraph, Tones.CITATION);
            List<String> spoken = SharedText.TEXT.pinyinSyllables(paragraph, Tones.SPOKEN);
            assertEquals(citation, SharedText.TEXT.pinyinSyllables(paragraph), "citation tones by default");
            for (int i = 0; i < paragraph.length(); i++) {
                if (!Objects.equals(citation.get(i), spoken.get(i))) {
                    changed++;
                    char c = paragraph.charAt(i);
                    assertTrue(c == '一' || c == '不', c + " changed its reading in " + paragraph);
                }
            }
        }
        // 一 and 不 occur about 1,500 times in the speeches, before a fourth tone or (一) another tone mostly.
        assertTrue(changed > 1000, changed + " readings changed");
    }

    private static String reading(String sentence, String word, Tones tones) {
        int at = sentence.indexOf(word);
        assertTrue(at >= 0, word + " is in the sentence");
        return SharedText.TEXT.pinyinSyllables(sentence, tones).subList(at, at + word.length()).stream()
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
