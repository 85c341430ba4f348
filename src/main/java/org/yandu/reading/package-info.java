/**
 * A speech laid out for reading, plain Java: its display items (title, meta lines, headings, paragraphs) and
 * outline ({@link org.yandu.reading.SpeechDocument}), and where the reader is
 * ({@link org.yandu.reading.ReadingPosition}). The window shows it; the bench times building it.
 */
package org.yandu.reading;
