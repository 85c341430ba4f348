package org.yandu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #18's targets by library size, in the words the table gives them. */
class LibraryTargetsTest {
    @Test
    void theArchiveOf100000SpeechesHasItsOwnTargets() {
        LibraryTargets library = LibraryTargets.of(10_000);
        LibraryTargets archive = LibraryTargets.of(LibraryTargets.ARCHIVE);

        assertEquals(List.of("ratio ≤ 1.3", "ratio ≤ 1.6", "ratio ≤ 3", "ratio ≥ 0.5"), texts(library));
        assertEquals(List.of("ratio ≤ 1.5", "ratio ≤ 1.8", "ratio ≤ 2.7", "ratio ≥ 0.6"), texts(archive));
    }

    @Test
    void aBoundItselfMeetsItsTarget() {
        Target listed = LibraryTargets.of(10_000).listed();
        Target importShare = LibraryTargets.of(LibraryTargets.ARCHIVE).importShare();

        assertTrue(listed.metBy(1.3));
        assertFalse(listed.metBy(1.31));
        assertTrue(importShare.metBy(0.6));
        assertFalse(importShare.metBy(0.59));
        Figure figure = new Figure("start to library listed", "ms", 2_600, 2_800, "a window with one label", 2_000,
                1.3, listed);
        assertEquals("ratio ≤ 1.3", figure.target());
        assertTrue(figure.met());
    }

    private static List<String> texts(LibraryTargets targets) {
        return List.of(targets.listed().text(), targets.memory().text(), targets.file().text(),
                targets.importShare().text());
    }
}
