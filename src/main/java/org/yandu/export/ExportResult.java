package org.yandu.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param files the files now in place
 * @param speeches speeches exported
 * @param annotations highlights and notes exported
 */
public record ExportResult(List<Path> files, int speeches, int annotations) {
    public ExportResult {
        files = List.copyOf(files);
    }
}
