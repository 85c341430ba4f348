package org.yandu.library;

import java.util.List;

/**
 * One page of paragraphs matching a search, best first.
 *
 * @param total how many paragraphs match in the whole library, whatever page this is
 */
public record SearchPage(int total, List<ParagraphHit> hits) {
    public SearchPage {
        hits = List.copyOf(hits);
    }
}
