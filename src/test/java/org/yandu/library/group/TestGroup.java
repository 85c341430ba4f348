package org.yandu.library.group;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A group on a real PostgreSQL server for the tests: the database "studygroup" set up by its administrator, the
 * organiser zhou and the members li and wang, each with their invitation.
 */
public final class TestGroup implements AutoCloseable {
    public static final String DATABASE = "studygroup";

    public final PostgresServer server;
    public final Invitation organiser;
    public final Invitation li;
    public final Invitation wang;

    private TestGroup(PostgresServer server, Invitation organiser, Invitation li, Invitation wang) {
        this.server = server;
        this.organiser = organiser;
        this.li = li;
        this.wang = wang;
    }

    public static TestGroup start(Path dir) throws IOException, SQLException {
        PostgresServer server = PostgresServer.start(dir.resolve("data"));
        server.createDatabase(DATABASE);
        Invitation organiser;
        try (GroupConnection admin = GroupConnection.open(server.url(DATABASE), "postgres", null)) {
            organiser = new GroupSetup().create(admin, "zhou", "周老师");
        }
        try (GroupConnection connection = GroupConnection.open(organiser.url(), organiser.user(),
                organiser.temporaryPassword().toCharArray())) {
            GroupMembers members = new GroupMembers();
            return new TestGroup(server, organiser, members.add(connection, "li", "李明"),
                    members.add(connection, "wang", "王芳"));
        }
    }

    public Connection as(Invitation member) throws SQLException {
        return server.connect(DATABASE, member.user(), member.temporaryPassword());
    }

    /** The member's connection as Yandu opens it. */
    public GroupConnection connect(Invitation member) {
        return GroupConnection.open(member.url(), member.user(), member.temporaryPassword().toCharArray());
    }

    public Connection admin() throws SQLException {
        return server.admin(DATABASE);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
