package org.yandu.export;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A word in an export's vocabulary: what it means and where the reader met it.
 *
 * @param pinyin with tone marks, empty when not known
 * @param explanation the glossary's explanation in Chinese, empty when none
 * @param english the glossary's English meaning, empty when none
 * @param sentence the sentence it was met in
 * @param times how often the reader looked it up in the speech (0 for a glossary term only met there)
 * @param tags the tags the reader gave it in their glossary
 * @param firstAt when the reader first looked it up in the speech, null for a glossary term only met there
 * @param lastAt when the reader last looked it up in the speech, null for a glossary term only met there
 */
public record TermNote(String term, String pinyin, String explanation, String english, String sentence, int times,
                       List<String> tags, @Nullable Instant firstAt, @Nullable Instant lastAt) {
    public TermNote {
        pinyin = orEmpty(pinyin);
        explanation = orEmpty(explanation);
        english = orEmpty(english);
        sentence = orEmpty(sentence);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The explanation and the English meaning in one line, whichever there are. */
    public String definition() {
        return Stream.of(explanation, english).filter(s -> !s.isEmpty()).collect(Collectors.joining(" — "));
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
