package org.yandu.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as a word the reader looked up: asked for, whole, and not a stray particle. */
class LookupRequestTest {
    @Test
    void aWordOnlyGlancedAtIsNeverRemembered() {
        for (String term : List.of("为民", "群众路线", "的")) {
            assertFalse(LookupRequest.GLANCE.remembers(term), term);
        }
    }

    @Test
    void aClickedOrRequestedWordIsRemembered() {
        for (LookupRequest asked : List.of(LookupRequest.CLICK, LookupRequest.EXPLICIT)) {
            assertTrue(asked.remembers("为民"));
            assertTrue(asked.remembers("了解"), "a word that starts with a particle's character is a word");
            assertTrue(asked.remembers("从群众中来，到群众中去"), "punctuation inside a phrase is part of it");
            assertTrue(asked.remembers("5G"));
        }
    }

    @Test
    void aFragmentCutThroughPunctuationIsNeverRemembered() {
        for (LookupRequest asked : LookupRequest.values()) {
            for (String term : List.of("。“君主如舟百姓如", "载舟覆舟，", "“人民", "人民”", " 群众", "群众 ", "…", "")) {
                assertFalse(asked.remembers(term), asked + " " + term);
            }
        }
    }

    @Test
    void aBareParticleIsRememberedOnlyWhenLookedUpOnPurpose() {
        assertEquals(List.of(false, false, true), List.of(LookupRequest.GLANCE.remembers("的"),
                LookupRequest.CLICK.remembers("的"), LookupRequest.EXPLICIT.remembers("的")));
        assertFalse(LookupRequest.CLICK.remembers("了"));
    }
}
