package org.yandu.glossary;

/**
 * Where a glossary entry comes from. The order of the constants is not the lookup order: a lookup
 * lists {@link #STUDY} first, then {@link #GROUP}, then {@link #USER}, then {@link #CEDICT} (see {@link Glossary}).
 */
public enum GlossarySource {
    /** Yandu's built-in study glossary of Party and state political vocabulary (data/glossary). */
    STUDY,
    /** CC-CEDICT, the community Chinese–English dictionary (MDBG, CC BY-SA 4.0). */
    CEDICT,
    /** A term the user wrote or imported into their own glossary. */
    USER,
    /** A term of the glossary the reader's study group shares, put there by its organisers. */
    GROUP
}
