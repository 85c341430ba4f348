package org.yandu.library.group;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server reached as an administrator who may create databases and roles, for whoever makes groups of
 * their own to measure them (the bench): a new database for a group, and the group dropped again with its roles,
 * which would otherwise outlive the database, roles belonging to the whole server. The password is the password
 * file's, as for every connection of Yandu.
 */
public final class GroupServer {
    private final GroupAddress administrator;
    private final String user;

    /** @param administrator any database of the server, as its administrator */
    public GroupServer(GroupAddress administrator) {
        this.administrator = administrator;
        this.user = Optional.ofNullable(administrator.user()).orElse(System.getProperty("user.name"));
    }

    /** Makes a database for a group; the administrator's connection to it, to set the group up with. */
    public GroupConnection newDatabase(String database) {
        try (GroupConnection server = GroupConnection.open(administrator.jdbcUrl(), user, null)) {
            run(server, "create database " + GroupSchema.identifier(database), "make the database " + database);
        }
        return connect(database);
    }

    /** The administrator's connection to a database of the server. */
    public GroupConnection connect(String database) {
        return GroupConnection.open(administrator.withDatabase(database).jdbcUrl(), user, null);
    }

    /**
     * Brings the planner's statistics up to date after bulk writes, as autovacuum would within its next round, so
     * that plans read now are those the group will have.
     */
    public static void analyse(GroupConnection administrator) {
        run(administrator, "analyze", "update the planner's statistics");
    }

    /** Drops the group's database, its members' login roles and the group's own roles. */
    public void drop(String database) {
        List<String> roles = new ArrayList<>();
        try (GroupConnection group = connect(database);
             Statement statement = group.jdbc().createStatement();
             ResultSet members = statement.executeQuery("select name from yandu.members")) {
            while (members.next()) {
                roles.add(members.getString(1));
            }
        } catch (SQLException e) {
            throw new GroupException("Could not read the members of " + database + ": " + e.getMessage(), e);
        }
        GroupRoles group = GroupRoles.of(database);
        roles.addAll(List.of(group.organisers(), group.members(), group.owner()));
        try (GroupConnection server = GroupConnection.open(administrator.jdbcUrl(), user, null)) {
            // With (force), PostgreSQL 13's: a member's connection the server has not yet closed does not stop it.
            run(server, "drop database " + GroupSchema.identifier(database) + " with (force)",
                    "drop the database " + database);
            for (String role : roles) {
                run(server, "drop role " + GroupSchema.identifier(role), "drop the role " + role);
            }
        }
    }

    private static void run(GroupConnection connection, String sql, String what) {
        try (Statement statement = connection.jdbc().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new GroupException("Could not " + what + ": " + e.getMessage(), e);
        }
    }
}
