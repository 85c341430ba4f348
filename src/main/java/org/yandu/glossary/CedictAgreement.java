package org.yandu.glossary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yandu.text.ChineseText;
import org.yandu.text.Token;

/**
 * How often the pinyin shown over the text agrees with CC-CEDICT, counted over the words of some paragraphs that
 * CC-CEDICT reads one way only: where it lists two readings context decides, and nothing outside can say which is
 * right. Case is ignored (CC-CEDICT capitalises names), and so is a tone where CC-CEDICT reads the syllable
 * neutral (力量 lì liang): dictionaries differ on which syllables are light, and the reader shows their full tones.
 *
 * @param compared word occurrences CC-CEDICT reads one way
 * @param agreeing those read as CC-CEDICT reads them
 * @param disagreements each disagreeing word with both readings ("为民 wèi mín / wéi mín"), and how often
 */
public record CedictAgreement(int compared, int agreeing, Map<String, Integer> disagreements) {
    /** Combining macron, acute, caron and grave: the four tones. */
    private static final Pattern TONE_MARKS = Pattern.compile("[\u0304\u0301\u030C\u0300]");

    public CedictAgreement {
        disagreements = Map.copyOf(disagreements);
    }

    /** Compares every word of {@code paragraphs}, as {@code text} segments and reads it, with {@code glossary}. */
    public static CedictAgreement measure(Glossary glossary, ChineseText text, List<String> paragraphs) {
        int compared = 0;
        int agreeing = 0;
        Map<String, Integer> disagreements = new TreeMap<>();
        for (String paragraph : paragraphs) {
            List<@Nullable String> syllables = text.pinyinSyllables(paragraph);
            for (Token word : text.segment(paragraph)) {
                String cedict = word.isWord() ? onlyReading(glossary, word.text()) : null;
                String shown = shown(syllables, word);
                if (cedict == null || shown == null) {
                    continue;
                }
                compared++;
                if (agrees(shown, cedict)) {
                    agreeing++;
                } else {
                    disagreements.merge(word.text() + " " + shown + " / " + cedict, 1, Integer::sum);
                }
            }
        }
        return new CedictAgreement(compared, agreeing, disagreements);
    }

    /** Share of the compared words that agree, from 0 to 1; 1 when nothing was compared. */
    public double share() {
        return compared == 0 ? 1 : (double) agreeing / compared;
    }

    /** Whether every syllable is the same, or neutral in CC-CEDICT and the same but for its tone. */
    static boolean agrees(String shown, String cedict) {
        String[] ours = shown.split(" ");
        String[] theirs = cedict.split(" ");
        if (ours.length != theirs.length) {
            return false;
        }
        for (int i = 0; i < ours.length; i++) {
            boolean neutral = theirs[i].equals(toneless(theirs[i]));
            if (!ours[i].equals(theirs[i]) && !(neutral && toneless(ours[i]).equals(theirs[i]))) {
                return false;
            }
        }
        return true;
    }

    /** The syllable without its tone mark (ü keeps its dots). */
    private static String toneless(String syllable) {
        String apart = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        return Normalizer.normalize(TONE_MARKS.matcher(apart).replaceAll(""), Normalizer.Form.NFC);
    }

    private static @Nullable String onlyReading(Glossary glossary, String word) {
        Set<String> readings = glossary.lookup(word).exact(GlossarySource.CEDICT).stream()
                .map(entry -> entry.pinyin().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return readings.size() == 1 ? readings.iterator().next() : null;
    }

    /** The word's syllables as shown, or null when a character of it has none (a letter, a digit). */
    private static @Nullable String shown(List<@Nullable String> syllables, Token word) {
        List<String> read = new ArrayList<>(word.length());
        for (int i = word.start(); i < word.end(); i++) {
            String syllable = syllables.get(i);
            if (syllable == null) {
                return null;
            }
            read.add(syllable.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", read);
    }
}
