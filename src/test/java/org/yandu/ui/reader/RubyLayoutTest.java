package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Break units: where a line of the ruby view may break, by the Chinese rules for punctuation. */
class RubyLayoutTest {
    private static final String CLOSING = "、，。；：？！）》」』”’…";
    private static final String OPENING = "（《「『“‘";

    @Test
    void closingPunctuationStaysWithTheWordBeforeIt() {
        List<String> units = units("我们", "、", "你们", "。", "他们", "，", "”", "好", "！");
        assertEquals(List.of("我们、", "你们。", "他们，”", "好！"), units);
    }

    @Test
    void openingPunctuationJoinsTheWordAfterIt() {
        List<String> units = units("他", "说", "：", "“", "「", "为", "人民", "服务", "」", "”", "（", "全文", "）");
        assertEquals(List.of("他", "说：", "“「为", "人民", "服务」”", "（全文）"), units);
    }

    @Test
    void noUnitOfALongParagraphBeginsWithClosingOrEndsWithOpeningPunctuation() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.addAll(List.of("《", "决定", "》", "指出", "、", "强调", "“", "以", "人民", "为", "中心", "”", "。"));
        }
        List<String> units = units(words.toArray(String[]::new));
        assertEquals(String.join("", words), String.join("", units), "nothing lost or reordered");
        for (String unit : units) {
            assertFalse(CLOSING.indexOf(unit.charAt(0)) >= 0, "a line could begin with " + unit);
            assertFalse(OPENING.indexOf(unit.charAt(unit.length() - 1)) >= 0, "a line could end with " + unit);
        }
        assertTrue(units.contains("指出、"), units.toString());
    }

    @Test
    void aParagraphOpeningWithClosingPunctuationKeepsItAsItsFirstUnit() {
        assertEquals(List.of("。。", "好"), units("。", "。", "好"));
        assertEquals(List.of(), units());
    }

    @Test
    void theTwoHalvesOfAnEllipsisOrADashStayTogether() {
        assertEquals(List.of("等等……", "然后——", "结束"), units("等等", "…", "…", "然后", "—", "—", "结束"));
    }

    /** The units of a paragraph made of {@code words}, each unit as its text. */
    private static List<String> units(String... words) {
        String text = String.join("", words);
        List<SpeechWords.Word> cuts = new ArrayList<>();
        int at = 0;
        for (String word : words) {
            cuts.add(new SpeechWords.Word(at, at + word.length()));
            at += word.length();
        }
        return RubyLayout.breakUnits(RubyLayout.of(text, null, cuts)).stream().map(RubyLayout.BreakUnit::text)
                .toList();
    }
}
