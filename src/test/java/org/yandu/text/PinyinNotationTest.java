package org.yandu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinyinNotationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "lu:2|lǘ",
        "lv2|lǘ",
        "lü2|lǘ",
        "nu:3|nǚ",
        "nv3|nǚ",
        "lu:e4|lüè",
        "Lu:3|Lǚ",
        "guo2|guó",
        "xiao3|xiǎo",
        "er2|ér",
        "Zhong1 guo2|Zhōng guó",
        "ma5|ma",
        "de5|de",
        "hao3|hǎo",
        "gou3|gǒu",
        "liu4|liù",
        "gui3|guǐ",
        "shui3|shuǐ",
        "xue2|xué",
        "yue4|yuè",
        "jiong3|jiǒng",
        "ai4|ài",
        "Ai4|Ài",
        "E2|É",
        "Ou1 zhou1|Ōu zhōu",
        "an1|ān",
        "zhi1|zhī",
        "m2|ḿ",
        "n2|ń",
        "ng3|ňg",
        "hm5|hm",
        "r5|r",
        "xx5|xx",
        "yi1 bu4 zuo4 , er4 bu4 xiu1|yī bù zuò , èr bù xiū",
        "Ya4 li4 shan1 da4 · Du4 bu4 qie1 ke4|Yà lì shān dà · Dù bù qiē kè",
        "san1 C|sān C",
        "4S dian4|4S diàn",
        "A A zhi4|A A zhì",
        "chuan2  tong3|chuán tǒng",
    })
    void numberedToToneMarks(String numbered, String marked) {
        assertEquals(marked, PinyinNotation.toToneMarks(numbered));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ma6", "ma0", "zh3", "qqq1", "abc2", "r4", "传统", "lu::3", ":u3", "ma1?"})
    void badTokensAreRejected(String token) {
        PinyinNotation.BadPinyinException e = assertThrows(PinyinNotation.BadPinyinException.class,
                () -> PinyinNotation.toToneMarks(token));
        assertEquals(token, e.token());
    }

    @Test
    void checksToneMarkedSyllables() {
        assertNull(PinyinNotation.checkToneMarkedSyllable("lǘ"));
        assertNull(PinyinNotation.checkToneMarkedSyllable("Zhōng"));
        assertNull(PinyinNotation.checkToneMarkedSyllable("zi"));
        assertNull(PinyinNotation.checkToneMarkedSyllable("nüè"));
        assertTrue(PinyinNotation.checkToneMarkedSyllable("qun2").contains("tone number"));
        assertTrue(PinyinNotation.checkToneMarkedSyllable("zhòngg").contains("not a pinyin syllable"));
        assertTrue(PinyinNotation.checkToneMarkedSyllable("zhóng\u0300").contains("more than one"));
    }

    @Test
    void toneOfASyllable() {
        assertEquals(1, PinyinNotation.tone("yī"));
        assertEquals(2, PinyinNotation.tone("bú"));
        assertEquals(3, PinyinNotation.tone("lǚ"));
        assertEquals(4, PinyinNotation.tone("Lǜ"));
        assertEquals(4, PinyinNotation.tone("gè"));
        assertEquals(0, PinyinNotation.tone("de"));
    }

    @Test
    void syllablesDropPunctuation() {
        assertEquals(List.of("zhào", "jìng", "zi", "zhèng", "yī", "guān"),
                PinyinNotation.syllables("zhào jìng zi, zhèng yī guān"));
        assertEquals(List.of(), PinyinNotation.syllables(""));
        assertEquals(2, PinyinNotation.hanCount("AA制度"));
    }
}
