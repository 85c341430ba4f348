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
        System.exit(YanduCommand.execute(args, Main::openWindow));
    }

    private static void openWindow(Path library) {
        Application.launch(YanduApp.class, "--library=" + library);
    }
}
