package org.yandu.library;

import java.util.List;

/** A file's speeches as they are to be stored, for storing several files at once. */
public record SourceDraft(SourceFile source, List<SpeechDraft> speeches) {
    public SourceDraft {
        speeches = List.copyOf(speeches);
    }
}
