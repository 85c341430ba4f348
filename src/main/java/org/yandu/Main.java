package org.yandu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.yandu.cli.LibraryOption;
import org.yandu.cli.YanduCommand;
import org.yandu.library.LibraryLocation;
import org.yandu.ui.app.YanduApp;

/**
 * The jar's entry point: a command runs headless; no command opens the window. It is not the
 * Application subclass itself, so the shaded jar starts without the JavaFX module path.
 */
public final class Main {
    private static final String LOG_FOLDER = "yandu.log.dir";

    private Main() {
    }

    public static void main(String[] args) {
        Path library = LibraryLocation.resolve(LibraryOption.in(args));
        // The log describes one library, so it lives beside it (two libraries, or a command and a window, never write
        // one file). logback.xml reads the folder, so it is set before the first logger exists; one given with -D wins.
        if (System.getProperty(LOG_FOLDER) == null) {
            System.setProperty(LOG_FOLDER, logFolder(library).toString());
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (args.length == 0) {
            // How a desktop launcher starts Yandu: straight to the window, without building the command line's
            // parser (picocli creates every command first, a quarter of a second before the window can start).
            openWindow(library);
            System.exit(0);
        }
        System.exit(YanduCommand.execute(args, Main::openWindow));
    }

    /**
     * The logs folder beside the library, or the temporary folder when it cannot be written (a read-only or
     * protected folder): logback would otherwise print its whole configuration status, stack traces and all, over
     * the one line that says why the library cannot be opened.
     */
    private static Path logFolder(Path library) {
        Path logs = library.resolveSibling("logs");
        try {
            Files.createDirectories(logs);
            if (Files.isWritable(logs)) {
                return logs;
            }
        } catch (IOException | RuntimeException e) {
            // not ours to write: the log goes where it can
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void openWindow(Path library) {
        Application.launch(YanduApp.class, "--library=" + library);
    }
}
