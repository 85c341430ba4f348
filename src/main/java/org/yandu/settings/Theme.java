package org.yandu.settings;

/** The colour scheme of the whole window. */
public enum Theme {
    LIGHT, DARK;

    public static Theme parse(String value) {
        return DARK.name().equals(value) ? DARK : LIGHT;
    }
}
