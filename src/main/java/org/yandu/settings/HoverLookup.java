package org.yandu.settings;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether resting the pointer on a word looks it up, and after how long. Off by default: a click looks a word up,
 * and popovers that opened wherever the pointer happened to rest got in the reader's way (issue #14).
 */
public enum HoverLookup {
    OFF(0), AFTER_300_MS(300), AFTER_600_MS(600), AFTER_1000_MS(1000);

    private final int millis;

    HoverLookup(int millis) {
        this.millis = millis;
    }

    /** How long the pointer rests before the word is looked up; empty when hovering looks nothing up. */
    public Optional<Duration> delay() {
        return this == OFF ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }

    /** An unknown stored value (e.g. from a newer version) falls back to the default, off. */
    public static HoverLookup parse(String value) {
        for (HoverLookup choice : values()) {
            if (choice.name().equals(value)) {
                return choice;
            }
        }
        return OFF;
    }
}
