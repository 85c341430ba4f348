package org.yandu.failure;

/**
 * One kind of failure the user is told about, a constant of a small enum of its package (why a file was refused,
 * why a term cannot be stored ...). The window says it with the sentence under {@link #messageKey()} in its own
 * language; the command line and the log keep the exception's English message.
 */
public interface Reason {
    /** The key of the sentence in the window's messages, e.g. {@code refused.too_large}. */
    String messageKey();
}
