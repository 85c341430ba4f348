package org.yandu.library;

/** A speech marked read or unread here that the group has not heard of, and when it was marked. */
public record OutgoingReading(String speechFingerprint, boolean read, String markedAt) {
}
