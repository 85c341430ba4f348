package org.yandu.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.reading.ReadingPosition;
import org.yandu.reading.SpeechDocument;
import org.yandu.settings.HoverLookup;
import org.yandu.settings.Language;
import org.yandu.settings.Preferences;
import org.yandu.settings.Theme;
import org.yandu.text.Tones;
import org.yandu.text.TraditionalStandard;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.reader.ReaderViewModel;

class SettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void displayChoicesSurviveAReopen() {
        try (LibraryStore store = TestLibraries.open(dir)) {
            Preferences preferences = new Preferences(store);
            SettingsViewModel settings = new SettingsViewModel(Runnable::run);
            settings.restore(DisplaySettings.readFrom(preferences), preferences);
            settings.biggerFont();
            settings.biggerFont();
            settings.themeProperty().set(Theme.DARK);
            settings.languageProperty().set(Language.CHINESE);
            settings.outlineVisibleProperty().set(false);
            settings.pinyinProperty().set(true);
            assertEquals(Tones.CITATION, settings.tones(), "一 and 不 as dictionaries print them at first");
            settings.spokenTonesProperty().set(true);
            settings.traditionalProperty().set(true);
            assertEquals(TraditionalStandard.GENERAL, settings.traditionalStandardProperty().get());
            settings.traditionalStandardProperty().set(TraditionalStandard.HONG_KONG);
            assertEquals(HoverLookup.OFF, settings.hoverLookupProperty().get(), "a click looks words up at first");
            settings.hoverLookupProperty().set(HoverLookup.AFTER_600_MS);
        }
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            Preferences preferences = new Preferences(store);
            SettingsViewModel settings = new SettingsViewModel(Runnable::run);
            settings.restore(DisplaySettings.readFrom(preferences), preferences);
            assertEquals(Preferences.DEFAULT_FONT_SIZE + 4, settings.fontSizeProperty().get());
            assertEquals(Theme.DARK, settings.themeProperty().get());
            assertEquals(Language.CHINESE, settings.languageProperty().get());
            assertFalse(settings.outlineVisibleProperty().get());
            assertTrue(settings.pinyinProperty().get());
            assertTrue(settings.spokenTonesProperty().get());
            assertEquals(Tones.SPOKEN, settings.tones());
            assertTrue(settings.traditionalProperty().get());
            assertEquals(TraditionalStandard.HONG_KONG, settings.traditionalStandardProperty().get());
            assertEquals(HoverLookup.AFTER_600_MS, settings.hoverLookupProperty().get());
        }
    }

    @Test
    void lastSpeechAndPositionAreRestored() {
        long speechId;
        try (LibraryStore store = TestLibraries.open(dir)) {
            Speech speech = store.speeches().get(0);
            speechId = speech.id();
            ReaderViewModel reader = new ReaderViewModel();
            reader.show(SpeechDocument.of(speech, store.paragraphs(speechId)), 0);
            reader.topItemProperty().set(8);
            new Preferences(store).putLastReading(reader.readingPosition().orElseThrow());
        }
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            ReadingPosition last = new Preferences(store).lastReading().orElseThrow();
            assertEquals(speechId, last.speechId());
            ReaderViewModel reader = new ReaderViewModel();
            SpeechDocument doc = SpeechDocument.of(store.speech(speechId).orElseThrow(), store.paragraphs(speechId));
            reader.show(doc, last.paragraph());
            assertEquals(8, reader.topItemProperty().get());
        }
    }

    @Test
    void restoringDoesNotWriteButLaterChangesDo() {
        List<Runnable> writes = new ArrayList<>();
        try (LibraryStore store = TestLibraries.open(dir)) {
            Preferences preferences = new Preferences(store);
            SettingsViewModel settings = new SettingsViewModel(writes::add);
            settings.restore(new DisplaySettings(Theme.DARK, 30, Language.ENGLISH, false), preferences);
            assertTrue(writes.isEmpty());
            settings.smallerFont();
            assertEquals(1, writes.size());
            writes.forEach(Runnable::run);
            assertEquals(28, preferences.fontSize());
        }
    }

    @Test
    void fontSizeStaysWithinBounds() {
        SettingsViewModel settings = new SettingsViewModel(Runnable::run);
        for (int i = 0; i < 30; i++) {
            settings.biggerFont();
        }
        assertEquals(SettingsViewModel.MAX_FONT_SIZE, settings.fontSizeProperty().get());
        for (int i = 0; i < 30; i++) {
            settings.smallerFont();
        }
        assertEquals(SettingsViewModel.MIN_FONT_SIZE, settings.fontSizeProperty().get());
        settings.resetFont();
        assertEquals(Preferences.DEFAULT_FONT_SIZE, settings.fontSizeProperty().get());
    }

    @Test
    void unreadableStoredValuesFallBackToDefaults() {
        try (LibraryStore store = TestLibraries.open(dir)) {
            store.putSetting(Preferences.FONT_SIZE, "huge");
            store.putSetting(Preferences.THEME, "SEPIA");
            store.putSetting(Preferences.LANGUAGE, "KLINGON");
            store.putSetting(Preferences.LAST_READING, "nonsense");
            store.putSetting(Preferences.HOVER_LOOKUP, "AFTER_A_WHILE");
            store.putSetting(Preferences.SPOKEN_TONES, "sometimes");
            Preferences preferences = new Preferences(store);
            assertEquals(Preferences.DEFAULT_FONT_SIZE, preferences.fontSize());
            assertEquals(Theme.LIGHT, preferences.theme());
            assertEquals(Language.SYSTEM, preferences.language());
            assertTrue(preferences.lastReading().isEmpty());
            assertEquals(HoverLookup.OFF, preferences.hoverLookup());
            assertFalse(preferences.spokenTones());
        }
    }
}
