package org.yandu.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Yandu's word boundaries scored against a gold segmentation, by the rules of the SIGHAN 2005 bakeoff: the gold file
 * has one sentence a line, its words apart by spaces; each line is joined and segmented, and a word is right when
 * the gold has a word with exactly its start and end. Precision is right words over words found, recall right words
 * over gold words (issue #15).
 */
public final class GoldSegmentation {
    /** The counts of a scoring; precision, recall and F1 follow. */
    public record Score(long goldWords, long foundWords, long rightWords) {
        public double precision() {
            return foundWords == 0 ? 0 : (double) rightWords / foundWords;
        }

        public double recall() {
            return goldWords == 0 ? 0 : (double) rightWords / goldWords;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private GoldSegmentation() {
    }

    /** Scores {@code text}'s segmentation of every line of {@code gold}. */
    public static Score score(ChineseText text, BufferedReader gold) throws IOException {
        long goldWords = 0;
        long found = 0;
        long right = 0;
        String line;
        while ((line = gold.readLine()) != null) {
            String[] words = line.strip().split("\\s+");
            if (line.isBlank()) {
                continue;
            }
            Set<Long> spans = new HashSet<>();
            StringBuilder sentence = new StringBuilder();
            for (String word : words) {
                int start = sentence.length();
                sentence.append(word);
                spans.add(span(start, sentence.length()));
            }
            goldWords += spans.size();
            for (Token token : text.segment(sentence.toString())) {
                found++;
                if (spans.contains(span(token.start(), token.end()))) {
                    right++;
                }
            }
        }
        return new Score(goldWords, found, right);
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end;
    }
}
