package org.yandu;

import java.nio.file.Path;
import javafx.application.Application;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.yandu.cli.YanduCommand;
import org.yandu.library.LibraryLocation;
import org.yandu.ui.YanduApp;

/**
 * The jar's entry point: a command runs headless; no command opens the window. It is not the
 * Application subclass itself, so the shaded jar starts without the JavaFX module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Read by logback.xml, so it must be set before the first logger exists.
        System.setProperty("yandu.log.dir", LibraryLocation.defaultDataDirectory().resolve("logs").toString());
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (args.length == 0) {
            // How a desktop launcher starts Yandu: straight to the window, without building the command line's
            // parser (picocli creates every command first, a quarter of a second before the window can start).
            openWindow(LibraryLocation.resolve(null));
            System.exit(0);
        }
        System.exit(YanduCommand.execute(args, Main::openWindow));
    }

    private static void openWindow(Path library) {
        Application.launch(YanduApp.class, "--library=" + library);
    }
}
