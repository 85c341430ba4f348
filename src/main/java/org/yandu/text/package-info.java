/**
 * Chinese language services behind one interface, {@link org.yandu.text.ChineseText}: the only package that
 * uses HanLP (portable 1.8.6, dictionaries inside the jar).
 *
 * <ul>
 *   <li>{@link org.yandu.text.ChineseText}: the interface, with {@code load()} to get a ready instance
 *       (off the FX thread) and {@code loadRarelyNeededDictionaries()} for the rest.</li>
 *   <li>{@link org.yandu.text.HanlpText}: the HanLP implementation.</li>
 *   <li>{@link org.yandu.text.Tones}: pinyin with 一 and 不 in citation tones or as spoken (tone sandhi applied
 *       by {@code ToneSandhi}).</li>
 *   <li>{@link org.yandu.text.Token}: a token with exact UTF-16 offsets and HanLP's part-of-speech tag.</li>
 *   <li>{@link org.yandu.text.HanlpLogging}: HanLP's java.util.logging output into SLF4J.</li>
 * </ul>
 *
 * Resources next to the classes: {@code terms.txt} (terms every instance starts with),
 * {@code pinyin-overrides.tsv} (word readings HanLP gets wrong in the speeches) and
 * {@code pinyin-by-tag.tsv} (single-character polyphones by part of speech).
 */
package org.yandu.text;
