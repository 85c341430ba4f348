package org.yandu.ui.base;

import java.util.ArrayList;
import java.util.List;

/** Tags as the reader types them, for notes and terms alike, so both read a tag line the same way. */
public final class TypedTags {
    private TypedTags() {
    }

    /** Separated by commas, semicolons, spaces or 、，; a leading # dropped; blanks and repeats dropped. */
    public static List<String> parse(String text) {
        List<String> tags = new ArrayList<>();
        // Every piece, the empty ones included (-1): they are dropped below with the blanks.
        for (String tag : text.split("[,，、;；\\s]+", -1)) {
            String clean = tag.strip().replaceFirst("^#", "");
            if (!clean.isEmpty() && !tags.contains(clean)) {
                tags.add(clean);
            }
        }
        return tags;
    }
}
