package org.yandu.settings;

import java.util.Locale;

/** The language of the interface; SYSTEM follows the operating system's locale. */
public enum Language {
    SYSTEM, ENGLISH, CHINESE;

    public Locale locale() {
        return switch (this) {
            case ENGLISH -> Locale.ENGLISH;
            case CHINESE -> Locale.SIMPLIFIED_CHINESE;
            case SYSTEM -> "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        };
    }

    /** An unknown stored value (e.g. from a newer version) falls back to following the system. */
    public static Language parse(String value) {
        for (Language language : values()) {
            if (language.name().equals(value)) {
                return language;
            }
        }
        return SYSTEM;
    }
}
