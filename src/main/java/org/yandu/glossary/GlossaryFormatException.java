package org.yandu.glossary;

import org.yandu.failure.Explained;
import org.yandu.failure.Explanation;
import org.yandu.failure.Reason;

/**
 * A line of the built-in study glossary that is not valid. The file ships with Yandu, so this is a
 * bug in the data: the message names the file and the line (the window only says where, the log says what).
 */
public final class GlossaryFormatException extends RuntimeException implements Explained {
    /** The one reason: Yandu's own glossary file is broken. */
    public enum Damage implements Reason {
        BROKEN_LINE;

        @Override
        public String messageKey() {
            return "glossary.brokenLine";
        }
    }

    private final String file;
    private final int line;

    public GlossaryFormatException(String file, int line, String reason) {
        super(file + " line " + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    @Override
    public Explanation explanation() {
        return Explanation.of(Damage.BROKEN_LINE, file, line);
    }

    /** The file name as given to the loader. */
    public String file() {
        return file;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }
}
