package org.yandu.library;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Future;

/**
 * The fingerprints of a file's speeches, computed on the import's worker a few speeches ahead of the writing and
 * handed over in order. Only {@value #AHEAD} are held at a time: a fingerprint keeps its speech's text and shingles
 * (eight bytes and more a character), so all of a 50 MB file's at once took more memory than the file's text.
 */
final class FingerprintsAhead {
    private static final int AHEAD = 64;

    private final List<SpeechDraft> speeches;
    private final ImportWorker worker;
    private final Queue<Future<SpeechFingerprint>> ahead = new ArrayDeque<>();
    private int submitted;

    FingerprintsAhead(List<SpeechDraft> speeches, ImportWorker worker) {
        this.speeches = speeches;
        this.worker = worker;
        topUp();
    }

    /** The next speech's fingerprint, bands and exact hash ready. */
    SpeechFingerprint next() {
        Future<SpeechFingerprint> first = ahead.remove();
        topUp();
        return ImportWorker.awaitAll(List.of(first)).get(0);
    }

    private void topUp() {
        while (ahead.size() < AHEAD && submitted < speeches.size()) {
            SpeechDraft speech = speeches.get(submitted++);
            ahead.add(worker.submit(() -> SpeechFingerprint.of(speech.paragraphs()).prepared()));
        }
    }
}
