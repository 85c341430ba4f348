package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph laid out for pinyin over its characters: its words in order, each a run of characters with
 * the reading shown above each one (none for punctuation, digits and letters). Lines may only break between
 * {@linkplain #breakUnits break units}, so a word's characters and readings stay together and punctuation follows
 * the Chinese line-breaking rules. Plain Java: built for the reader's ruby view.
 */
public final class RubyLayout {
    /** One character (a whole code point) as shown, with its reading or null. */
    public record RubyChar(String text, @Nullable String reading) {
        public boolean hasReading() {
            return reading != null && !reading.isEmpty();
        }
    }

    /** A word: {@code [start, end)} in the paragraph's text, and its characters. */
    public record RubyWord(int start, int end, List<RubyChar> chars) {
        public RubyWord {
            chars = List.copyOf(chars);
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            chars.forEach(c -> text.append(c.text()));
            return text.toString();
        }

        public boolean hasReading() {
            return chars.stream().anyMatch(RubyChar::hasReading);
        }

        /** Whether it is a word to look up, not punctuation or a number. */
        public boolean hasLetters() {
            return text().codePoints().anyMatch(Character::isLetter);
        }
    }

    /** Words that must share a line: a word with the opening punctuation before it and the closing after it. */
    public record BreakUnit(List<RubyWord> words) {
        public BreakUnit {
            words = List.copyOf(words);
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            words.forEach(w -> text.append(w.text()));
            return text.toString();
        }
    }

    /**
     * Punctuation that may not begin a line (clreq, "行首禁则"): closing marks, pauses and stops. The ellipsis and
     * the dash are here too, so their two halves stay together and never open a line either.
     */
    private static final String CLOSING = "、，。．；：？！）］｝》〉」』】〕〗〙〛”’％‰℃·・…—‥,.;:?!)]}%";
    /** Punctuation that may not end a line ("行尾禁则"): opening brackets and quotes. */
    private static final String OPENING = "（［｛《〈「『【〔〖〘〚“‘([{";

    private RubyLayout() {
    }

    /**
     * The paragraph's words, each with its characters and their readings.
     *
     * @param shown the paragraph as displayed (possibly in traditional characters, same length as the original)
     * @param readings one reading per index of the text, null where there is none ({@code pinyinSyllables})
     * @param words the paragraph's words covering the text, or an empty list: then each character is a word
     */
    public static List<RubyWord> of(String shown, @Nullable List<String> readings, List<SpeechWords.Word> words) {
        List<SpeechWords.Word> cuts = covers(words, shown.length()) ? words : characters(shown);
        List<RubyWord> result = new ArrayList<>(cuts.size());
        for (SpeechWords.Word word : cuts) {
            List<RubyChar> chars = new ArrayList<>(word.length());
            for (int i = word.start(); i < word.end(); ) {
                int next = i + Character.charCount(shown.codePointAt(i));
                String reading = readings != null && i < readings.size() ? readings.get(i) : null;
                chars.add(new RubyChar(shown.substring(i, Math.min(next, word.end())), reading));
                i = next;
            }
            result.add(new RubyWord(word.start(), word.end(), chars));
        }
        return result;
    }

    /**
     * The words grouped so no line begins with closing punctuation or ends with opening punctuation: a word that
     * starts with a closing mark joins the unit before it, and a word ending with an opening mark takes the next
     * word into its unit.
     */
    public static List<BreakUnit> breakUnits(List<RubyWord> words) {
        List<List<RubyWord>> units = new ArrayList<>();
        boolean glueNext = false;
        for (RubyWord word : words) {
            String text = word.text();
            boolean closing = !text.isEmpty() && CLOSING.indexOf(text.charAt(0)) >= 0;
            if (units.isEmpty() || !(glueNext || closing)) {
                units.add(new ArrayList<>());
            }
            units.get(units.size() - 1).add(word);
            glueNext = !text.isEmpty() && OPENING.indexOf(text.charAt(text.length() - 1)) >= 0;
        }
        return units.stream().map(BreakUnit::new).toList();
    }

    /** The readings of a paragraph joined as they are shown, for tests and accessibility. */
    public static String readings(List<RubyWord> words) {
        List<String> all = new ArrayList<>();
        words.forEach(w -> w.chars().stream().filter(RubyChar::hasReading).forEach(c -> all.add(c.reading())));
        return String.join(" ", all);
    }

    private static boolean covers(List<SpeechWords.Word> words, int length) {
        if (words == null || words.isEmpty()) {
            return false;
        }
        int at = 0;
        for (SpeechWords.Word word : words) {
            if (word.start() != at || word.end() <= at) {
                return false;
            }
            at = word.end();
        }
        return at == length;
    }

    private static List<SpeechWords.Word> characters(String text) {
        List<SpeechWords.Word> words = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int next = i + Character.charCount(text.codePointAt(i));
            words.add(new SpeechWords.Word(i, next));
            i = next;
        }
        return words;
    }
}
