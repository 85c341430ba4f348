package org.yandu.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the library file lives: the --library option, else the YANDU_LIBRARY environment variable,
 * else {@code library.db} in the platform's per-user data directory.
 */
public final class LibraryLocation {
    public static final String ENVIRONMENT_VARIABLE = "YANDU_LIBRARY";
    private static final String FILE_NAME = "library.db";

    private LibraryLocation() {
    }

    public static Path resolve(@Nullable Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path resolve(@Nullable Path option, Map<String, String> env, String osName, String home) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return dataDirectory(env, osName, home).resolve(FILE_NAME);
    }

    /** The per-user folder for the library and logs on this platform. */
    public static Path defaultDataDirectory() {
        return dataDirectory(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path dataDirectory(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Yandu");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Yandu");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("yandu");
    }
}
