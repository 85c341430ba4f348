package org.yandu.library;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A speech as the importer found it, before it has an id in the library.
 * The paragraphs include the title, subtitle and author lines (as their kinds) in reading order;
 * the abstract and keywords are metadata only, never paragraphs.
 *
 * @param titleDerived true when the source had no title and one was made from the opening text
 * @param date ISO date (yyyy-MM-dd, or yyyy-MM / yyyy) when the speech states one, else null
 */
public record SpeechDraft(String title, boolean titleDerived, @Nullable String subtitle, @Nullable String author,
                          @Nullable String date, @Nullable String abstractText, List<String> keywords,
                          List<ParagraphDraft> paragraphs) {
    public SpeechDraft {
        Objects.requireNonNull(title, "title");
        keywords = List.copyOf(keywords);
        paragraphs = List.copyOf(paragraphs);
    }
}
