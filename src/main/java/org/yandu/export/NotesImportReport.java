package org.yandu.export;

import java.util.List;

/**
 * What importing a notes file restored and what it could not.
 *
 * @param speechesMatched speeches of the file found in this library
 * @param annotationsRestored highlights and notes added (orphaned ones included)
 * @param duplicatesSkipped highlights and notes the library had already (same words, note and creation time)
 * @param orphaned restored notes whose words are not in the speech here
 * @param speechesNotFound speeches of the file this library does not have; their notes were not restored
 * @param termsAdded glossary terms added
 * @param termsKept glossary terms the library had already, kept as they are
 * @param termsRefused why each glossary term that cannot be stored was skipped, naming it
 * @param lookupsRestored looked-up words added
 * @param progressRestored speeches whose reading progress was restored (those never opened here)
 */
public record NotesImportReport(int speechesMatched, int annotationsRestored, int duplicatesSkipped,
                                List<Orphan> orphaned, List<MissingSpeech> speechesNotFound, int termsAdded,
                                int termsKept, List<String> termsRefused, int lookupsRestored, int progressRestored) {
    public NotesImportReport {
        orphaned = List.copyOf(orphaned);
        speechesNotFound = List.copyOf(speechesNotFound);
        termsRefused = List.copyOf(termsRefused);
    }

    public record Orphan(String speechTitle, String quote) {
    }

    /**
     * A speech of the file this library does not have.
     *
     * @param annotations how many highlights and notes it held
     */
    public record MissingSpeech(String title, List<String> sourceFiles, int annotations) {
        public MissingSpeech {
            sourceFiles = List.copyOf(sourceFiles);
        }
    }
}
