package org.yandu.text;

/**
 * Which tones pinyin gives 一 and 不 (issue #15). Every other syllable keeps its citation tone either way: third-tone
 * sandhi (你好 said ní hǎo) is printed by no dictionary or reader, and so not here either.
 */
public enum Tones {
    /** As dictionaries print them: 一 yī, 不 bù everywhere. */
    CITATION,
    /** As a reader says them: 不是 bú shì, 一个 yí gè, 一天 yì tiān, but 第一, 十一, 统一 yī ({@link ToneSandhi}). */
    SPOKEN
}
