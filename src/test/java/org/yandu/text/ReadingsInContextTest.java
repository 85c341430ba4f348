package org.yandu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Readings the speeches need, each checked inside its sentence so that segmentation and context are real: the
 * table {@code readings.tsv} (issue #15) lists the cases found wrong against pypinyin and CC-CEDICT.
 */
class ReadingsInContextTest {

    @ParameterizedTest(name = "{1} in {0}")
    @CsvFileSource(resources = "readings.tsv", delimiter = '\t')
    void aWordIsReadAsItIsMeantInItsSentence(String sentence, String word, String expected) {
        int at = sentence.indexOf(word);
        assertTrue(at >= 0, word + " is in the sentence");
        List<String> readings = SharedText.TEXT.pinyinSyllables(sentence).subList(at, at + word.length());
        assertEquals(expected, readings.stream().filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }
}
