package org.yandu.library.group;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The versioned migrations of a group's schema ({@code group/NNN.sql} beside this class), run as the group's owner
 * so that it owns what they make. Each runs in the caller's transaction and records its version.
 */
final class GroupSchema {
    /** The newest migration; a server at a higher version was set up by a newer Yandu. */
    static final int VERSION = 1;

    private GroupSchema() {
    }

    /** Brings the schema to {@link #VERSION}; the connection must be acting as the owner. */
    static void migrate(Connection owner, GroupRoles roles) throws SQLException {
        for (int version = version(owner) + 1; version <= VERSION; version++) {
            try (Statement statement = owner.createStatement()) {
                statement.execute(migration(version, roles));
            }
        }
    }

    /** The schema's version; 0 for a database without one. */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select to_regclass('yandu.schema_version') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("select version from yandu.schema_version")) {
            return version.next() ? version.getInt(1) : 0;
        }
    }

    private static String migration(int version, GroupRoles roles) {
        String name = String.format("%03d.sql", version);
        String sql;
        try (InputStream in = GroupSchema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the group migration " + name + " is missing from the build");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = Map.of(
                "${owner}", identifier(roles.owner()),
                "${organiser}", identifier(roles.organisers()),
                "${member}", identifier(roles.members()),
                "${organiser_name}", literal(roles.organisers()),
                "${member_name}", literal(roles.members()));
        for (Map.Entry<String, String> value : values.entrySet()) {
            sql = sql.replace(value.getKey(), value.getValue());
        }
        return sql;
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
