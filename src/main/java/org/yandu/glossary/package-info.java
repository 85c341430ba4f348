/**
 * The glossary: look any word up in three merged sources — Yandu's built-in study glossary of
 * Party and state political vocabulary, CC-CEDICT, and the user's own terms. No SQL and no UI here:
 * this package holds the model, the parsers, the data and the in-memory lookup; persistence of the
 * user's terms and of an imported CC-CEDICT belongs to the store layer.
 *
 * <ul>
 *   <li>{@link org.yandu.glossary.GlossaryEntry} and {@link org.yandu.glossary.GlossarySource}: one
 *       entry of one source.</li>
 *   <li>{@link org.yandu.glossary.StudyGlossary}: loads {@code data/glossary/study-glossary.tsv}
 *       from the classpath (packed into the jar by the pom).</li>
 *   <li>{@link org.yandu.glossary.CedictParser} and {@link org.yandu.glossary.CedictFile}: CC-CEDICT
 *       in the MDBG line format from {@code .txt.gz}, {@code .zip}, {@code .u8} or {@code .txt},
 *       streamed, with a {@link org.yandu.glossary.ParseReport} of malformed lines and the
 *       {@link org.yandu.glossary.CedictHeader} (version, date, licence notice).</li>
 *   <li>{@code PackedCedict}: CC-CEDICT's packed index kept in a file beside the imported copy and read at
 *       start instead of parsing the copy again.</li>
 *   <li>{@link org.yandu.glossary.UserTermRule}: the one rule for the user's terms, checked before anything is
 *       written and again on load. Numbered pinyin becomes tone marks in {@code text.PinyinNotation}.</li>
 *   <li>{@link org.yandu.glossary.Glossary} and {@link org.yandu.glossary.LookupResult}: the
 *       index, safe for lookups on background threads while the user edits terms.</li>
 *   <li>{@link org.yandu.glossary.UserGlossaryCsv}: export and import of the user's terms.</li>
 * </ul>
 *
 * <p>CC-CEDICT is licensed CC BY-SA 4.0 (MDBG); an About panel should show
 * {@link org.yandu.glossary.CedictHeader#noticeText()}. The dictionary file itself is never part
 * of the repository; tests read the shared copy ({@code yandu.shared.dir}) when it is there.
 */
package org.yandu.glossary;
