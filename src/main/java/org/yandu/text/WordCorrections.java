package org.yandu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Corrections to HanLP's words before the custom terms are placed (issue #15): runs of words it splits wrongly are
 * split as the speeches mean them (中的 "hit the target" in 工作中的问题 is 中/的, 都会 "metropolis" in 都会落空 is
 * 都/会, 诉/求是 is 诉求/是), and a number is one word with the unit of time or the per cent sign after it and
 * the 第 before it (2001年, 1日, 3％, 第三), as the SIGHAN bakeoff's gold segmentation writes them and as a reader
 * looks them up.
 */
final class WordCorrections {
    /**
     * Runs of HanLP's words, by their text, with the words they are: applied where the run starts and ends between
     * words, so a longer word holding one (大都会) is left alone.
     */
    private static final Map<String, List<String>> RESPLIT = Map.of(
            "中的", List.of("中", "的"),
            "都会", List.of("都", "会"),
            "更深", List.of("更", "深"),
            "点将", List.of("点", "将"),
            "中建", List.of("中", "建"),
            "诉求是", List.of("诉求", "是"));
    private static final int LONGEST_RUN = 3;
    private static final String UNITS = "年月日时分秒％%";
    private static final String NUMERALS = "0123456789０１２３４５６７８９〇○零一二三四五六七八九十百千万亿两.．";

    private WordCorrections() {
    }

    /** The corrected words, covering the same text. */
    static List<Token> apply(List<Token> words) {
        List<Token> resplit = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); ) {
            int taken = resplitAt(words, i, resplit);
            if (taken == 0) {
                resplit.add(words.get(i));
                taken = 1;
            }
            i += taken;
        }
        return joinNumbers(resplit);
    }

    /** Adds the words of a run starting with word {@code i}, if one does; returns how many words it took. */
    private static int resplitAt(List<Token> words, int i, List<Token> out) {
        StringBuilder run = new StringBuilder();
        for (int k = i; k < words.size() && run.length() < LONGEST_RUN; k++) {
            run.append(words.get(k).text());
            List<String> better = RESPLIT.get(run.toString());
            if (better != null) {
                int at = words.get(i).start();
                for (String word : better) {
                    out.add(new Token(word, at, at + word.length(), "x"));
                    at += word.length();
                }
                return k - i + 1;
            }
        }
        return 0;
    }

    private static List<Token> joinNumbers(List<Token> words) {
        List<Token> joined = new ArrayList<>(words.size());
        for (Token word : words) {
            Token last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.end() == word.start() && joinsAfter(last, word)) {
                joined.set(joined.size() - 1, new Token(last.text() + word.text(), last.start(), word.end(),
                        UNITS.indexOf(word.text().charAt(0)) >= 0 && !word.text().startsWith("％") ? "t" : "m"));
            } else {
                joined.add(word);
            }
        }
        return joined;
    }

    /** Whether {@code next} belongs to the number {@code last} ends in: a unit after it, or its 第 before it. */
    private static boolean joinsAfter(Token last, Token next) {
        if (isNumber(last.text()) && next.length() == 1 && UNITS.indexOf(next.text().charAt(0)) >= 0) {
            return true;
        }
        return last.text().equals("第") && isNumber(next.text());
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> NUMERALS.indexOf(c) >= 0)
                && text.charAt(0) != '.' && text.charAt(0) != '．';
    }
}
