package org.yandu.importer;

import org.yandu.library.SourceFile;

/**
 * Text that came with no file, read and parsed but not stored: what the paste dialog previews, and then stores with
 * {@link Importer#importPasted}.
 */
public record PastedSource(SourceFile source, ParsedDocument parsed) {
}
