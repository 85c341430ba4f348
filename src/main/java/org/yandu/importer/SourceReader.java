package org.yandu.importer;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a speech file into lines of text with the reader of its format ({@link SourceFormat}), or refuses it with a
 * message that says which file is wrong and why.
 */
public final class SourceReader {
    private static final Logger LOG = LoggerFactory.getLogger(SourceReader.class);

    /**
     * Reads one file.
     *
     * @throws UnreadableSourceException if the file is missing, unreadable, of an unsupported type,
     *     not a regular file, over its format's size limit, empty, not text, in no supported
     *     encoding, or not a valid document of its format (a damaged or cut-short PDF, a scan without text, a
     *     PDF that needs a password)
     */
    public SourceDocument read(Path file) throws UnreadableSourceException {
        return read(file, ImportProgress.NONE);
    }

    /** Reads one file, telling {@code progress} of its pages as a long PDF is read. */
    public SourceDocument read(Path file, ImportProgress progress) throws UnreadableSourceException {
        SourceFormat format = SourceFormat.of(file);
        FormatReader reader = format.reader();
        SourceDocument document = reader.read(file, format, progress);
        if (document.lines().stream().allMatch(String::isEmpty)) {
            throw new UnreadableSourceException(file, Refusal.EMPTY, reader.emptyReason());
        }
        LOG.debug("Read {} as {} in {}: {} lines", file, format.id(), document.encoding(), document.lines().size());
        return document;
    }
}
