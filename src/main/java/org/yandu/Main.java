package org.yandu;

import java.nio.file.Path;
import javafx.application.Application;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.yandu.cli.LibraryOption;
import org.yandu.cli.YanduCommand;
import org.yandu.library.LibraryLocation;
import org.yandu.ui.YanduApp;

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
            System.setProperty(LOG_FOLDER, library.resolveSibling("logs").toString());
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

    private static void openWindow(Path library) {
        Application.launch(YanduApp.class, "--library=" + library);
    }
}
