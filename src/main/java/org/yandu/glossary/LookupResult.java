package org.yandu.glossary;

import java.util.List;
import java.util.Objects;

/**
 * What a lookup found for a word.
 *
 * <ul>
 *   <li>{@link #exact()}: the entries for the word itself, study glossary first, then the user's
 *       terms, then CC-CEDICT; each entry names its {@link GlossaryEntry#source() source}.</li>
 *   <li>{@link #parts()}: the word cut into the longest dictionary words found inside it, greedily
 *       from the left over all sources, and single characters where no longer word matches. A part
 *       is never the whole query, so for a found word the parts are its components
 *       (党风廉政建设 → 党风 · 廉政 · 建设) and for an unknown word they are the fallback
 *       (群众路线好 → 群众路线 · 好). A single character has no parts.</li>
 * </ul>
 *
 * @param query the looked-up text, stripped of surrounding whitespace
 * @param exact entries for the whole query, in source order
 * @param parts the query cut left to right into words and characters; their texts concatenate to
 *     the query
 */
public record LookupResult(String query, List<GlossaryEntry> exact, List<Part> parts) {

    public LookupResult {
        Objects.requireNonNull(query, "query");
        exact = List.copyOf(exact);
        parts = List.copyOf(parts);
    }

    /**
     * One piece of the query.
     *
     * @param text the piece (a dictionary word, a single character, or a run of characters no source
     *     knows, such as punctuation or Latin letters)
     * @param start its offset in the query, in {@code char}s
     * @param entries its entries in source order; empty when no source knows it
     */
    public record Part(String text, int start, List<GlossaryEntry> entries) {
        public Part {
            Objects.requireNonNull(text, "text");
            entries = List.copyOf(entries);
        }

        /** Whether some source knows this piece. */
        public boolean found() {
            return !entries.isEmpty();
        }
    }

    /** Whether the query itself has entries. */
    public boolean hasExact() {
        return !exact.isEmpty();
    }

    /** Whether nothing at all was found: no exact entry and no part with entries. */
    public boolean isEmpty() {
        return exact.isEmpty() && parts.stream().noneMatch(Part::found);
    }

    /** The exact entries from one source. */
    public List<GlossaryEntry> exact(GlossarySource source) {
        return exact.stream().filter(e -> e.source() == source).toList();
    }
}
