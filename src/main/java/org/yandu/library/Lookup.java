package org.yandu.library;

import java.time.Instant;

/**
 * A word the reader looked up in a speech.
 *
 * @param sentence the sentence it was first met in
 * @param times how often it was looked up there
 */
public record Lookup(long speechId, String term, String sentence, Instant firstAt, Instant lastAt, int times) {
}
