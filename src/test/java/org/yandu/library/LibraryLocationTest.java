package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryLocationTest {
    @Test
    void theOptionWinsOverTheEnvironment() {
        Path chosen = Path.of("/tmp/mine.db");
        assertEquals(chosen, LibraryLocation.resolve(chosen, Map.of("YANDU_LIBRARY", "/tmp/env.db"), "Linux",
                "/home/u"));
    }

    @Test
    void theEnvironmentWinsOverTheDefault() {
        assertEquals(Path.of("/tmp/env.db"), LibraryLocation.resolve(null, Map.of("YANDU_LIBRARY", "/tmp/env.db"),
                "Linux", "/home/u"));
    }

    @Test
    void eachPlatformHasItsOwnDataFolder() {
        assertEquals(Path.of("/home/u/.local/share/yandu/library.db"),
                LibraryLocation.resolve(null, Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/xdg/yandu/library.db"),
                LibraryLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"));
        assertEquals(Path.of("/Users/u/Library/Application Support/Yandu/library.db"),
                LibraryLocation.resolve(null, Map.of(), "Mac OS X", "/Users/u"));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming", "Yandu", "library.db"),
                LibraryLocation.resolve(null, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11",
                        "C:/Users/u"));
    }
}
