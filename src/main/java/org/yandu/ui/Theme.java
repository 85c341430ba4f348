package org.yandu.ui;

/** The colour scheme of the whole window. */
public enum Theme {
    LIGHT, DARK;

    static Theme parse(String value) {
        return DARK.name().equals(value) ? DARK : LIGHT;
    }
}
