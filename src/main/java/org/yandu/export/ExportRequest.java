package org.yandu.export;

import java.nio.file.Path;

/**
 * One export as the reader asked for it.
 *
 * @param target the file to write; for Markdown one file per speech, the folder to write into; an existing
 *     folder for any format receives a file named after the export's title
 * @param force whether existing files may be replaced (the window asks first; the CLI's --force)
 */
public record ExportRequest(ExportScope scope, ExportOptions options, Path target, boolean force) {
}
