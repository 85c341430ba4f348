package org.yandu.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Highlights across paragraphs as the reader made them. The library keeps such a passage as one annotation per
 * paragraph, so that each part finds its own words again after a re-import; lists, exports and the notes panel
 * show it as one: the first part's place, note and tags, and the quote of every part, a line each.
 */
public final class Passages {
    private Passages() {
    }

    /**
     * One annotation for each thing the reader made, in the order of the first part of each: a passage's parts
     * joined into one with {@link #join}; annotations within one paragraph as they are.
     */
    public static List<Annotation> joined(List<Annotation> annotations) {
        Map<Long, List<Annotation>> byPassage = partsByPassage(annotations);
        List<Annotation> joined = new ArrayList<>();
        for (Annotation a : annotations) {
            if (!a.continuesPassage()) {
                joined.add(a.inPassage() ? join(byPassage.getOrDefault(a.passageKey(), List.of(a))) : a);
            }
        }
        return joined;
    }

    /** Every annotation's parts by {@link Annotation#passageKey()}, each list in the order given. */
    public static Map<Long, List<Annotation>> partsByPassage(List<Annotation> annotations) {
        Map<Long, List<Annotation>> parts = new LinkedHashMap<>();
        annotations.forEach(a -> parts.computeIfAbsent(a.passageKey(), k -> new ArrayList<>()).add(a));
        return parts;
    }

    /**
     * {@code parts} with the first part first and the others in the order given: a re-import can orphan the first
     * part, and orphans are read after the parts still in place.
     */
    static List<Annotation> firstPartFirst(List<Annotation> parts) {
        List<Annotation> ordered = new ArrayList<>(parts);
        ordered.sort((a, b) -> Boolean.compare(a.continuesPassage(), b.continuesPassage()));
        return ordered;
    }

    /**
     * A passage's parts as one annotation: the first part's, with every part's quote, a line each. A part
     * orphaned by a re-import still lends its words: the reader marked them.
     *
     * @param parts the parts in reading order (an orphaned first part may come last)
     */
    public static Annotation join(List<Annotation> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<Annotation> ordered = firstPartFirst(parts);
        List<String> quotes = ordered.stream().map(Annotation::quote).toList();
        return ordered.get(0).asPassage(String.join("\n", quotes), ordered.get(ordered.size() - 1).suffix());
    }
}
