package org.yandu.lookup;

import java.util.Set;

/**
 * How the reader came to see a word's entry, which decides whether it joins the speech's vocabulary (the words
 * looked up that study notes and flashcards list). Only what the reader asked for is remembered: a word shown
 * because the mouse rested on it, or a selection made in order to highlight it, is not.
 */
public enum LookupRequest {
    /** Shown without being asked: the pointer rested on the word, or text was selected. Never remembered. */
    GLANCE,
    /** A click on a word. Remembered, unless it is a bare particle such as 的, which a click often lands on. */
    CLICK,
    /** Looked up on purpose: the lookup shortcut or the Look Up command, on a word or a selection. */
    EXPLICIT;

    /** Particles that carry grammar rather than meaning; remembered only when looked up on purpose. */
    private static final Set<String> PARTICLES = Set.of("的", "地", "得", "了", "着", "过", "吗", "呢", "吧", "啊",
            "呀", "嘛", "么", "哦", "啦", "之", "所");

    /**
     * Whether a lookup of {@code term} asked for this way belongs in the vocabulary: asked for, starting and
     * ending with a letter or digit (a span cut through punctuation is a fragment, not a word), and not a bare
     * particle unless looked up on purpose. The same rule, in SQL, set apart the lookups recorded before it
     * (migration 012).
     */
    public boolean remembers(String term) {
        if (this == GLANCE || term.isEmpty()) {
            return false;
        }
        boolean wordLike = Character.isLetterOrDigit(term.codePointAt(0))
                && Character.isLetterOrDigit(term.codePointBefore(term.length()));
        return wordLike && (this == EXPLICIT || !PARTICLES.contains(term));
    }
}
