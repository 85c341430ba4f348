package org.yandu.library.group;

import java.io.IOException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** A group's server refused or failed what was asked, said in one sentence naming what and why. */
public class GroupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of trouble it was, for what to do next: ask for a password, wait for the network, or say why. */
    public enum Trouble {
        /** The server asked for a password and none was given (none in the password file either). */
        NO_PASSWORD,
        /** The server refused the user name and password. */
        WRONG_PASSWORD,
        /** The server could not be reached, or went away mid-way: offline, for now. */
        UNREACHABLE,
        /** The server refused what was asked: the member lacks the right (e.g. was removed from the group). */
        REFUSED,
        /**
         * A user name is taken: user names are the server's, shared by all its databases, so another group's member
         * or the server's own user may have it.
         */
        NAME_TAKEN,
        /** Anything else: the message says what. */
        FAILED
    }

    public GroupException(String message) {
        super(message);
    }

    public GroupException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The kind of trouble, from the driver's SQLSTATE (class 08 connection, 28 authorization, 42501 privilege, 42710
     * an object that exists).
     */
    public Trouble trouble() {
        @Nullable String state = getCause() instanceof SQLException e ? e.getSQLState() : null;
        if (state == null) {
            return causedBy(IOException.class) ? Trouble.UNREACHABLE : Trouble.FAILED;
        }
        if ("08004".equals(state)) {
            return Trouble.NO_PASSWORD;
        }
        if ("28P01".equals(state)) {
            return Trouble.WRONG_PASSWORD;
        }
        // 57P01-57P03: the server is shutting down, restarting or not yet accepting connections.
        if (state.startsWith("08") || state.startsWith("57P")) {
            return Trouble.UNREACHABLE;
        }
        if ("42710".equals(state)) {
            return Trouble.NAME_TAKEN;
        }
        return state.startsWith("28") || "42501".equals(state) ? Trouble.REFUSED : Trouble.FAILED;
    }

    /** The server wants a password: none was given, or the one given was refused. */
    public boolean wantsPassword() {
        Trouble trouble = trouble();
        return trouble == Trouble.NO_PASSWORD || trouble == Trouble.WRONG_PASSWORD;
    }

    private boolean causedBy(Class<? extends Throwable> kind) {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
