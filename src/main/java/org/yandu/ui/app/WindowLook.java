package org.yandu.ui.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.files.AtomicFiles;
import org.yandu.settings.Language;
import org.yandu.settings.Theme;

/**
 * The theme and language of the window and where it was, kept beside the library in a small text file, because the
 * window's first frame is drawn before the library is open: without it a dark window flashed white, a Chinese one
 * said its first words in the system's language, and every start began in the default size and place. For theme
 * and language the library stays the source of truth and this file is rewritten from it whenever they change; the
 * geometry lives only here, written when the window closes.
 *
 * @param geometry where the window was last closed; null when it never was (the default size, centred)
 */
public record WindowLook(Theme theme, Language language, @Nullable WindowGeometry geometry) {
    static final WindowLook DEFAULT = new WindowLook(Theme.LIGHT, Language.SYSTEM);
    private static final Logger log = LoggerFactory.getLogger(WindowLook.class);
    private static final String SUFFIX = ".window";
    private static final String THEME = "theme";
    private static final String LANGUAGE = "language";

    WindowLook(Theme theme, Language language) {
        this(theme, language, null);
    }

    /** The look last written beside {@code library}, or the default one when there is none or it is unreadable. */
    public static WindowLook read(Path library) {
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
        return new WindowLook(Theme.parse(values.getProperty(THEME)), Language.parse(values.getProperty(LANGUAGE)),
                WindowGeometry.readFrom(values));
    }

    /** Where the panes were divided when the window last closed, else where they are by default. */
    WindowGeometry.Dividers dividers() {
        return geometry == null ? WindowGeometry.Dividers.DEFAULT : geometry.dividers();
    }

    WindowLook withLook(Theme newTheme, Language newLanguage) {
        return new WindowLook(newTheme, newLanguage, geometry);
    }

    WindowLook withGeometry(WindowGeometry newGeometry) {
        return new WindowLook(theme, language, newGeometry);
    }

    /** Writes this look beside {@code library}, replacing the file at once so a crash never leaves half of it. */
    void write(Path library) throws IOException {
        Properties values = new Properties();
        values.setProperty(THEME, theme.name());
        values.setProperty(LANGUAGE, language.name());
        if (geometry != null) {
            geometry.putInto(values);
        }
        AtomicFiles.replace(fileFor(library), out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            values.store(text, "Yandu: the look and place of the window, for its first frame; beside its library");
            text.flush();
        });
    }

    static Path fileFor(Path library) {
        return library.resolveSibling(library.getFileName() + SUFFIX);
    }
}
