package org.yandu.failure;

import org.jspecify.annotations.Nullable;

/**
 * A failure that can say why in the user's language. Its {@code getMessage()} stays English, for the command line and
 * the log; the window formats {@link #explanation()} with its own messages instead.
 */
public interface Explained {
    /** Why, or null when this failure does not know (a library error whose cause no reason explains). */
    @Nullable Explanation explanation();
}
