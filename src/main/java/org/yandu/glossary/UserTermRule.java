package org.yandu.glossary;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yandu.text.PinyinSyllables;

/**
 * Which terms the user's glossary takes: any mix of Chinese characters, letters and digits (GDP, 5G, A股,
 * COVID-19, 2035年远景目标), with a reading that gives one syllable per Chinese character. One rule for the
 * window, the command line, CSV and JSON imports, and for terms read back from a library.
 */
public final class UserTermRule {
    /** Longer than any set phrase of these texts (the study glossary's longest is 12): past it, a sentence. */
    public static final int MAX_LENGTH = 50;

    private UserTermRule() {
    }

    /**
     * Checks a term and its reading (empty: Yandu reads it), as they would be stored (stripped).
     *
     * @throws InvalidTermException naming the term and the problem
     */
    public static void check(@Nullable String term, @Nullable String pinyin) {
        String stripped = term == null ? "" : term.strip();
        if (stripped.isEmpty()) {
            throw new InvalidTermException(stripped, InvalidTermException.Problem.EMPTY, "");
        }
        if (stripped.codePoints()
                .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new InvalidTermException(stripped, InvalidTermException.Problem.CONTROL, "");
        }
        if (stripped.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidTermException(stripped, InvalidTermException.Problem.NO_WORD, "");
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw new InvalidTermException(stripped, InvalidTermException.Problem.TOO_LONG, "");
        }
        // The segmenter and the reading overrides work on UTF-16 units one character each.
        if (stripped.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
            throw new InvalidTermException(stripped, InvalidTermException.Problem.RARE_CHARACTER, "");
        }
        if (pinyin != null && !pinyin.isBlank()) {
            try {
                PinyinSyllables.parse(stripped, pinyin);
            } catch (IllegalArgumentException e) {
                throw new InvalidTermException(stripped, InvalidTermException.Problem.PINYIN,
                        Objects.requireNonNullElse(e.getMessage(), ""));
            }
        }
    }
}
