package org.yandu.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;

/**
 * Makes a readable title for a speech that has none: its opening sentence, cut back to at most
 * {@value #MAX_LENGTH} characters at the most natural place available, in this order: a clause mark
 * (，；：), the copula 是 that ends the sentence's subject ("马克思主义哲学中的群众观是…" gives
 * "马克思主义哲学中的群众观"), an enumeration comma (、), and only failing all of these a hard cut.
 * Salutations (同志们：) are skipped because they say nothing about the speech.
 */
final class TitleDeriver {
    static final int MAX_LENGTH = 24;
    /** Shorter cuts ("曾说过", "在革命战争年代") read as fragments, so a boundary this early is passed over. */
    private static final int MIN_LENGTH = 8;
    private static final String STRONG_BOUNDARY = "，,；;：:";
    private static final String WEAK_BOUNDARY = "、";
    /** Adverbs that glue to 是 (尤其是, 就是, 但是 …); a 是 after them does not end the subject. */
    private static final String NOT_COPULA_BEFORE = "其就而还都也总但可凡于只正或要若即便更乃不";
    private static final String TRIM = "，,；;：:、。！？!?…—-·　 ";
    /** Opening and closing marks, in pairs. */
    private static final String PAIRS = "“”‘’《》（）()「」『』【】";
    private static final String[] COUNTERS = {"二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private TitleDeriver() {
    }

    /** A title from the opening text, or null when the speech has no text to take one from. */
    static @Nullable String derive(List<ParagraphDraft> paragraphs) {
        return paragraphs.stream()
                .filter(p -> p.kind() == ParagraphKind.BODY || p.kind() == ParagraphKind.HEADING)
                .map(ParagraphDraft::text)
                .filter(t -> !isSalutation(t))
                .map(TitleDeriver::cut)
                .filter(t -> !t.isEmpty())
                .findFirst().orElse(null);
    }

    static String cut(String text) {
        int end = HeadingClassifier.firstSentenceEnd(text, 0);
        String sentence = end < 0 ? text : text.substring(0, end - 1);
        if (sentence.length() > MAX_LENGTH) {
            int boundary = lastBoundary(sentence, STRONG_BOUNDARY);
            if (boundary < 0) {
                boundary = subjectEnd(sentence);
            }
            if (boundary < 0) {
                boundary = lastBoundary(sentence, WEAK_BOUNDARY);
            }
            sentence = sentence.substring(0, boundary < 0 ? MAX_LENGTH : boundary);
        }
        return trim(dropUnpaired(sentence));
    }

    /** Index of the last boundary mark that leaves between MIN_LENGTH and MAX_LENGTH characters; -1 if none. */
    private static int lastBoundary(String sentence, String marks) {
        for (int i = Math.min(MAX_LENGTH, sentence.length() - 1); i >= MIN_LENGTH; i--) {
            if (marks.indexOf(sentence.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first copula 是 that leaves between MIN_LENGTH and MAX_LENGTH characters; -1 if none. */
    private static int subjectEnd(String sentence) {
        for (int i = MIN_LENGTH; i <= Math.min(MAX_LENGTH, sentence.length() - 1); i++) {
            if (sentence.charAt(i) == '是' && NOT_COPULA_BEFORE.indexOf(sentence.charAt(i - 1)) < 0) {
                return i;
            }
        }
        return -1;
    }

    /** A cut can leave an opening quote without its close; such a lone mark only distracts. */
    private static String dropUnpaired(String text) {
        String result = text;
        for (int i = 0; i < PAIRS.length(); i += 2) {
            char open = PAIRS.charAt(i);
            char close = PAIRS.charAt(i + 1);
            if (count(result, open) != count(result, close)) {
                result = result.replace(String.valueOf(open), "").replace(String.valueOf(close), "");
            }
        }
        return result;
    }

    private static long count(String text, char mark) {
        return text.chars().filter(c -> c == mark).count();
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && TRIM.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRIM.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSalutation(String text) {
        return text.length() <= 12 && (text.endsWith("：") || text.endsWith(":"));
    }

    /**
     * Titles made distinct within one document: a repeated title gets （之二）, （之三） …, the
     * way Chinese anthologies number pieces that share a title.
     */
    static List<String> distinct(List<String> titles) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> result = new ArrayList<>();
        for (String title : titles) {
            int n = seen.merge(title, 1, Integer::sum);
            result.add(n == 1 ? title : title + "（之" + counter(n) + "）");
        }
        return result;
    }

    private static String counter(int n) {
        return n - 2 < COUNTERS.length ? COUNTERS[n - 2] : Integer.toString(n);
    }
}
