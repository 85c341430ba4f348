package org.yandu.library.group;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/** An organiser adds and removes the group's members, each a login role of the server. */
public final class GroupMembers {
    /** The fewest characters a member's own password may have. */
    public static final int MIN_PASSWORD = 10;
    static final String SINCE = "select name, display_name, organiser, active, change from yandu.members"
            + " where change > ? order by change limit ?";

    private final SecureRandom random = new SecureRandom();

    /**
     * Adds a member with a temporary password, returned in their invitation; the server keeps only its SCRAM
     * verifier.
     *
     * @param organiser a connection to the group as one of its organisers
     */
    public Invitation add(GroupConnection organiser, String name, String displayName) {
        String password = Invitation.newPassword(random);
        try {
            GroupSetup.addMember(organiser.jdbc(), name, displayName, password, false);
        } catch (SQLException e) {
            throw new GroupException("Could not add " + name + " to the group: " + e.getMessage(), e);
        }
        return new Invitation(organiser.url(), name, password);
    }

    /**
     * Replaces the member's own password (the temporary one of their invitation, on joining). The SCRAM verifier is
     * made here, so the new password never crosses the network or reaches the server's logs in clear.
     */
    public static void changeOwnPassword(GroupConnection member, char[] password) {
        try {
            String user = member.jdbc().getMetaData().getUserName();
            member.jdbc().unwrap(PGConnection.class).alterUserPassword(user, password, "scram-sha-256");
        } catch (SQLException e) {
            throw new GroupException("Could not set the new password: " + e.getMessage(), e);
        }
    }

    /** The members (added, renamed or removed) since {@code since}, in change order. */
    public static List<GroupMember> since(GroupConnection member, long since, int limit) {
        return Changes.since(member, "members", SINCE, since, limit,
                row -> new GroupMember(row.getString(1), row.getString(2), row.getBoolean(3), row.getBoolean(4),
                        row.getLong(5)));
    }

    /** Removes a member: they can no longer log in; their notes stay, under their name. */
    public void remove(GroupConnection organiser, String name) {
        try (PreparedStatement remove = organiser.jdbc().prepareStatement("select yandu.remove_member(?)")) {
            remove.setString(1, name);
            remove.execute();
        } catch (SQLException e) {
            throw new GroupException("Could not remove " + name + " from the group: " + e.getMessage(), e);
        }
    }
}
