package org.yandu.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The theme and language of the window, kept beside the library in a small text file as well as in it, because
 * the window's first frame is drawn before the library is open: without it a dark window flashed white and a
 * Chinese one said its first words in the system's language. The library stays the source of truth; this file is
 * rewritten from it whenever the two change.
 */
record WindowLook(Theme theme, Language language) {
    static final WindowLook DEFAULT = new WindowLook(Theme.LIGHT, Language.SYSTEM);
    private static final Logger log = LoggerFactory.getLogger(WindowLook.class);
    private static final String SUFFIX = ".window";
    private static final String THEME = "theme";
    private static final String LANGUAGE = "language";

    /** The look last written beside {@code library}, or the default one when there is none or it is unreadable. */
    static WindowLook read(Path library) {
        Path file = fileFor(library);
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            log.debug("{} could not be read ({}); the first frame takes the default look", file, e.getMessage());
            return DEFAULT;
        }
        return new WindowLook(Theme.parse(values.getProperty(THEME)), Language.parse(values.getProperty(LANGUAGE)));
    }

    /** Writes this look beside {@code library}, through a temporary file so a crash never leaves half of it. */
    void write(Path library) throws IOException {
        Path file = fileFor(library);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Properties values = new Properties();
        values.setProperty(THEME, theme.name());
        values.setProperty(LANGUAGE, language.name());
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            values.store(out, "Yandu: the look of the window's first frame, copied from the library beside it");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Path fileFor(Path library) {
        return library.resolveSibling(library.getFileName() + SUFFIX);
    }
}
