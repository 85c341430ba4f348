package org.yandu.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yandu.glossary.InvalidTermException;
import org.yandu.glossary.UserTermRule;
import org.yandu.settings.Language;

class MessagesTest {
    @Test
    void chosenLanguageWinsOverTheSystemLocale() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Library", Messages.of(Language.ENGLISH).get("library.title"));
            assertEquals("文库", Messages.of(Language.SYSTEM).get("library.title"));
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Library", Messages.of(Language.SYSTEM).get("library.title"));
            assertEquals("文库", Messages.of(Language.CHINESE).get("library.title"));
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void patternsFormatInEachLanguage() {
        assertEquals("12,345 characters · 300 paragraphs",
                Messages.of(Language.ENGLISH).format("status.speechSize", 12345, 300));
        assertEquals("12,345 字 · 300 段", Messages.of(Language.CHINESE).format("status.speechSize", 12345, 300));
    }

    @Test
    void aRefusedTermIsNamedWithItsReasonInEachLanguage() {
        InvalidTermException control = assertThrows(InvalidTermException.class, () -> UserTermRule.check("GDP\n2", ""));
        InvalidTermException pinyin = assertThrows(InvalidTermException.class,
                () -> UserTermRule.check("A股", "gǔ piào"));
        assertEquals("“GDP\\u000A2” cannot be a glossary term: it holds a line break, tab or other control character.",
                Messages.of(Language.ENGLISH).glossaryError(control));
        assertEquals("“GDP\\u000A2”不能作为词条：含有换行、制表符等控制字符。", Messages.of(Language.CHINESE).glossaryError(control));
        assertTrue(Messages.of(Language.CHINESE).glossaryError(pinyin).startsWith("“A股”的拼音不对应"));
        assertEquals("词汇无法修改：研读无法说明原因；报告的原始错误已记入日志。",
                Messages.of(Language.CHINESE).glossaryError(new IllegalStateException("an English message")),
                "an error nobody explained is not shown in its English words (the log has them)");
    }

    @Test
    void aDamagedLibraryIsNamedAndTheWayOutGivenInEachLanguage() {
        for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
            String text = Messages.of(language).format("error.libraryDamaged", "/home/me/library.db");
            assertTrue(text.contains("/home/me/library.db") && text.contains("yandu restore FILE"), text);
        }
    }
}
