/**
 * The reader window, by feature: {@code ui.base} (messages and errors, background work, settings, the language
 * tools: what every feature builds on), {@code ui.library} (the library tree, imports, the restore dialog),
 * {@code ui.study} (reading time and progress, the week's summary), {@code ui.glossary} (My Glossary, CC-CEDICT,
 * suggested terms), {@code ui.reader} (opening speeches, the text, pinyin, the outline, the word popover),
 * {@code ui.notes} (highlights and notes, All Notes), {@code ui.search}, {@code ui.export}, and {@code ui.app}
 * (the application, the main window and its menus, opening the library, backups), which alone wires the others.
 * A feature uses only those listed before it. Each view binds to a view model ({@code *ViewModel}), plain Java
 * with JavaFX properties and no nodes, tested without the FX thread.
 * Styles: {@code yandu.css} for layout and type, {@code light.css}/{@code dark.css} for the reader's colours on top
 * of AtlantaFX's Primer themes; texts in {@code messages*.properties}; all here, beside this package.
 */
package org.yandu.ui;
