package org.yandu.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yandu.failure.Explained;
import org.yandu.failure.Explanation;

/**
 * A file that cannot be imported; the message names the file and says what is wrong with it, in English for the
 * command line, and {@link #refusal()} says it for the window to word in the reader's language.
 */
public class UnreadableSourceException extends Exception implements Explained {
    private final Path path;
    private final Refusal refusal;
    private final List<String> details;

    public UnreadableSourceException(Path path, Refusal refusal, String reason) {
        this(path, refusal, reason, List.of(), null);
    }

    public UnreadableSourceException(Path path, Refusal refusal, String reason, Throwable cause) {
        this(path, refusal, reason, List.of(), cause);
    }

    /** @param details what the window's sentence needs besides the file's name, e.g. a size and a limit */
    public UnreadableSourceException(Path path, Refusal refusal, String reason, List<String> details,
            @Nullable Throwable cause) {
        super(path.getFileName() + ": " + reason, cause);
        this.path = path;
        this.refusal = refusal;
        this.details = List.copyOf(details);
    }

    /** Names the file and says what is wrong with it; never null. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage(), "set by the constructor");
    }

    public Path path() {
        return path;
    }

    public Refusal refusal() {
        return refusal;
    }

    public List<String> details() {
        return details;
    }

    /** The refusal's sentence, naming the file and then the details. */
    @Override
    public Explanation explanation() {
        List<Object> arguments = new ArrayList<>(List.of(String.valueOf(path.getFileName())));
        arguments.addAll(details);
        return new Explanation(refusal, arguments);
    }
}
