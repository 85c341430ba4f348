package org.yandu.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinTest {

    @Test
    void servePeopleIsWei4() {
        assertEquals("wèi rén mín fú wù", SharedText.TEXT.pinyin("为人民服务"));
    }

    /**
     * Polyphones as the bundled speeches use them: each fragment is taken from the speeches, and the word's
     * reading is checked inside the fragment, so that segmentation and context are real.
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            全心全意为人民服务 | 为人民服务 | wèi rén mín fú wù
            真正做到权为民所用 | 权为民所用 | quán wéi mín suǒ yòng
            一定要永远以民为重 | 以民为重 | yǐ mín wéi zhòng
            以调查研究为基本手 | 为基本 | wéi jī běn
            努力成为工作的行家里手 | 行家里手 | háng jiā lǐ shǒu
            在行动上恪守本分 | 行动 | xíng dòng
            行动上同心同行 | 同心同行 | tóng xīn tóng xíng
            重新调整工作心态 | 重新调整 | chóng xīn tiáo zhěng
            做群众工作的新的重要含义 | 重要 | zhòng yào
            期盼着孩子们能成长得更好 | 盼着 | pàn zhe
            期盼着孩子们能成长得更好 | 成长得 | chéng zhǎng de
            在长期革命战争中 | 长期 | cháng qī
            怎样取得政绩 | 取得 | qǔ dé
            而不是像过去那样做得相反 | 做得相反 | zuò de xiāng fǎn
            进一步密切群众变得尤为重要 | 密切 | mì qiè
            进一步密切群众变得尤为重要 | 变得尤为 | biàn de yóu wéi
            党员领导干部必须强化群众 | 干部 | gàn bù
            也直接影响党群干群关系 | 干群 | gàn qún
            勇于胜利还要有敢闯新路的 | 还要 | hái yào
            更加有力地证明了人民是历史的 | 有力地证明了 | yǒu lì de zhèng míng le
            要及时深入了解群众实际生活 | 了解 | liǎo jiě
            而这个举国瞩目的大会 | 瞩目的 | zhǔ mù de
            认真地宣传他们 | 认真地 | rèn zhēn de
            土地革命时期 | 土地 | tǔ dì
            工作中要始终带着 | 带着 | dài zhe
            着力解决人民群众 | 着力 | zhuó lì
            能摸得着 | 摸得着 | mō de zháo
            任何时候都要把党和人民的 | 都要 | dōu yào
            成都全面 | 成都 | chéng dū
            强化协调统一 | 协调 | xié tiáo
            以调查研究为基本手 | 调查 | diào chá
            把教育群众与组织群 | 教育 | jiào yù
            处处依靠群众 | 处处 | chù chù
            让老百姓参与讨论处理意见 | 处理 | chǔ lǐ
            让老百姓参与讨论处理意见 | 参与 | cān yù
            多想想群众的难处 | 难处 | nán chù
            把群众的事当作大事来办 | 当作 | dàng zuò
            当前社会思想多元 | 当前 | dāng qián
            用好群众路线这一传家宝 | 传家宝 | chuán jiā bǎo
            与群众朝夕相处 | 朝夕相处 | zhāo xī xiāng chǔ
            始终相信和依靠群众 | 相信 | xiāng xìn
            数百万群众奔走在通 | 数百万 | shù bǎi wàn
            办了不少关系民生的好 | 不少 | bù shǎo
            更应该把党的群众路 | 应该 | yīng gāi
            回应群众关切 | 回应 | huí yìng
            防止形成党与群众之间无形的墙 | 之间 | zhī jiān
            一是心中有位置 | 心中 | xīn zhōng
            通过各种形式深入到群 | 各种 | gè zhǒng
            把实事好事办到群众心坎 | 好事 | hǎo shì
            循唯物史观的必然结果 | 结果 | jié guǒ
            善于运用说服教育 | 说服 | shuō fú
            人民是否满意是一切工 | 是否 | shì fǒu
            """)
    void polyphonesReadRightInTheirWords(String fragment, String word, String expected) {
        assertTrue(Speeches.contain(fragment), "not in the speeches: " + fragment);
        List<String> syllables = SharedText.TEXT.pinyinSyllables(fragment);
        int at = fragment.indexOf(word);
        assertTrue(at >= 0, word + " not in " + fragment);
        assertEquals(expected, String.join(" ", syllables.subList(at, at + word.length())),
                () -> "whole fragment read as " + SharedText.TEXT.pinyin(fragment));
    }

    @Test
    void overridesApplyToTheLongestWordAnywhereInTheText() {
        String text = "我们要全心全意为人民服务，以民为本。";
        assertEquals("wǒ men yào quán xīn quán yì wèi rén mín fú wù， yǐ mín wéi běn。", SharedText.TEXT.pinyin(text));
    }

    @Test
    void particlesAndSandhiFreeCitationTones() {
        assertEquals("rèn zhēn de xué xí， zuò de hǎo， gàn de shí。", SharedText.TEXT.pinyin("认真地学习，做得好，干得实。"));
        assertEquals("bù shì yī dìng yào", SharedText.TEXT.pinyin("不是一定要"));
    }

    @Test
    void nonChineseTextPassesThrough() {
        assertEquals("A gǔ， 2013 nián 3.5%", SharedText.TEXT.pinyin("A股，2013年 3.5%"));
        assertEquals("tā shuō：“wèi rén mín fú wù。”", SharedText.TEXT.pinyin("他说：“为人民服务。”"));
        assertEquals("", SharedText.TEXT.pinyin(""));
        assertEquals("hello world", SharedText.TEXT.pinyin("hello  world"));
    }

    @Test
    void syllablesAlignWithCharacters() {
        String text = "A股为人民，";
        List<String> syllables = SharedText.TEXT.pinyinSyllables(text);
        assertEquals(text.length(), syllables.size());
        assertNull(syllables.get(0));
        assertEquals("gǔ", syllables.get(1));
        assertEquals("wèi", syllables.get(2));
        assertNull(syllables.get(5));
    }

    @Test
    void traditionalTextReadsLikeSimplified() {
        assertEquals("wèi rén mín fú wù", SharedText.TEXT.pinyin("為人民服務"));
        assertEquals("dǎng de qún zhòng lù xiàn", SharedText.TEXT.pinyin("黨的羣衆路線"));
        assertEquals("gān jìng", SharedText.TEXT.pinyin("乾淨"));
        assertEquals("qián lóng", SharedText.TEXT.pinyin("乾隆"), "a name in simplified text stays itself");
    }

    @Test
    void suppliedPinyinWinsInItsOwnInstanceOnly() {
        ChineseText text = ChineseText.load();
        assertEquals("shēn rù liǎo jiě", text.pinyin("深入了解"));
        text.addPinyin("了解", "le5 jie3");
        assertEquals("shēn rù le jiě", text.pinyin("深入了解"));
        assertEquals("shēn rù liǎo jiě", SharedText.TEXT.pinyin("深入了解"));
        text.addPinyin("为人民服务", "wéi rén mín fú wù");
        assertEquals("quán xīn quán yì wéi rén mín fú wù", text.pinyin("全心全意为人民服务"));
        assertEquals("wèi rén mín fú wù", SharedText.TEXT.pinyin("为人民服务"));
    }

    @Test
    void suppliedPinyinMustFitTheWord() {
        ChineseText text = ChineseText.load();
        assertThrows(IllegalArgumentException.class, () -> text.addPinyin("行长", "hángzhǎng"));
        assertThrows(IllegalArgumentException.class, () -> text.addPinyin("行长", "háng zhǎng le"));
        assertThrows(IllegalArgumentException.class, () -> text.addPinyin("ABC", "a"));
    }

    @Test
    void punctuationWrittenIntoAReadingIsNoPartOfItsSyllables() {
        assertArrayEquals(new String[] {"cóng", "qún", "zhòng", "zhōng", "lái", "dào", "qún", "zhòng", "zhōng", "qù"},
                PinyinSyllables.parse("从群众中来，到群众中去", "cóng qún zhòng zhōng lái, dào qún zhòng zhōng qù"));
        assertArrayEquals(new String[] {"yī", "gè", "zhōng", "xīn", "liǎng", "gè", "jī", "běn", "diǎn"},
                PinyinSyllables.parse("一个中心、两个基本点", "yī gè zhōng xīn 、 liǎng gè jī běn diǎn。"));
        assertEquals("lái dào", PinyinSyllables.toneMarked("来，到", "lai2, dao4"));
    }

    @Test
    void lettersAndDigitsOfAWordStandInItsReadingAsWritten() {
        assertArrayEquals(new String[] {"gǔ"}, PinyinSyllables.parse("A股", "A gǔ"));
        assertArrayEquals(new String[] {"gǔ"}, PinyinSyllables.parse("A股", "a gu3"));
        assertArrayEquals(new String[0], PinyinSyllables.parse("COVID-19", "COVID-19"));
        assertArrayEquals(new String[] {"nián", "yuǎn", "jǐng", "mù", "biāo"},
                PinyinSyllables.parse("2035年远景目标", "2035 nián yuǎn jǐng mù biāo"));
        assertThrows(IllegalArgumentException.class, () -> PinyinSyllables.parse("A股", "A gǔ piào"));
        assertThrows(IllegalArgumentException.class, () -> PinyinSyllables.parse("GDP", "G D P"));

        ChineseText text = ChineseText.load();
        assertEquals("A gǔ", text.pinyin("A股"));
        assertEquals("2035 nián yuǎn jǐng mù biāo", text.pinyin("2035年远景目标"));
        text.addPinyin("GDP", "GDP");
        text.addPinyin("B行", "B hang2");
        assertEquals("B háng", text.pinyin("B行"));
        assertEquals("GDP zēng zhǎng", text.pinyin("GDP增长"));
    }

    @Test
    void toneNumbersInHandedInPinyinBecomeMarks() {
        assertArrayEquals(new String[] {"lǜ", "sè"}, PinyinSyllables.parse("绿色", "lu:4 se4"));
        assertArrayEquals(new String[] {"lǜ"}, PinyinSyllables.parse("绿", "lv4"));
        assertArrayEquals(new String[] {"zhuàng", "gǒu", "liú", "huì"},
                PinyinSyllables.parse("壮狗刘会", "zhuang4 gou3 liu2 hui4"));
        assertArrayEquals(new String[] {"de", "wèi"}, PinyinSyllables.parse("的为", "de5 wèi"));
        assertArrayEquals(new String[] {"Běi", "jīng"}, PinyinSyllables.parse("北京", "Bei3 jing1"));
    }
}
