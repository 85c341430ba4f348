package org.yandu.library.group;

import java.nio.charset.StandardCharsets;

/**
 * The server roles of a group, named after its database since roles belong to the whole server: the owner of the
 * group's tables (no login), the organisers and the members (group roles that login roles are given). Organisers
 * are members too.
 */
public record GroupRoles(String database, String owner, String organisers, String members) {
    /** PostgreSQL cuts longer names short, and two groups could then share a role. */
    private static final int MAX_NAME_BYTES = 63;

    public static GroupRoles of(String database) {
        GroupRoles roles = new GroupRoles(database, database + "_owner", database + "_organisers",
                database + "_members");
        if (roles.organisers().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new GroupException("The group's database name \"" + database + "\" is too long to name its roles:"
                    + " at most " + (MAX_NAME_BYTES - "_organisers".length()) + " bytes");
        }
        return roles;
    }
}
