package org.yandu.library;

import java.time.Instant;

/** The study group this library belongs to: the server's address and this member's user name there. */
public record GroupMembership(String url, String user, Instant joined) {
}
