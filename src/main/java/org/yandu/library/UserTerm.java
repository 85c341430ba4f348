package org.yandu.library;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A term of the reader's own glossary as stored.
 *
 * @param pinyin with tone marks, or empty when the reader left it out
 */
public record UserTerm(String term, String pinyin, @Nullable String explanation, @Nullable String english,
                       List<String> tags) {
    public UserTerm {
        Objects.requireNonNull(term, "term");
        term = term.strip();
        if (term.isEmpty()) {
            throw new IllegalArgumentException("a glossary term cannot be empty");
        }
        pinyin = pinyin == null ? "" : pinyin.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
