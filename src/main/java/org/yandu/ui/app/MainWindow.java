package org.yandu.ui.app;

import java.io.File;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.jspecify.annotations.Nullable;
import org.yandu.library.HighlightColor;
import org.yandu.reading.SpeechDocument;
import org.yandu.ui.base.Messages;
import org.yandu.ui.library.LibraryPane;
import org.yandu.ui.library.PasteDialog;
import org.yandu.ui.search.SearchPane;

/**
 * The window's content in one language: menus, library | reader | outline, status bar. Switching
 * language builds a new one over the same view-models, so nothing the reader was doing is lost.
 * The reader's side is built when {@link #buildReaderSide()} is called; until then a placeholder says
 * what the reader will say (the library is opening, choose a speech).
 */
final class MainWindow implements AppMenus.SelectionActions, AppMenus.Panes {
    private static final double LIBRARY_SHARE = 0.26;

    private final BorderPane root = new BorderPane();
    private final AppController app;
    private final Messages messages;
    private final AppMenus menus;
    private final LibraryPane library;
    private final SearchPane search;
    private final StackPane readerSlot;
    private final FirstRunView firstRun;
    private final SplitPane panes;
    /** Where the dividers go: the saved or carried-over shares until the reader's side is built. */
    private final WindowGeometry.Dividers dividers;
    private final StringBinding readerPlaceholder;
    private @Nullable ReaderSide readerSide;

    /** @param dividers where the panes were divided (NaN: their defaults), e.g. in the window this one replaces */
    MainWindow(AppController app, Messages messages, Stage stage, WindowGeometry.Dividers dividers) {
        this.app = app;
        this.messages = messages;
        this.dividers = dividers;
        search = new SearchPane(app.search(), app.readerController(), messages);
        library = new LibraryPane(app.library(), app.reader().documentProperty(), messages,
                app.readerController()::openSpeech, app.study()::markRead, app.exports()::showDialogFor,
                libraryEmptyText(app, messages));
        menus = new AppMenus(app, messages, stage, search::focus, this, this);
        readerPlaceholder = readerPlaceholder(app, messages);
        Label placeholder = new Label();
        placeholder.getStyleClass().add("reader-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(readerPlaceholder);
        firstRun = new FirstRunView(app.firstRun(), messages);
        readerSlot = new StackPane(placeholder, firstRun.node());
        BorderPane left = new BorderPane(new StackPane(library.node(), search.results()));
        VBox searchBox = new VBox(search.field());
        searchBox.getStyleClass().add("search-box");
        left.setTop(searchBox);
        panes = new SplitPane(left, readerSlot);
        panes.setDividerPositions(Double.isNaN(dividers.library()) ? LIBRARY_SHARE : dividers.library());
        SplitPane.setResizableWithParent(left, false);
        root.setTop(new VBox(menus.menuBar(), readOnlyNotice(app, messages)));
        root.setCenter(panes);
        root.setBottom(statusBar(app, messages, menus));
        acceptDroppedFiles();
        Platform.runLater(library::focusTree);
    }

    Parent root() {
        return root;
    }

    /**
     * Builds the reader with its outline and notes in place of the placeholder, once, and puts the dividers where
     * they were: by now the window has its final size (a maximized one too), which the library's share depends on.
     */
    void buildReaderSide() {
        if (readerSide == null) {
            readerSide = new ReaderSide(app, messages, readerPlaceholder, menus::importDictionary,
                    library::focusTree);
            // The first start's greeting stays over the reader until the first speech opens.
            readerSlot.getChildren().setAll(readerSide.node(), firstRun.node());
            if (!Double.isNaN(dividers.library())) {
                panes.setDividerPositions(dividers.library());
            }
            if (!Double.isNaN(dividers.reader())) {
                readerSide.setDividerPosition(dividers.reader());
            }
        }
    }

    /** Where the panes are divided now; the reader's divider as given until the reader's side is built. */
    WindowGeometry.Dividers dividers() {
        double reader = readerSide != null ? readerSide.dividerPosition() : dividers.reader();
        return new WindowGeometry.Dividers(panes.getDividerPositions()[0], reader);
    }

    @Override
    public void highlightSelection(HighlightColor color) {
        if (readerSide != null) {
            readerSide.reader().highlightSelection(color);
        }
    }

    @Override
    public void addNote() {
        if (readerSide != null) {
            readerSide.reader().addNote();
        }
    }

    @Override
    public void lookUpSelection() {
        if (readerSide != null) {
            readerSide.reader().lookUpSelection();
        }
    }

    @Override
    public void focusLibrary() {
        library.focusTree();
    }

    @Override
    public void focusReader() {
        if (readerSide != null) {
            readerSide.reader().focusText();
        }
    }

    /** Ctrl+F finds in the open speech; with none open there is only the library to search. */
    @Override
    public void findInSpeech() {
        if (readerSide == null || !readerSide.reader().findInSpeech()) {
            search.focus();
        }
    }

    void dispose() {
        menus.dispose();
        library.dispose();
        search.dispose();
        if (readerSide != null) {
            readerSide.dispose();
        }
    }

    private static StatusBar statusBar(AppController app, Messages messages, AppMenus menus) {
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
        bar.getRightItems().addAll(menus.groupStatus(), size);
        return bar;
    }

    /**
     * Files and folders dropped anywhere on the window are imported, as with File → Import; text or HTML dropped from
     * another program (a passage dragged from a browser) is previewed as a new speech, as with Paste. A drag that
     * starts in the window itself (its gesture source is set) is no import.
     */
    private void acceptDroppedFiles() {
        root.setOnDragOver((DragEvent e) -> {
            Dragboard board = e.getDragboard();
            boolean importable = board.hasFiles() || board.hasHtml() || board.hasString();
            if (importable && e.getGestureSource() == null && app.access().writable().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped((DragEvent e) -> {
            Dragboard board = e.getDragboard();
            if (board.hasFiles()) {
                List<File> files = board.getFiles();
                app.imports().importPaths(files.stream().map(File::toPath).toList());
                e.setDropCompleted(!files.isEmpty());
            } else {
                PasteDialog.offer(PasteDialog.offered(board), app.imports(), app.readerController()::openSpeech,
                        messages, root.getScene().getWindow());
                e.setDropCompleted(true);
            }
            e.consume();
        });
    }

    /** Across the window's top while it only reads the library beside the Yandu that holds it. */
    private static Label readOnlyNotice(AppController app, Messages messages) {
        Label notice = new Label();
        notice.setId("read-only-notice");
        notice.getStyleClass().add("read-only-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(app.access().notice(messages));
        notice.visibleProperty().bind(app.access().readOnly());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
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
