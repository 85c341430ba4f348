package org.yandu.library;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A speech in the library with its metadata; its paragraphs are read separately because they can be many. Its
 * subtitle, author, date and abstract are null when its source had none.
 *
 * @param collections titles of the collections that hold it, in import order
 * @param sourceFiles file names it was imported from, in import order
 */
public record Speech(long id, String title, boolean titleDerived, @Nullable String subtitle, @Nullable String author,
                     @Nullable String date, @Nullable String abstractText, List<String> keywords, int paragraphCount,
                     int charCount, List<String> collections, List<String> sourceFiles) {
    public Speech {
        keywords = List.copyOf(keywords);
        collections = List.copyOf(collections);
        sourceFiles = List.copyOf(sourceFiles);
    }
}
