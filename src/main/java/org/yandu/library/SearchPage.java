package org.yandu.library;

import java.util.List;

/**
 * One page of a search, best first: matching fields of speeches before matching paragraphs.
 *
 * @param total how many fields and paragraphs match in the whole library, whatever page this is
 * @param exact false when more than {@code total} match: the library search stops counting at some thousands
 */
public record SearchPage(int total, boolean exact, List<FieldHit> fields, List<ParagraphHit> hits) {
    public SearchPage {
        fields = List.copyOf(fields);
        hits = List.copyOf(hits);
    }

    /** A page of paragraphs only, every match counted. */
    public SearchPage(int total, List<ParagraphHit> hits) {
        this(total, true, List.of(), hits);
    }
}
