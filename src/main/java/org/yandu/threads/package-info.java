/**
 * The threads Yandu starts, made by one factory ({@link org.yandu.threads.Threads}). Depends on nothing else of
 * Yandu, so every package may use it.
 */
package org.yandu.threads;
