/**
 * The reader's preferences, kept in the library so they travel with it: theme, language, text size, what the
 * reader shows, export choices and the speech open last ({@link org.yandu.settings.Preferences}).
 */
package org.yandu.settings;
