package org.yandu.ui;

import java.io.File;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Side;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.MasterDetailPane;
import org.controlsfx.control.StatusBar;

/**
 * The window's content in one language: menus, library | reader | outline, status bar. Switching
 * language builds a new one over the same view-models, so nothing the reader was doing is lost.
 */
final class MainWindow {
    private static final double LIBRARY_SHARE = 0.26;
    private static final double READER_SHARE = 0.75;

    private final BorderPane root = new BorderPane();
    private final AppController app;
    private final AppMenus menus;
    private final LibraryPane library;
    private final ReaderPane reader;
    private final OutlinePane outline;
    private final NotesPane notes;
    private final TabPane sideTabs = new TabPane();
    private final Tab notesTab = new Tab();
    private final MasterDetailPane readerAndOutline;
    private final ReaderLookup lookup;
    private final SearchPane search;

    MainWindow(AppController app, Messages messages, Stage stage) {
        this.app = app;
        search = new SearchPane(app.search(), app, messages);
        library = new LibraryPane(app.library(), app.reader(), messages, app::openSpeech, app::markRead,
                app::showExportDialogFor, libraryEmptyText(app, messages));
        reader = new ReaderPane(app.reader(), app.settings(), messages, readerPlaceholder(app, messages),
                app.glossaryProperty(), keyword -> app.search().queryProperty().set(keyword));
        outline = new OutlinePane(app.reader(), messages);
        notes = new NotesPane(app, messages);
        reader.setNotes(app.notes(), annotation -> {
            sideTabs.getSelectionModel().select(notesTab);
            app.settings().outlineVisibleProperty().set(true);
            notes.edit(annotation);
        });
        menus = new AppMenus(app, messages, stage, search::focus, reader);
        Tab outlineTab = new Tab(messages.get("outline.title"), outline.node());
        outlineTab.setId("outline-tab");
        notesTab.setText(messages.get("notes.title"));
        notesTab.setContent(notes.node());
        notesTab.setId("notes-tab");
        sideTabs.getTabs().addAll(outlineTab, notesTab);
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.getStyleClass().add("side-tabs");
        lookup = new ReaderLookup(app, messages, reader.area());
        reader.ruby().onWordClicked(lookup::lookUpRubyWord);
        readerAndOutline = new MasterDetailPane(Side.RIGHT, reader.node(), sideTabs, true);
        readerAndOutline.setDividerPosition(READER_SHARE);
        readerAndOutline.setAnimated(false);
        readerAndOutline.showDetailNodeProperty().bindBidirectional(app.settings().outlineVisibleProperty());
        BorderPane left = new BorderPane(new StackPane(library.node(), search.results()));
        VBox searchBox = new VBox(search.field());
        searchBox.getStyleClass().add("search-box");
        left.setTop(searchBox);
        SplitPane panes = new SplitPane(left, readerAndOutline);
        panes.setDividerPositions(LIBRARY_SHARE);
        SplitPane.setResizableWithParent(left, false);
        root.setTop(menus.menuBar());
        root.setCenter(panes);
        root.setBottom(statusBar(app, messages));
        acceptDroppedFiles();
        Platform.runLater(library::focusTree);
    }

    Parent root() {
        return root;
    }

    void dispose() {
        menus.dispose();
        library.dispose();
        reader.dispose();
        lookup.dispose();
        search.dispose();
        outline.dispose();
        notes.dispose();
        readerAndOutline.showDetailNodeProperty().unbindBidirectional(app.settings().outlineVisibleProperty());
    }

    private static StatusBar statusBar(AppController app, Messages messages) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(app.tasks().statusProperty());
        bar.progressProperty().bind(app.tasks().progressProperty());
        Label size = new Label();
        size.getStyleClass().add("speech-size");
        size.textProperty().bind(Bindings.createStringBinding(() -> {
            SpeechDocument open = app.reader().documentProperty().get();
            return open == null ? "" : messages.format("status.speechSize", open.speech().charCount(),
                    open.speech().paragraphCount());
        }, app.reader().documentProperty()));
        bar.getRightItems().add(size);
        return bar;
    }

    /** Files and folders dropped anywhere on the window are imported, as with File → Import. */
    private void acceptDroppedFiles() {
        root.setOnDragOver((DragEvent e) -> {
            if (e.getDragboard().hasFiles() && app.libraryOpenProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped((DragEvent e) -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            app.importPaths(files.stream().map(File::toPath).toList());
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private static StringBinding libraryEmptyText(AppController app, Messages messages) {
        return Bindings.createStringBinding(() -> {
            if (!app.libraryOpenProperty().get()) {
                return messages.get(app.libraryFailedProperty().get() ? "error.openLibrary" : "library.opening");
            }
            if (app.library().isFiltering()) {
                return messages.format("library.noMatch", app.library().filterProperty().get().strip());
            }
            return app.importingProperty().get() ? messages.get("library.importing") : messages.get("library.empty");
        }, app.libraryOpenProperty(), app.libraryFailedProperty(), app.library().rootsProperty(),
                app.importingProperty());
    }

    private static StringBinding readerPlaceholder(AppController app, Messages messages) {
        return Bindings.createStringBinding(() -> {
            if (!app.libraryOpenProperty().get()) {
                return messages.get(app.libraryFailedProperty().get() ? "library.failed" : "library.opening");
            }
            if (!app.library().isEmpty()) {
                return messages.get("reader.choose");
            }
            return messages.get(app.importingProperty().get() ? "library.importing" : "reader.emptyLibrary");
        }, app.libraryOpenProperty(), app.libraryFailedProperty(), app.library().rootsProperty(),
                app.importingProperty());
    }
}
