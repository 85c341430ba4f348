package org.yandu.text;

/**
 * Which traditional characters a reader expects. The same word is written 著/着, 裡/裏, 說/説 in Taiwan and Hong
 * Kong; the general forms are those most readers of either know (群眾, 為), where the conversion's standard
 * forms (羣衆, 爲) look old to both.
 */
public enum TraditionalStandard {
    GENERAL, TAIWAN, HONG_KONG;

    /** An unknown stored value (e.g. from a newer version) falls back to the general forms. */
    public static TraditionalStandard parse(String value) {
        for (TraditionalStandard standard : values()) {
            if (standard.name().equals(value)) {
                return standard;
            }
        }
        return GENERAL;
    }
}
