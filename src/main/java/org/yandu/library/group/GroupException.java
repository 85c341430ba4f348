package org.yandu.library.group;

import java.sql.SQLException;

/** A group's server refused or failed what was asked, said in one sentence naming what and why. */
public class GroupException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The driver's SQLSTATE when the server wants a password it was not given. */
    private static final String NO_PASSWORD = "08004";

    public GroupException(String message) {
        super(message);
    }

    public GroupException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The server asked for a password and none was given (none in the password file either). */
    public boolean needsPassword() {
        return getCause() instanceof SQLException e && NO_PASSWORD.equals(e.getSQLState());
    }
}
