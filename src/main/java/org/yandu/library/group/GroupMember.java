package org.yandu.library.group;

/** A member as the group lists them: their user name, the name the group sees, and whether they organise. */
public record GroupMember(String name, String displayName, boolean organiser, boolean active, long change) {
}
