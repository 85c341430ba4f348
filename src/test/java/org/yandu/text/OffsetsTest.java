package org.yandu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens cover every text exactly, so that a click at any offset maps to one token. */
class OffsetsTest {

    static void assertCovers(String text, List<Token> tokens) {
        StringBuilder joined = new StringBuilder(text.length());
        int expectedStart = 0;
        for (Token token : tokens) {
            assertEquals(expectedStart, token.start(), () -> "gap or overlap before " + token + " in " + text);
            assertTrue(token.end() > token.start(), () -> "empty token " + token);
            assertEquals(text.substring(token.start(), token.end()), token.text());
            assertFalse(token.partOfSpeech().isEmpty());
            joined.append(token.text());
            expectedStart = token.end();
        }
        assertEquals(text.length(), expectedStart, () -> "tokens stop short of the end of " + text);
        assertEquals(text, joined.toString());
    }

    @Test
    void everyParagraphOfTheBundledSpeechesIsCoveredExactly() {
        int paragraphs = 0;
        for (String paragraph : Speeches.paragraphs()) {
            assertCovers(paragraph, SharedText.TEXT.segment(paragraph));
            paragraphs++;
        }
        assertTrue(paragraphs > 500, "only " + paragraphs + " paragraphs read");
    }

    @Test
    void wholeFilesWithTheirLineBreaksAreCoveredExactly() {
        for (Path file : Speeches.files()) {
            String text = Speeches.read(file);
            assertCovers(text, SharedText.TEXT.segment(text));
        }
    }

    @Test
    void traditionalMixedAndUnusualCharactersAreCovered() {
        String text = "黨的羣衆路線 ABC 3.5% 2013年１２月\t𠀀字\r\n「為人民服務」…… e-mail: a@b.cn";
        List<Token> tokens = SharedText.TEXT.segment(text);
        assertCovers(text, tokens);
        Token term = tokens.stream().filter(t -> t.partOfSpeech().equals("nz")).findFirst().orElseThrow();
        assertEquals("羣衆路線", term.text());
        assertEquals("群众路线", SharedText.TEXT.lookupForm(term.text()));
    }

    @Test
    void punctuationIsItsOwnTokenAndNoWord() {
        String text = "密切党同人民群众的血肉联系，为人民服务。";
        List<Token> tokens = SharedText.TEXT.segment(text);
        assertCovers(text, tokens);
        Token comma = tokens.stream().filter(t -> t.text().equals("，")).findFirst().orElseThrow();
        assertEquals("w", comma.partOfSpeech());
        assertFalse(comma.isWord());
        assertTrue(tokens.stream().filter(t -> t.text().equals("人民")).allMatch(Token::isWord));
        assertEquals(List.of("密切", "党", "同", "人民", "群众", "的", "血肉联系", "，", "为", "人民", "服务", "。"),
                tokens.stream().map(Token::text).toList());
    }
}
