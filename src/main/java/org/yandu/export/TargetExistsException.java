package org.yandu.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An export would overwrite files that exist; nothing was written. Ask, then export again with force. */
public final class TargetExistsException extends IOException {
    private final List<Path> existing;

    public TargetExistsException(List<Path> existing) {
        super(existing.size() == 1 ? existing.get(0) + " already exists"
                : existing.size() + " files already exist, among them " + existing.get(0));
        this.existing = List.copyOf(existing);
    }

    public List<Path> existing() {
        return existing;
    }
}
