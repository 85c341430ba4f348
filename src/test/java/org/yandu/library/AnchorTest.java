package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorTest {
    private static final String P1 = "群众路线是我们党的生命线和根本工作路线，密切联系群众是巩固党的执政地位的根本保证。";
    private static final String P2 = "树立“鱼水相依”的感情观，真心实意热爱群众。对人民群众的感情，直接检验党员干部人生境界的高低。";

    /** Where the quote of {@code text[start, end)} lands in {@code now}, as the marked text. */
    private static String land(String text, int start, int end, List<String> now, int hint) {
        Anchor.Place place = Anchor.locate(now, text.substring(start, end), Anchor.prefixOf(text, start),
                Anchor.suffixOf(text, end), hint);
        return place == null ? null : place.paragraph() + ":" + now.get(place.paragraph()).substring(place.start(), place.end());
    }

    @Test
    void unchangedTextKeepsThePlace() {
        int at = P2.indexOf("真心实意");
        Anchor.Place place = Anchor.locate(List.of(P1, P2), "真心实意", Anchor.prefixOf(P2, at), Anchor.suffixOf(P2, at + 4), 1);
        assertEquals(new Anchor.Place(1, at, at + 4), place);
    }

    @Test
    void textInsertedBeforeTheHighlightMovesItWithItsWords() {
        int at = P1.indexOf("生命线");
        String edited = "我们常说，" + P1;
        Anchor.Place place = Anchor.locate(List.of(edited, P2), "生命线", Anchor.prefixOf(P1, at),
                Anchor.suffixOf(P1, at + 3), 0);
        assertEquals(new Anchor.Place(0, at + 5, at + 8), place);
    }

    @Test
    void punctuationWidthChangedInsideTheQuote() {
        int start = P2.indexOf("感情观，真心");
        String halfWidth = P2.replace("，", ",");
        assertEquals("0:感情观,真心", land(P2, start, start + 6, List.of(halfWidth), 0));
    }

    @Test
    void aParagraphSplitInTwoKeepsTheHighlightOnItsWords() {
        int start = P2.indexOf("直接检验");
        List<String> split = List.of(P2.substring(0, P2.indexOf("对人民")), P2.substring(P2.indexOf("对人民")));
        assertEquals("1:直接检验", land(P2, start, start + 4, split, 0));
        int across = P2.indexOf("热爱群众。对人");
        assertEquals("0:热爱群众。", land(P2, across, across + 7, split, 0));
    }

    @Test
    void aRepeatedQuoteIsChosenByTheTextAroundIt() {
        String text = "依靠群众，服务群众，相信群众。";
        int second = text.indexOf("群众", text.indexOf("群众") + 1);
        Anchor.Place place = Anchor.locate(List.of("前言。" + text), "群众", Anchor.prefixOf(text, second),
                Anchor.suffixOf(text, second + 2), 0);
        assertEquals(second + 3, place.start());
    }

    @Test
    void wordsInsertedInsideALongQuoteStillFindIt() {
        int start = P1.indexOf("密切联系群众");
        String quoteEnd = "根本保证";
        int end = P1.indexOf(quoteEnd) + quoteEnd.length();
        String edited = P1.replace("巩固党的执政地位", "巩固和加强党的执政地位");
        assertEquals("0:密切联系群众是巩固和加强党的执政地位的根本保证", land(P1, start, end, List.of(edited), 0));
    }

    @Test
    void wordsThatAreGoneCannotBePlaced() {
        int start = P1.indexOf("生命线");
        assertNull(land(P1, start, start + 3, List.of(P2), 0));
    }
}
