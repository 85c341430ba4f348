package org.yandu.glossary;

/**
 * A line of the built-in study glossary that is not valid. The file ships with Yandu, so this is a
 * bug in the data: the message names the file and the line.
 */
public final class GlossaryFormatException extends RuntimeException {
    private final String file;
    private final int line;

    public GlossaryFormatException(String file, int line, String reason) {
        super(file + " line " + line + ": " + reason);
        this.file = file;
        this.line = line;
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
