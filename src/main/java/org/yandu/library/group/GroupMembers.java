package org.yandu.library.group;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** An organiser adds and removes the group's members, each a login role of the server. */
public final class GroupMembers {
    private final SecureRandom random = new SecureRandom();

    /**
     * Adds a member with a temporary password, returned in their invitation; the server keeps only its SCRAM
     * verifier.
     *
     * @param organiser a connection to the group as one of its organisers
     */
    public Invitation add(Connection organiser, String groupUrl, String name, String displayName) {
        String password = Invitation.newPassword(random);
        try {
            GroupSetup.addMember(organiser, name, displayName, password, false);
        } catch (SQLException e) {
            throw new GroupException("Could not add " + name + " to the group: " + e.getMessage(), e);
        }
        return new Invitation(groupUrl, name, password);
    }

    /** Removes a member: they can no longer log in; their notes stay, under their name. */
    public void remove(Connection organiser, String name) {
        try (PreparedStatement remove = organiser.prepareStatement("select yandu.remove_member(?)")) {
            remove.setString(1, name);
            remove.execute();
        } catch (SQLException e) {
            throw new GroupException("Could not remove " + name + " from the group: " + e.getMessage(), e);
        }
    }
}
