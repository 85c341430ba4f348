package org.yandu.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.export.ExportOptions;
import org.yandu.library.LibraryStore;
import org.yandu.reading.ReadingPosition;
import org.yandu.text.TraditionalStandard;

/**
 * The reader's remembered choices, kept in the library's settings so they travel with the library.
 * Reads and writes the store directly: call it off the FX thread.
 */
public final class Preferences {
    /** The reader's text size in points until the reader changes it. */
    public static final int DEFAULT_FONT_SIZE = 18;
    public static final String THEME = "ui.theme";
    public static final String FONT_SIZE = "ui.fontSize";
    public static final String LANGUAGE = "ui.language";
    static final String OUTLINE_VISIBLE = "ui.outlineVisible";
    static final String MARK_TERMS = "ui.markTerms";
    static final String PINYIN = "ui.pinyin";
    static final String TRADITIONAL = "ui.traditional";
    static final String TRADITIONAL_STANDARD = "ui.traditionalStandard";
    public static final String SPOKEN_TONES = "ui.spokenTones";
    static final String WHOLE_WORDS = "ui.wholeWords";
    static final String OTHERS_NOTES = "ui.othersNotes";
    public static final String HOVER_LOOKUP = "ui.hoverLookup";
    public static final String LAST_READING = "ui.lastReading";
    static final String EXPORT_OPTIONS = "export.options";
    static final String EXPORT_FOLDER = "export.folder";
    private static final Logger log = LoggerFactory.getLogger(Preferences.class);

    private final LibraryStore store;

    public Preferences(LibraryStore store) {
        this.store = store;
    }

    public Theme theme() {
        return store.setting(THEME).map(Theme::parse).orElse(Theme.LIGHT);
    }

    public void putTheme(Theme theme) {
        store.putSetting(THEME, theme.name());
    }

    public int fontSize() {
        return store.setting(FONT_SIZE).flatMap(Preferences::parseInt).orElse(DEFAULT_FONT_SIZE);
    }

    public void putFontSize(int size) {
        store.putSetting(FONT_SIZE, Integer.toString(size));
    }

    public Language language() {
        return store.setting(LANGUAGE).map(Language::parse).orElse(Language.SYSTEM);
    }

    public void putLanguage(Language language) {
        store.putSetting(LANGUAGE, language.name());
    }

    public boolean outlineVisible() {
        return store.setting(OUTLINE_VISIBLE).map(Boolean::parseBoolean).orElse(true);
    }

    public void putOutlineVisible(boolean visible) {
        store.putSetting(OUTLINE_VISIBLE, Boolean.toString(visible));
    }

    public boolean markTerms() {
        return store.setting(MARK_TERMS).map(Boolean::parseBoolean).orElse(true);
    }

    public void putMarkTerms(boolean mark) {
        store.putSetting(MARK_TERMS, Boolean.toString(mark));
    }

    /** The notes other members of the study group shared are shown beside the reader's own. */
    public boolean othersNotes() {
        return store.setting(OTHERS_NOTES).map(Boolean::parseBoolean).orElse(true);
    }

    public void putOthersNotes(boolean shown) {
        store.putSetting(OTHERS_NOTES, Boolean.toString(shown));
    }

    /** Pinyin shown above the characters of the open speech. */
    public boolean pinyin() {
        return store.setting(PINYIN).map(Boolean::parseBoolean).orElse(false);
    }

    public void putPinyin(boolean shown) {
        store.putSetting(PINYIN, Boolean.toString(shown));
    }

    /**
     * Pinyin gives 一 and 不 the tones they are said in (不是 bú shì, 一个 yí gè); off, their citation tones, as
     * dictionaries print them.
     */
    public boolean spokenTones() {
        return store.setting(SPOKEN_TONES).map(Boolean::parseBoolean).orElse(false);
    }

    public void putSpokenTones(boolean spoken) {
        store.putSetting(SPOKEN_TONES, Boolean.toString(spoken));
    }

    /** The speech shown in traditional characters. */
    public boolean traditional() {
        return store.setting(TRADITIONAL).map(Boolean::parseBoolean).orElse(false);
    }

    public void putTraditional(boolean traditional) {
        store.putSetting(TRADITIONAL, Boolean.toString(traditional));
    }

    /** Whose traditional characters: the general forms, Taiwan's or Hong Kong's. */
    public TraditionalStandard traditionalStandard() {
        return store.setting(TRADITIONAL_STANDARD).map(TraditionalStandard::parse).orElse(TraditionalStandard.GENERAL);
    }

    public void putTraditionalStandard(TraditionalStandard standard) {
        store.putSetting(TRADITIONAL_STANDARD, standard.name());
    }

    /** A selection made with the mouse takes whole words, as Calibre's "select whole words". */
    public boolean wholeWords() {
        return store.setting(WHOLE_WORDS).map(Boolean::parseBoolean).orElse(false);
    }

    public void putWholeWords(boolean wholeWords) {
        store.putSetting(WHOLE_WORDS, Boolean.toString(wholeWords));
    }

    /** Whether resting the pointer on a word looks it up, and after how long. */
    public HoverLookup hoverLookup() {
        return store.setting(HOVER_LOOKUP).map(HoverLookup::parse).orElse(HoverLookup.OFF);
    }

    public void putHoverLookup(HoverLookup hover) {
        store.putSetting(HOVER_LOOKUP, hover.name());
    }

    public Optional<ReadingPosition> lastReading() {
        return store.setting(LAST_READING).flatMap(value -> {
            try {
                return Optional.of(ReadingPosition.parse(value));
            } catch (IllegalArgumentException e) {
                log.warn("Ignoring unreadable reading position {}", value);
                return Optional.empty();
            }
        });
    }

    public void putLastReading(ReadingPosition position) {
        store.putSetting(LAST_READING, position.format());
    }

    /** The options of the last export, if there was one. */
    public Optional<ExportOptions> exportOptions() {
        return store.setting(EXPORT_OPTIONS).map(ExportOptions::parse);
    }

    /** The folder of the last export while it exists, else the Documents folder, else the home folder. */
    public Path exportFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return store.setting(EXPORT_FOLDER).flatMap(Preferences::parsePath).filter(Files::isDirectory)
                .orElse(Files.isDirectory(documents) ? documents : home);
    }

    public void putExport(ExportOptions options, Path folder) {
        store.putSetting(EXPORT_OPTIONS, options.serialise());
        store.putSetting(EXPORT_FOLDER, folder.toAbsolutePath().toString());
    }

    private static Optional<Path> parsePath(String value) {
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            log.warn("Ignoring unreadable export folder {}", value);
            return Optional.empty();
        }
    }

    private static Optional<Integer> parseInt(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
