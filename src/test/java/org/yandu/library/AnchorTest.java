package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorTest {
    private static final String P1 = "群众路线是我们党的生命线和根本工作路线，密切联系群众是巩固党的执政地位的根本保证。";
    private static final String P2 = "树立“鱼水相依”的感情观，真心实意热爱群众。对人民群众的感情，直接检验党员干部人生境界的高低。";

    /**
     * Where the quote of {@code text[start, end)}, on paragraph {@code hint} before, lands in {@code now}: the
     * marked text after its paragraph's index, with "?" before it when only suggested.
     */
    private static String land(String text, int start, int end, List<String> now, int hint) {
        Anchor.Found found = Anchor.locate(now, text.substring(start, end), Anchor.prefixOf(text, start),
                Anchor.suffixOf(text, end), hint);
        if (found == null) {
            return null;
        }
        Anchor.Place place = found.place();
        return (found.sure() ? "" : "?") + place.paragraph() + ":"
                + now.get(place.paragraph()).substring(place.start(), place.end());
    }

    private static Anchor.Place sure(Anchor.Found found) {
        assertTrue(found.sure(), () -> found + " is only suggested");
        return found.place();
    }

    @Test
    void unchangedTextKeepsThePlace() {
        int at = P2.indexOf("真心实意");
        Anchor.Found found = Anchor.locate(List.of(P1, P2), "真心实意", Anchor.prefixOf(P2, at),
                Anchor.suffixOf(P2, at + 4), 1);
        assertEquals(new Anchor.Place(1, at, at + 4), sure(found));
    }

    @Test
    void textInsertedBeforeTheHighlightMovesItWithItsWords() {
        int at = P1.indexOf("生命线");
        String edited = "我们常说，" + P1;
        Anchor.Found found = Anchor.locate(List.of(edited, P2), "生命线", Anchor.prefixOf(P1, at),
                Anchor.suffixOf(P1, at + 3), 0);
        assertEquals(new Anchor.Place(0, at + 5, at + 8), sure(found));
    }

    @Test
    void punctuationWidthChangedInsideTheQuote() {
        int start = P2.indexOf("感情观，真心");
        String halfWidth = P2.replace("，", ",");
        assertEquals("0:感情观,真心", land(P2, start, start + 6, List.of(halfWidth), 0));
    }

    @Test
    void aParagraphSplitInTwoKeepsTheHighlightOnItsWordsAndOnlySuggestsOneCutInTwo() {
        int start = P2.indexOf("直接检验");
        List<String> split = List.of(P2.substring(0, P2.indexOf("对人民")), P2.substring(P2.indexOf("对人民")));
        assertEquals("1:直接检验", land(P2, start, start + 4, split, 0));
        int across = P2.indexOf("热爱群众。对人");
        assertEquals("?0:热爱群众。", land(P2, across, across + 7, split, 0));
    }

    @Test
    void aNoteOnAWholeParagraphThatWasSplitIsOnlySuggestedOnItsLongerPart() {
        int cut = P2.indexOf("对人民");
        List<String> split = List.of(P2.substring(0, cut), P2.substring(cut));
        assertEquals("?1:" + P2.substring(cut), land(P2, 0, P2.length(), split, 0));
    }

    @Test
    void aShortQuoteWhoseParagraphWasDeletedIsOnlySuggestedWhereTheSameWordsStandElsewhere() {
        String gone = "我们要始终把人民群众放在心中最高位置。";
        String other = "前言。";
        String far = "这些年来，广大人民群众的获得感显著增强。";
        List<String> before = List.of(other, "第二段。", "第三段。", gone, "第五段。", far);
        int at = gone.indexOf("人民群众");
        List<String> now = List.of(other, "第二段。", "第三段。", "第五段。", far);
        assertEquals("?4:人民群众", land(gone, at, at + 4, now, before.indexOf(gone)));
    }

    @Test
    void aShortQuoteWithItsSurroundingsIsPlacedWhereverItsParagraphWent() {
        String moved = "我们要始终把人民群众放在心中最高位置。";
        int at = moved.indexOf("人民群众");
        List<String> now = List.of("新的一段。", "又一段。", "再一段。", "第四段。", moved);
        assertEquals("4:人民群众", land(moved, at, at + 4, now, 0));
    }

    @Test
    void aShortQuoteWhoseSurroundingsWereRewrittenStaysWhereItWas() {
        String text = "我们要始终把人民群众放在心中最高位置。";
        int at = text.indexOf("人民群众");
        String rewritten = "必须始终将人民群众摆在心中最高的位置上。";
        assertEquals("1:人民群众", land(text, at, at + 4, List.of("前言。", rewritten), 1));
    }

    @Test
    void aLongQuoteIsItsOwnProofWhereverItIsFound() {
        String sentence = "密切联系群众是巩固党的执政地位的根本保证";
        String text = "开头的话。" + sentence + "。";
        int at = text.indexOf(sentence);
        String elsewhere = "另一段里说，" + sentence + "，这是结论。";
        assertEquals("3:" + sentence, land(text, at, at + sentence.length(), List.of("一。", "二。", "三。", elsewhere), 0));
    }

    @Test
    void aRepeatedQuoteIsChosenByTheTextAroundIt() {
        String text = "依靠群众，服务群众，相信群众。";
        int second = text.indexOf("群众", text.indexOf("群众") + 1);
        Anchor.Found found = Anchor.locate(List.of("前言。" + text), "群众", Anchor.prefixOf(text, second),
                Anchor.suffixOf(text, second + 2), 0);
        assertEquals(second + 3, sure(found).start());
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
