package org.yandu.text;

/** One loaded instance for the tests that do not change terms or pinyin; those load their own. */
final class SharedText {
    static final ChineseText TEXT = ChineseText.load();

    private SharedText() {
    }
}
