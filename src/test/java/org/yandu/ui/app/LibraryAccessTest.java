package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.LibraryStore;
import org.yandu.settings.Language;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.base.Messages;

/** What the window allows and says as it holds its library: for writing, for reading only, or not at all. */
class LibraryAccessTest {
    @TempDir
    Path dir;

    private final LibraryAccess access = new LibraryAccess();
    private final Messages english = Messages.of(Language.ENGLISH);
    private final Messages chinese = Messages.of(Language.CHINESE);

    @Test
    void aLibraryOpenedForWritingAllowsEverythingAndSaysNothing() {
        try (LibraryStore store = TestLibraries.open(dir)) {
            access.opened(store);
        }
        assertTrue(access.open().get());
        assertTrue(access.writable().get());
        assertTrue(access.restorable().get());
        assertFalse(access.readOnly().get());
        assertEquals("", access.notice(english).get());
    }

    @Test
    void aLibraryReadBesideAnotherYanduIsReadNotWrittenAndTheWindowSaysWhy() {
        TestLibraries.open(dir).close();
        try (LibraryStore store = LibraryStore.openForReading(dir.resolve("library.db"))) {
            access.opened(store);
        }
        assertTrue(access.open().get(), "read, searched and exported");
        assertFalse(access.writable().get(), "no import, backup or reading progress");
        assertFalse(access.restorable().get(), "a restore would write under the other Yandu");
        assertTrue(access.readOnly().get());
        assertTrue(access.notice(english).get().startsWith("Another Yandu is using this library"),
                access.notice(english).get());
        assertTrue(access.notice(chinese).get().startsWith("另一个研读"), access.notice(chinese).get());
        assertFalse(access.notOpenedProperty().get());
    }

    /** The reader declined the backup offered for a lost or damaged library: it can still be restored later. */
    @Test
    void aLibraryNotOpenedCanStillBeRestored() {
        access.notOpened();
        assertFalse(access.open().get());
        assertFalse(access.writable().get());
        assertTrue(access.restorable().get());
        assertTrue(access.notOpenedProperty().get());
        assertEquals("", access.notice(english).get());
        access.opening();
        assertFalse(access.restorable().get(), "not while a restore or an opening is under way");
    }
}
