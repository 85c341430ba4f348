package org.yandu.library.group;

/**
 * A speech on the group's server: its fingerprint, what it holds (JSON, written and read by the client), whether
 * the organisers withdrew it, and the change number it last took.
 */
public record SharedSpeech(String fingerprint, String content, boolean withdrawn, long change) {
}
