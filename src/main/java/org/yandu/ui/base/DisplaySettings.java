package org.yandu.ui.base;

import org.yandu.settings.HoverLookup;
import org.yandu.settings.Language;
import org.yandu.settings.Preferences;
import org.yandu.settings.Theme;
import org.yandu.text.TraditionalStandard;

/** The display choices as read from the library in one go, before the window applies them. */
public record DisplaySettings(Theme theme, int fontSize, Language language, boolean outlineVisible,
                              boolean markTerms, boolean pinyin, boolean spokenTones, boolean traditional,
                              TraditionalStandard traditionalStandard, boolean wholeWords,
                              HoverLookup hoverLookup, boolean othersNotes) {
    public DisplaySettings(Theme theme, int fontSize, Language language, boolean outlineVisible) {
        this(theme, fontSize, language, outlineVisible, true, false, false, false, TraditionalStandard.GENERAL,
                false, HoverLookup.OFF, true);
    }

    public static DisplaySettings readFrom(Preferences preferences) {
        return new DisplaySettings(preferences.theme(), preferences.fontSize(), preferences.language(),
                preferences.outlineVisible(), preferences.markTerms(), preferences.pinyin(),
                preferences.spokenTones(), preferences.traditional(), preferences.traditionalStandard(),
                preferences.wholeWords(), preferences.hoverLookup(), preferences.othersNotes());
    }
}
