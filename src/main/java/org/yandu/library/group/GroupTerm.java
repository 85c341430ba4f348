package org.yandu.library.group;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A term of the group's glossary: kept whole by every member's segmentation and shown in their lookups.
 *
 * @param pinyin with tone marks, or empty
 * @param removed the organisers took it out; members' devices let it go
 */
public record GroupTerm(String term, String pinyin, @Nullable String explanation, @Nullable String english,
                        List<String> tags, boolean removed, long change) {
    public GroupTerm {
        pinyin = pinyin == null ? "" : pinyin;
        tags = List.copyOf(tags);
    }
}
