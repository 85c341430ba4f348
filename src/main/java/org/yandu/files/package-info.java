/**
 * Files on disk written whole or not at all ({@link org.yandu.files.AtomicFiles}) and the leftovers of writers
 * killed mid-write ({@link org.yandu.files.Leftovers}). Depends on nothing else of Yandu, so every package may use it.
 */
package org.yandu.files;
