package org.yandu;

import java.nio.file.Path;
import java.util.List;
import org.yandu.glossary.GlossaryService;
import org.yandu.importer.ImportProgress;
import org.yandu.importer.Importer;
import org.yandu.library.LibraryStore;
import org.yandu.text.ChineseText;

/**
 * The bundled speeches imported into a real library, segmented with the glossary service that then serves it:
 * what the lookups, analyses and study views are tested on. HanLP loads once per JVM ({@link ChineseText#load}).
 */
public record BundledLibrary(LibraryStore store, GlossaryService glossary) implements AutoCloseable {

    /** The bundled speeches' folder: {@code data/speeches}, or {@code -Dyandu.speeches.dir}. */
    public static Path speeches() {
        return Path.of(System.getProperty("yandu.speeches.dir", "data/speeches"));
    }

    /** A library {@code library.db} in {@code dir} holding the bundled speeches, and its glossary service. */
    public static BundledLibrary open(Path dir) {
        LibraryStore store = LibraryStore.open(dir.resolve("library.db"));
        GlossaryService glossary = GlossaryService.open(store, ChineseText.load());
        new Importer(store, glossary.tokenizer()).importPaths(List.of(speeches()), ImportProgress.NONE);
        return new BundledLibrary(store, glossary);
    }

    @Override
    public void close() {
        store.close();
    }
}
