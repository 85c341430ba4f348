package org.yandu.library.group;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * A member's connection to their group's server. Without a password, the PostgreSQL driver takes it from the
 * password file PostgreSQL's own tools read ({@code PGPASSFILE}, else {@code ~/.pgpass}), so Yandu never stores
 * one; TLS is as the address says ({@code ?sslmode=verify-full}, passed through to the driver).
 */
public final class GroupConnection implements AutoCloseable {
    private final String url;
    private final Connection connection;

    private GroupConnection(String url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    /**
     * @param url the group's address, {@code jdbc:postgresql://host:port/database[?options]}
     * @param password null to use the password file
     */
    public static GroupConnection open(String url, String user, char @Nullable [] password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", new String(password));
        }
        try {
            return new GroupConnection(url, DriverManager.getConnection(url, properties));
        } catch (SQLException e) {
            throw new GroupException("Could not connect to the group at " + url + " as " + user + ": "
                    + e.getMessage(), e);
        }
    }

    /** The group's address, as members are given it. */
    public String url() {
        return url;
    }

    Connection jdbc() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new GroupException("Could not close the connection to the group: " + e.getMessage(), e);
        }
    }
}
