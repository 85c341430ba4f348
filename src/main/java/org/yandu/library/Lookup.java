package org.yandu.library;

import java.time.Instant;

/**
 * A word the reader looked up in a speech.
 *
 * @param sentence the sentence it was first met in
 * @param times how often it was looked up there
 * @param inVocabulary whether it is listed among the words looked up in study notes and flashcards: false for
 *     what an earlier version recorded without the reader asking (a fragment cut through punctuation, a bare
 *     particle), kept in the library and its JSON export all the same
 */
public record Lookup(long speechId, String term, String sentence, Instant firstAt, Instant lastAt, int times,
                     boolean inVocabulary) {
}
