package org.yandu.export;

import java.nio.charset.StandardCharsets;
import org.yandu.files.AtomicFiles;

/**
 * One file of an export, written only when the export puts it in place.
 *
 * @param fileName its name when the export writes into a folder
 */
record ExportDocument(String fileName, AtomicFiles.Content body) {
    /** A document whose content is text, written as UTF-8. */
    static ExportDocument text(String fileName, String content) {
        return new ExportDocument(fileName, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }
}
