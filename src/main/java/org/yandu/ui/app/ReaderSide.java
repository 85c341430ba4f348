package org.yandu.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.MasterDetailPane;
import org.yandu.library.Annotation;
import org.yandu.ui.base.Messages;
import org.yandu.ui.group.NoteRevisionsDialog;
import org.yandu.ui.notes.NotesPane;
import org.yandu.ui.reader.OutlinePane;
import org.yandu.ui.reader.ReaderPane;

/**
 * The window's right side: the reader, with the outline and the notes in tabs beside it. It is the costliest part
 * of the window to build and style, so at start it is built once the library is listed.
 */
final class ReaderSide {
    private static final double READER_SHARE = 0.75;

    private final AppController app;
    private final ReaderPane reader;
    private final OutlinePane outline;
    private final NotesPane notes;
    private final TabPane sideTabs = new TabPane();
    private final Tab notesTab = new Tab();
    private final MasterDetailPane readerAndOutline;

    /**
     * @param importDictionary the File menu's import of CC-CEDICT, offered by the word popover while missing
     * @param toLibrary puts the keys in the library tree
     */
    ReaderSide(AppController app, Messages messages, ObservableValue<String> placeholder, Runnable importDictionary,
               Runnable toLibrary) {
        this.app = app;
        reader = new ReaderPane(app.reader(), app.settings(), messages, app.tasks(), placeholder,
                app.glossaryProperty(), keyword -> app.search().queryProperty().set(keyword));
        outline = new OutlinePane(app.reader(), messages);
        notes = new NotesPane(app.notes(), app.reader(), app.settings().othersNotesProperty(), new NotesPane.History() {
            @Override
            public ObservableBooleanValue available() {
                return Bindings.createBooleanBinding(() -> app.group().membershipProperty().get().isPresent(),
                        app.group().membershipProperty());
            }

            @Override
            public void show(Annotation note) {
                NoteRevisionsDialog.show(sideTabs.getScene().getWindow(), messages, app.group(), note, () -> {
                    app.notes().changed();
                    app.notes().load();
                });
            }
        }, messages);
        reader.setNotes(app.notes(), annotation -> {
            sideTabs.getSelectionModel().select(notesTab);
            app.settings().outlineVisibleProperty().set(true);
            notes.edit(annotation);
        });
        Tab outlineTab = new Tab(messages.get("outline.title"), outline.node());
        outlineTab.setId("outline-tab");
        notesTab.setText(messages.get("notes.title"));
        notesTab.setContent(notes.node());
        notesTab.setId("notes-tab");
        sideTabs.getTabs().addAll(outlineTab, notesTab);
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.getStyleClass().add("side-tabs");
        // Esc in the outline or the notes (a note written after Ctrl+Shift+N) goes back to the reading, where
        // Page Down pages again: a filter, as lists and text areas keep Esc for themselves.
        sideTabs.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                reader.focusText();
            }
        });
        reader.lookUpWith(app.readerController(), app.glossary(), app.glossaryProperty(), importDictionary);
        readerAndOutline = new MasterDetailPane(Side.RIGHT, reader.node(), sideTabs, true);
        readerAndOutline.setDividerPosition(READER_SHARE);
        readerAndOutline.setAnimated(false);
        // A pane of panes: Tab stopped on it, showing nothing focused.
        readerAndOutline.setFocusTraversable(false);
        tabOutOfText(outlineTab, toLibrary);
        readerAndOutline.showDetailNodeProperty().bindBidirectional(app.settings().outlineVisibleProperty());
    }

    Node node() {
        return readerAndOutline;
    }

    /**
     * RichTextFX keeps Tab for itself, which held the keys in the text: Tab goes on to the outline or the notes
     * beside it (to the library while they are hidden), Shift+Tab back to the library.
     */
    private void tabOutOfText(Tab outlineTab, Runnable toLibrary) {
        reader.node().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isShortcutDown() || !(e.getTarget() instanceof Node target)
                    || !"reader-text".equals(target.getId())) {
                return;
            }
            e.consume();
            if (e.isShiftDown() || !readerAndOutline.isShowDetailNode()) {
                toLibrary.run();
            } else if (sideTabs.getSelectionModel().getSelectedItem() == outlineTab) {
                outline.focus();
            } else {
                notes.focus();
            }
        });
    }

    /** The reader's share of the width beside the outline and notes. */
    double dividerPosition() {
        return readerAndOutline.getDividerPosition();
    }

    void setDividerPosition(double share) {
        readerAndOutline.setDividerPosition(share);
    }

    ReaderPane reader() {
        return reader;
    }

    void dispose() {
        reader.dispose();
        outline.dispose();
        notes.dispose();
        readerAndOutline.showDetailNodeProperty().unbindBidirectional(app.settings().outlineVisibleProperty());
    }
}
