package org.yandu.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.text.TraditionalStandard;

class StudyServicesTest {

    @Test
    void theGlossaryIsReadyBeforeTheRarelyNeededDictionariesAndTheStartEndsWithThem(@TempDir Path dir) {
        StudyServices services = new StudyServices();
        List<String> seen = new ArrayList<>();
        services.everyDictionaryLoadedProperty().addListener((o, was, now) -> seen.add("every dictionary " + now));
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            assertFalse(services.everyDictionaryLoadedProperty().get());
            services.start(new SameThreadTaskExecutor(), store, service -> {
                seen.add("ready");
                assertSame(service, services.glossary());
                assertNotNull(services.lookup(), "lookups work once the glossary is ready");
            }, e -> seen.add("failed " + e));
            assertEquals(List.of("ready", "every dictionary true"), seen);
            GlossaryService glossary = services.glossary();
            assertNotNull(glossary);
            assertFalse(glossary.text().synonyms("群众").isEmpty(), "the synonyms are in");
            assertEquals("為人民服務", glossary.text().toTraditional("为人民服务", TraditionalStandard.GENERAL));
        }
    }
}
