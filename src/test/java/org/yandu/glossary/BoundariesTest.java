package org.yandu.glossary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.yandu.text.ChineseText;
import org.yandu.text.Token;

/** Word boundaries in sentences of the speeches, with the study glossary's terms as the window segments them. */
class BoundariesTest {
    private static final ChineseText TEXT = withStudyTerms();

    private static ChineseText withStudyTerms() {
        ChineseText text = ChineseText.load();
        text.addTerms(StudyGlossary.load().stream().map(GlossaryEntry::term).toList());
        return text;
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvFileSource(resources = "boundaries.tsv", delimiter = '\t')
    void theWordsOfASentenceAreTheOnesItMeans(String sentence, String words) {
        String segmented = "/" + TEXT.segment(sentence).stream().map(Token::text).collect(Collectors.joining("/"))
                + "/";
        assertTrue(segmented.contains("/" + words + "/"), words + " in " + segmented);
    }
}
