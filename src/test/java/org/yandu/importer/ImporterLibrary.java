package org.yandu.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.yandu.library.LibraryStore;

/**
 * A new library file for each test, with an importer that leaves segmentation to the background job, closed and
 * removed after it ({@code @RegisterExtension final ImporterLibrary library = new ImporterLibrary();}).
 */
final class ImporterLibrary implements BeforeEachCallback, AfterEachCallback {
    private Path folder;
    private LibraryStore store;
    private Importer importer;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("yandu-importer-test");
        store = LibraryStore.open(folder.resolve("library.db"));
        importer = new Importer(store);
    }

    LibraryStore store() {
        return store;
    }

    Importer importer() {
        return importer;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
