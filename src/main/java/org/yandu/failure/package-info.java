/**
 * Why something failed, as the user is told it: a {@link org.yandu.failure.Reason} (a constant naming the sentence
 * that says it in the window's messages) and what that sentence names ({@link org.yandu.failure.Explanation}),
 * carried by the exceptions that reach a reader ({@link org.yandu.failure.Explained}). Depends on nothing else of
 * Yandu, so every package may use it.
 */
package org.yandu.failure;
