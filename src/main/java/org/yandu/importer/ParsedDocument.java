package org.yandu.importer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.library.SpeechDraft;

/**
 * The speeches found in one source file.
 *
 * @param collectionTitle the title of the page when it holds several speeches (a collection), else null
 */
public record ParsedDocument(@Nullable String collectionTitle, List<SpeechDraft> speeches) {
    public ParsedDocument {
        speeches = List.copyOf(speeches);
    }
}
