package org.yandu.library.group;

/** A group's server refused or failed what was asked, said in one sentence naming what and why. */
public class GroupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GroupException(String message) {
        super(message);
    }

    public GroupException(String message, Throwable cause) {
        super(message, cause);
    }
}
