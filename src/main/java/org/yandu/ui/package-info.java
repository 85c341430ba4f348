/**
 * The reader window, by feature: {@code ui.app} (the application, the main window and its menus, the background
 * lanes, messages and errors, settings), {@code ui.library} (the library tree, imports, backups and restore),
 * {@code ui.reader} (the text, pinyin, the outline, the word popover), {@code ui.notes} (highlights and notes, All
 * Notes), {@code ui.search}, {@code ui.glossary} (My Glossary, CC-CEDICT, suggested terms), {@code ui.study}
 * (reading time and progress, the week's summary) and {@code ui.export}. Each view binds to a view model
 * ({@code *ViewModel}), plain Java with JavaFX properties and no nodes, tested without the FX thread.
 * Styles: {@code yandu.css} for layout and type, {@code light.css}/{@code dark.css} for the reader's colours on top
 * of AtlantaFX's Primer themes; texts in {@code messages*.properties}; all here, beside this package.
 */
package org.yandu.ui;
