package org.yandu.library;

import java.time.Instant;
import org.yandu.library.group.GroupAddress;

/** The study group this library belongs to: the server's address and this member's user name there. */
public record GroupMembership(String url, String user, Instant joined) {
    /** The group's address as its members are given it: the driver's URL without its {@code jdbc:}. */
    public String address() {
        return GroupAddress.forMembers(url);
    }
}
