package org.yandu.reading;

/** One labelled fact of a speech's header, such as its date; the label is a message key. */
public record MetaField(String labelKey, String value) {
}
