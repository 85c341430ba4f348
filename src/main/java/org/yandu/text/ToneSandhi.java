package org.yandu.text;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * 一 and 不 as a reader says them ({@link Tones#SPOKEN}), from their citation readings in a run of text. 不 bù is bú
 * before a fourth tone. 一 yī is yí before a fourth tone and yì before the others, except where it counts or
 * orders (第一, 十一, 一九四九, 一月, 一号, 独一无二, a clause-initial 一是 … 二是 …, 十二届一中全会), ends a word
 * (统一, 唯一, 万一, 星期一) or a phrase, and between a verb and its repetition (看一看), where it is neutral, as 不
 * is in a question of yes or no (是不是, 能不能). The
 * next syllable counts with its citation tone, so 不一定 is bù yí dìng. Other tones never change here.
 */
final class ToneSandhi {
    private static final String YI = "yī";
    private static final String BU = "bù";
    private static final String DIGITS = "〇零一二三四五六七八九";
    /** Characters that make a 一 right after them part of a number or an ordinal (十一, 万一, 第一, 三分之一). */
    private static final String NUMBER_BEFORE = DIGITS + "十百千万亿两第之";
    /** Characters a 一 ends a word after wherever they stand, 统一 also in 统一战线: 统一, 唯一, 划一, 专一. */
    private static final String ONE_ENDS_WORD_AFTER = "统唯划专";
    /** What follows a clause-initial 一 that opens a list (一是 …，二是 …; 一要 …，二要 …). */
    private static final String LIST_AFTER = "是要";

    private ToneSandhi() {
    }

    /**
     * The spoken readings of {@code text}: {@code citation} with 一 and 不 changed where speech changes them.
     *
     * @param text the text read, in simplified characters
     * @param citation one citation reading per index of {@code text}, null where there is none; left unchanged
     * @param wordStarts the indices where a word of {@code text} starts
     */
    static @Nullable String[] spoken(String text, @Nullable String[] citation, BitSet wordStarts) {
        @Nullable String[] spoken = citation.clone();
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '一' && YI.equals(citation[i])) {
                spoken[i] = yi(text, citation, wordStarts, i);
            } else if (c == '不' && BU.equals(citation[i])) {
                spoken[i] = betweenRepeated(text, i) ? "bu" : nextTone(citation, i) == 4 ? "bú" : BU;
            }
        }
        return spoken;
    }

    private static String yi(String text, @Nullable String[] citation, BitSet wordStarts, int i) {
        int tone = nextTone(citation, i);
        if (tone == 0 || counts(text, i) || endsWord(text, wordStarts, i)) {
            return YI;
        }
        if (betweenRepeated(text, i) && (i < 2 || text.charAt(i - 2) != '一')) {
            return "yi";
        }
        return tone == 4 ? "yí" : "yì";
    }

    /** The citation tone of the syllable right after {@code i}; 0 at the end of a phrase or before a neutral one. */
    private static int nextTone(@Nullable String[] citation, int i) {
        String next = i + 1 < citation.length ? citation[i + 1] : null;
        return next == null ? 0 : PinyinNotation.tone(next);
    }

    /** 一 as a number, an ordinal or a date: 十一, 第一, 一九四九, 一月, 一号, 五月一日, 独一无二, a list, a session. */
    private static boolean counts(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = text.charAt(i + 1);
        boolean pairedWithTwo = i + 2 < text.length() && text.charAt(i + 2) == '二';
        return NUMBER_BEFORE.indexOf(before) >= 0 || DIGITS.indexOf(after) >= 0 || pairedWithTwo
                || after == '月' || after == '号' || (after == '日' && before == '月')
                || opensList(text, i, before, after) || numbersSession(text, i, after);
    }

    /** 一是 …，二是 …; 一要 …; 一不怕苦，二不怕死: a clause-initial 一 counting the points to come. */
    private static boolean opensList(String text, int i, char before, char after) {
        return !PinyinNotation.isHan(before) && (LIST_AFTER.indexOf(after) >= 0 || text.indexOf("二" + after, i) >= 0);
    }

    /** 十二届全国人大一次会议, 十九届一中全会: the first session of a term. */
    private static boolean numbersSession(String text, int i, char after) {
        if (after != '次' && after != '中') {
            return false;
        }
        for (int k = i - 1; k >= 0 && PinyinNotation.isHan(text.charAt(k)); k--) {
            if (text.charAt(k) == '届') {
                return true;
            }
        }
        return false;
    }

    /** 一 as the last character of a longer word (统一, 唯一, 万一, 星期一), also inside a compound (统一战线). */
    private static boolean endsWord(String text, BitSet wordStarts, int i) {
        return (!wordStarts.get(i) && wordStarts.get(i + 1))
                || (i > 0 && ONE_ENDS_WORD_AFTER.indexOf(text.charAt(i - 1)) >= 0);
    }

    /**
     * Between a character and its repetition, where 一 and 不 are neutral: 看一看, 想一想; 是不是, 能不能, 在不在 (a
     * question of yes or no). The callers leave out 一步一步, where each 一 counts its step.
     */
    private static boolean betweenRepeated(String text, int i) {
        return i > 0 && i + 1 < text.length() && text.charAt(i - 1) == text.charAt(i + 1);
    }
}
