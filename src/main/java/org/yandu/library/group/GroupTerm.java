package org.yandu.library.group;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A term of the group's glossary: kept whole by every member's segmentation and shown in their lookups.
 *
 * @param pinyin with tone marks, or empty
 * @param explanation in Chinese, or null
 * @param english a gloss, or null
 * @param removed the organisers took it out; members' devices let it go
 */
public record GroupTerm(String term, String pinyin, @Nullable String explanation, @Nullable String english,
                        List<String> tags, boolean removed, long change) {
    public GroupTerm {
        pinyin = pinyin == null ? "" : pinyin;
        explanation = blankToNull(explanation);
        english = blankToNull(english);
        tags = List.copyOf(tags);
    }

    /** The server keeps a missing text as empty; here it is missing. */
    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
