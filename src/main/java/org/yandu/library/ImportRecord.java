package org.yandu.library;

import java.util.List;

/**
 * What one file's import did to the library.
 *
 * @param unchanged the identical file had been imported before, so nothing was written
 * @param added speeches that are new to the library
 * @param alreadyPresent speeches the library already held (from this or another file), now also linked to this file
 * @param speechIds every speech of the file, in file order
 */
public record ImportRecord(boolean unchanged, int added, int alreadyPresent, List<Long> speechIds) {
    public ImportRecord {
        speechIds = List.copyOf(speechIds);
    }
}
