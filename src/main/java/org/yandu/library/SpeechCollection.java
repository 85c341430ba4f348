package org.yandu.library;

import java.util.List;

/** Speeches that arrived together on one page, in their order there. */
public record SpeechCollection(long id, String title, String sourceFile, List<Long> speechIds) {
    public SpeechCollection {
        speechIds = List.copyOf(speechIds);
    }
}
