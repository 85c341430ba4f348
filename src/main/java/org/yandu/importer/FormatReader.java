package org.yandu.importer;

import java.nio.file.Path;

/**
 * Reads the files of one format into lines of text: one class per format, so what a format needs (a page's article,
 * a document's paragraphs) stays with it and the parser sees only lines.
 */
interface FormatReader {
    /**
     * Reads {@code file}, within {@code format}'s size limit.
     *
     * @throws UnreadableSourceException naming the file and why it cannot be read
     */
    SourceDocument read(Path file, SourceFormat format) throws UnreadableSourceException;

    /** Reads {@code file}, telling {@code progress} how far it got when the format has pages (a PDF). */
    default SourceDocument read(Path file, SourceFormat format, ImportProgress progress)
            throws UnreadableSourceException {
        return read(file, format);
    }

    /** Why a file of this format that gave no text is refused: after "is empty". */
    default String emptyReason() {
        return "is empty";
    }
}
