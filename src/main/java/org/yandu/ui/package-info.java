/**
 * The reader window. View-models ({@link org.yandu.ui.LibraryViewModel}, {@link org.yandu.ui.ReaderViewModel},
 * {@link org.yandu.ui.SettingsViewModel}) are plain Java with JavaFX properties and no nodes, tested without
 * the FX thread; the panes ({@code LibraryPane}, {@code ReaderPane}, {@code OutlinePane}) only bind to them.
 * {@code AppController} does the work, always off the FX thread through {@code TaskRunner}.
 * Styles: {@code yandu.css} for layout and type, {@code light.css}/{@code dark.css} for the reader's colours
 * on top of AtlantaFX's Primer themes; texts in {@code messages*.properties}.
 */
package org.yandu.ui;
