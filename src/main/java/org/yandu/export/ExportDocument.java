package org.yandu.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One file of an export, written only when the export puts it in place.
 *
 * @param fileName its name when the export writes into a folder
 */
record ExportDocument(String fileName, Body body) {
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A document whose content is text, written as UTF-8. */
    static ExportDocument text(String fileName, String content) {
        return new ExportDocument(fileName, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }
}
