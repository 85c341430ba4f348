package org.yandu.library;

/**
 * A speech as a group shares it: what the organiser's library holds, known everywhere by its fingerprint, so that
 * a member who has it already is not given a second copy.
 */
public record GroupSpeech(String fingerprint, SpeechDraft speech) {
}
