package org.yandu.reading;

import java.util.List;
import java.util.Locale;

/**
 * One paragraph of the reader as shown: a paragraph of the speech, or a line of its metadata header.
 *
 * @param level heading level 1–4 for headings, else 0
 * @param paragraph the library's paragraph position, or -1 for lines that are not paragraphs of the speech
 * @param leadInLength how many leading characters of a body paragraph are its lead-in (一是, 第一 …)
 * @param fields the labelled facts of a META line; empty otherwise
 */
public record DisplayItem(Role role, int level, int paragraph, String text, int leadInLength,
                          List<MetaField> fields) {
    public enum Role {
        TITLE, SUBTITLE, AUTHOR, META, HEADING, BODY
    }

    public DisplayItem {
        fields = List.copyOf(fields);
    }

    /** CSS classes for the paragraph and its text: the role, and for headings also their level. */
    public List<String> styleClasses() {
        String role = role().name().toLowerCase(Locale.ROOT);
        return this.role == Role.HEADING ? List.of(role, role + "-" + level) : List.of(role);
    }
}
