package org.yandu.text;

import java.util.Objects;

/**
 * One token of a segmented text: {@code text} is exactly {@code input.substring(start, end)}; offsets are
 * UTF-16 indices into the input (Java {@code String} indices), end exclusive.
 *
 * <p>{@code partOfSpeech} is HanLP's tag (PKU-style, e.g. {@code n}, {@code v}, {@code ude1}); {@code w} marks
 * punctuation and whitespace, {@code nz} a custom term (see {@link ChineseText#addTerms}), {@code x} anything
 * HanLP gave no tag.
 */
public record Token(String text, int start, int end, String partOfSpeech) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(partOfSpeech, "partOfSpeech");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit \"" + text + "\"");
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether the character at {@code offset} of the input lies inside this token. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /**
     * Whether this token is a word worth looking up: it holds at least one letter (any Chinese character
     * counts as a letter). Punctuation, whitespace and bare numbers are not.
     */
    public boolean isWord() {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
