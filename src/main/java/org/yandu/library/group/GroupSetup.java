package org.yandu.library.group;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.util.PasswordUtil;

/**
 * Sets up a group in a database an administrator made for it: its roles, its schema and policies, and its first
 * organiser, all in one transaction, so that a failure leaves the server as it was. The administrator needs to be
 * allowed to create roles (CREATEROLE, or a superuser); the group's tables then belong to its owner role, not to
 * the administrator.
 */
public final class GroupSetup {
    private final SecureRandom random = new SecureRandom();

    /**
     * @param administrator a connection to the group's database as an administrator, at the address members use
     * @return the first organiser's invitation
     */
    public Invitation create(GroupConnection administrator, String organiser, String displayName) {
        Connection admin = administrator.jdbc();
        try {
            return Transactions.inTransaction(admin, () -> {
                GroupRoles roles = GroupRoles.of(currentDatabase(admin));
                if (GroupSchema.version(admin) > 0) {
                    throw new GroupException("The database " + roles.database() + " already holds a group");
                }
                createRoles(admin, roles);
                String password = Invitation.newPassword(random);
                run(admin, "set role " + GroupSchema.identifier(roles.owner()));
                GroupSchema.migrate(admin, roles);
                addMember(admin, organiser, displayName, password, true);
                run(admin, "reset role");
                return new Invitation(administrator.url(), organiser, password);
            });
        } catch (SQLException e) {
            throw new GroupException("Could not set up the group: " + e.getMessage(), e);
        }
    }

    /** Adds a member (or an organiser) as a login role with a new temporary password; the caller commits. */
    static void addMember(Connection connection, String name, String displayName, String password,
                          boolean organiser) throws SQLException {
        try (PreparedStatement add = connection.prepareStatement("select yandu.add_member(?, ?, ?, ?)")) {
            add.setString(1, name);
            add.setString(2, displayName);
            add.setString(3, PasswordUtil.encodeScramSha256(password.toCharArray()));
            add.setBoolean(4, organiser);
            add.execute();
        }
    }

    private static void createRoles(Connection admin, GroupRoles roles) throws SQLException {
        String owner = GroupSchema.identifier(roles.owner());
        String organisers = GroupSchema.identifier(roles.organisers());
        String members = GroupSchema.identifier(roles.members());
        run(admin, "create role " + owner + " nologin createrole");
        run(admin, "create role " + members + " nologin");
        run(admin, "create role " + organisers + " nologin in role " + members);
        run(admin, "grant " + organisers + ", " + members + " to " + owner + " with admin option");
        run(admin, "grant " + owner + " to current_user");
        run(admin, "create schema yandu authorization " + owner);
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet database = statement.executeQuery("select current_database()")) {
            database.next();
            return database.getString(1);
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
