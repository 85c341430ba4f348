package org.yandu.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.yandu.failure.Explained;
import org.yandu.failure.Explanation;
import org.yandu.failure.Reason;

/** An export would overwrite files that exist; nothing was written. Ask, then export again with force. */
public final class TargetExistsException extends IOException implements Explained {
    /** The one reason, said with how many files exist and the first of them. */
    public enum Overwrite implements Reason {
        FILES_EXIST;

        @Override
        public String messageKey() {
            return "export.filesExist";
        }
    }

    private final transient List<Path> existing;

    public TargetExistsException(List<Path> existing) {
        super(existing.size() == 1 ? existing.get(0) + " already exists"
                : existing.size() + " files already exist, among them " + existing.get(0));
        this.existing = List.copyOf(existing);
    }

    public List<Path> existing() {
        return existing;
    }

    @Override
    public Explanation explanation() {
        return Explanation.of(Overwrite.FILES_EXIST, existing.size(), existing.get(0));
    }
}
