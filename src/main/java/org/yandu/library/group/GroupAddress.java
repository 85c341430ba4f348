package org.yandu.library.group;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A group's address as an organisation writes it, in libpq's form ({@code postgresql://user@host:5432/studygroup
 * ?sslmode=verify-full}, what psql takes) or the driver's ({@code jdbc:postgresql://host/studygroup}), read as the
 * driver's address and the user it names, if any. A password in the address is refused: it would end up in the
 * shell's history and the library.
 */
public record GroupAddress(String jdbcUrl, @Nullable String user) {
    private static final Pattern LIBPQ = Pattern.compile("(?i)postgres(?:ql)?://(?:([^@/]*)@)?(.*)");
    private static final String JDBC = "jdbc:postgresql://";

    public static GroupAddress parse(String address) {
        String text = address.strip();
        if (text.regionMatches(true, 0, JDBC, 0, JDBC.length())) {
            return new GroupAddress(text, null);
        }
        Matcher libpq = LIBPQ.matcher(text);
        if (!libpq.matches() || libpq.group(2).isEmpty()) {
            throw new GroupException("\"" + address + "\" is not a PostgreSQL address: write it as"
                    + " postgresql://user@host:5432/database");
        }
        String user = libpq.group(1);
        if (user != null && user.contains(":")) {
            throw new GroupException("The address " + address.replaceAll(":[^:@/]*@", ":***@") + " holds a"
                    + " password: leave it out, and Yandu asks for it or reads it from ~/.pgpass");
        }
        String rest = libpq.group(2);
        if (!rest.contains("/")) {
            throw new GroupException("The address " + address + " names no database: add /database after the"
                    + " server's name");
        }
        return new GroupAddress(JDBC + rest, user == null || user.isEmpty() ? null : decode(user));
    }

    /** The address as {@link #parse} reads it, or empty when it cannot (a form, while it is being typed). */
    public static Optional<GroupAddress> readable(String address) {
        try {
            return Optional.of(parse(address));
        } catch (GroupException e) {
            return Optional.empty();
        }
    }

    /** A JDBC address as members are given it: without its {@code jdbc:}, as libpq and psql take it. */
    public static String forMembers(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : jdbcUrl;
    }

    /** The database the address names: the group's. */
    public String database() {
        String rest = jdbcUrl.substring(JDBC.length());
        String path = rest.substring(rest.indexOf('/') + 1);
        int query = path.indexOf('?');
        return decode(query < 0 ? path : path.substring(0, query));
    }

    /** The same server, user and options, for another database of it. */
    public GroupAddress withDatabase(String database) {
        String rest = jdbcUrl.substring(JDBC.length());
        int path = rest.indexOf('/') + 1;
        int query = rest.indexOf('?', path);
        String options = query < 0 ? "" : rest.substring(query);
        return new GroupAddress(JDBC + rest.substring(0, path)
                + URLEncoder.encode(database, StandardCharsets.UTF_8) + options, user);
    }

    /** Percent-decoded as libpq does; a plus sign stays one. */
    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
