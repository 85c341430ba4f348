package org.yandu.library.group;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.yandu.group.GroupSync;
import org.yandu.group.SyncReport;
import org.yandu.library.LibraryStore;
import org.yandu.library.StudyCopy;

/**
 * A group on a real PostgreSQL server for the tests: the database "studygroup" set up by its administrator, the
 * organiser zhou and the members li and wang, each with their invitation. A test class registers one, started before
 * its first test and stopped after its last ({@code @RegisterExtension static final TestGroup group = new
 * TestGroup();}); a test that starts and stops servers itself calls {@link #start}.
 */
public final class TestGroup implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
    public static final String DATABASE = "studygroup";

    private @Nullable Path dir;
    private @Nullable PostgresServer server;
    private @Nullable Invitation organiser;
    private @Nullable Invitation li;
    private @Nullable Invitation wang;

    /** A server in {@code dir}, started now; the caller closes it. */
    public static TestGroup start(Path dir) throws IOException, SQLException {
        TestGroup group = new TestGroup();
        group.startIn(dir);
        return group;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("yandu-group-");
        startIn(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
        Path made = dir;
        if (made != null) {
            try (Stream<Path> files = Files.walk(made)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void startIn(Path in) throws IOException, SQLException {
        PostgresServer started = PostgresServer.start(in.resolve("data"));
        server = started;
        started.createDatabase(DATABASE);
        Invitation first;
        try (GroupConnection admin = GroupConnection.open(started.url(DATABASE), "postgres", null)) {
            first = new GroupSetup().create(admin, "zhou", "周老师");
        }
        organiser = first;
        try (GroupConnection connection = GroupConnection.open(first.url(), first.user(),
                first.temporaryPassword().toCharArray())) {
            GroupMembers members = new GroupMembers();
            li = members.add(connection, "li", "李明");
            wang = members.add(connection, "wang", "王芳");
        }
    }

    public PostgresServer server() {
        return Objects.requireNonNull(server, "the group's server is started before the tests");
    }

    public Invitation organiser() {
        return Objects.requireNonNull(organiser, "the group is set up before the tests");
    }

    public Invitation li() {
        return Objects.requireNonNull(li, "the group is set up before the tests");
    }

    public Invitation wang() {
        return Objects.requireNonNull(wang, "the group is set up before the tests");
    }

    /** A member's library at {@code file}: the study copy, joined to this group as {@code member}. */
    public LibraryStore library(Path file, Invitation member) {
        LibraryStore store = StudyCopy.open(file);
        store.group().join(member.url(), member.user());
        return store;
    }

    /** Syncs a member's library with this group, connected as {@code member}. */
    public SyncReport sync(LibraryStore library, Invitation member) {
        try (GroupConnection server = connect(member)) {
            return GroupSync.sync(library, server);
        }
    }

    public Connection as(Invitation member) throws SQLException {
        return server().connect(DATABASE, member.user(), member.temporaryPassword());
    }

    /** The member's connection as Yandu opens it. */
    public GroupConnection connect(Invitation member) {
        return GroupConnection.open(member.url(), member.user(), member.temporaryPassword().toCharArray());
    }

    public Connection admin() throws SQLException {
        return server().admin(DATABASE);
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
