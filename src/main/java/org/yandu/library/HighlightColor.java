package org.yandu.library;

/** The colours a highlight can have; the reader shows each as a soft background. */
public enum HighlightColor {
    YELLOW, GREEN, BLUE, PINK, PURPLE, ORANGE
}
