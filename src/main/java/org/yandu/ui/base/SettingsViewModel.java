package org.yandu.ui.base;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;
import org.yandu.settings.HoverLookup;
import org.yandu.settings.Language;
import org.yandu.settings.Preferences;
import org.yandu.settings.Theme;
import org.yandu.text.Tones;
import org.yandu.text.TraditionalStandard;

/**
 * Font size, theme, language, outline visibility and the other display choices. Every change made after
 * {@link #restore} is saved through {@code writer}, so the store is never touched on the FX thread.
 */
public final class SettingsViewModel {
    public static final int MIN_FONT_SIZE = 12;
    public static final int MAX_FONT_SIZE = 40;
    private static final int FONT_STEP = 2;

    private final IntegerProperty fontSize = new SimpleIntegerProperty(Preferences.DEFAULT_FONT_SIZE);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.SYSTEM);
    private final BooleanProperty outlineVisible = new SimpleBooleanProperty(true);
    private final BooleanProperty markTerms = new SimpleBooleanProperty(true);
    private final BooleanProperty pinyin = new SimpleBooleanProperty(false);
    private final BooleanProperty spokenTones = new SimpleBooleanProperty(false);
    private final BooleanProperty traditional = new SimpleBooleanProperty(false);
    private final ObjectProperty<TraditionalStandard> traditionalStandard =
            new SimpleObjectProperty<>(TraditionalStandard.GENERAL);
    private final BooleanProperty wholeWords = new SimpleBooleanProperty(false);
    private final ObjectProperty<HoverLookup> hoverLookup = new SimpleObjectProperty<>(HoverLookup.OFF);
    private final BooleanProperty othersNotes = new SimpleBooleanProperty(true);
    private final Executor writer;
    /** Where changes are saved; null until a library is open, and while its stored choices are shown. */
    private @Nullable Preferences preferences;

    public SettingsViewModel(Executor writer) {
        this.writer = writer;
        fontSize.addListener((o, old, size) -> save(p -> p.putFontSize(size.intValue())));
        theme.addListener((o, old, value) -> save(p -> p.putTheme(value)));
        language.addListener((o, old, value) -> save(p -> p.putLanguage(value)));
        outlineVisible.addListener((o, old, value) -> save(p -> p.putOutlineVisible(value)));
        markTerms.addListener((o, old, value) -> save(p -> p.putMarkTerms(value)));
        pinyin.addListener((o, old, value) -> save(p -> p.putPinyin(value)));
        spokenTones.addListener((o, old, value) -> save(p -> p.putSpokenTones(value)));
        traditional.addListener((o, old, value) -> save(p -> p.putTraditional(value)));
        traditionalStandard.addListener((o, old, value) -> save(p -> p.putTraditionalStandard(value)));
        wholeWords.addListener((o, old, value) -> save(p -> p.putWholeWords(value)));
        hoverLookup.addListener((o, old, value) -> save(p -> p.putHoverLookup(value)));
        othersNotes.addListener((o, old, value) -> save(p -> p.putOthersNotes(value)));
    }

    /** Shows the stored choices without writing them back, then saves later changes to {@code target}. */
    public void restore(DisplaySettings stored, Preferences target) {
        preferences = null;
        fontSize.set(clamp(stored.fontSize()));
        theme.set(stored.theme());
        language.set(stored.language());
        outlineVisible.set(stored.outlineVisible());
        markTerms.set(stored.markTerms());
        pinyin.set(stored.pinyin());
        spokenTones.set(stored.spokenTones());
        traditional.set(stored.traditional());
        traditionalStandard.set(stored.traditionalStandard());
        wholeWords.set(stored.wholeWords());
        hoverLookup.set(stored.hoverLookup());
        othersNotes.set(stored.othersNotes());
        preferences = target;
    }

    public void biggerFont() {
        fontSize.set(clamp(fontSize.get() + FONT_STEP));
    }

    public void smallerFont() {
        fontSize.set(clamp(fontSize.get() - FONT_STEP));
    }

    public void resetFont() {
        fontSize.set(Preferences.DEFAULT_FONT_SIZE);
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public BooleanProperty outlineVisibleProperty() {
        return outlineVisible;
    }

    /** The notes others in the study group shared show in the reader's margin and the notes pane. */
    public BooleanProperty othersNotesProperty() {
        return othersNotes;
    }

    /** Glossary terms are marked in the text (a dotted underline). */
    public BooleanProperty markTermsProperty() {
        return markTerms;
    }

    /** Pinyin is shown above each character (ruby) in the reader. */
    public BooleanProperty pinyinProperty() {
        return pinyin;
    }

    /**
     * The pinyin of the text gives 一 and 不 the tones they are said in, in the reader and in the popover's reading of
     * the word clicked; off, their citation tones, as dictionaries print them. Other tones never change.
     */
    public BooleanProperty spokenTonesProperty() {
        return spokenTones;
    }

    /** The tones the pinyin of the text is shown in now. */
    public Tones tones() {
        return spokenTones.get() ? Tones.SPOKEN : Tones.CITATION;
    }

    /** The speech is shown in traditional characters (converted one for one, so offsets stay valid). */
    public BooleanProperty traditionalProperty() {
        return traditional;
    }

    /** Whose traditional characters the speech is shown in, when it is shown in traditional characters. */
    public ObjectProperty<TraditionalStandard> traditionalStandardProperty() {
        return traditionalStandard;
    }

    /** A selection made with the mouse grows to whole words, so a highlight never cuts a word. */
    public BooleanProperty wholeWordsProperty() {
        return wholeWords;
    }

    /** Whether resting the pointer on a word looks it up, and after how long. */
    public ObjectProperty<HoverLookup> hoverLookupProperty() {
        return hoverLookup;
    }

    private void save(Consumer<Preferences> change) {
        Preferences target = preferences;
        if (target != null) {
            writer.execute(() -> change.accept(target));
        }
    }

    private static int clamp(int size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }
}
