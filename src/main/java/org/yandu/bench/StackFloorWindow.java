package org.yandu.bench;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.jspecify.annotations.Nullable;
import org.yandu.text.ChineseText;
import org.yandu.threads.Threads;
import org.yandu.ui.app.DesktopHeap;
import org.yandu.ui.app.NextFrame;
import org.yandu.ui.app.StartupMarks;
import org.yandu.ui.base.WhenReached;

/**
 * The least a reader built on Yandu's stack starts in: Yandu's start with none of Yandu's own work. Its first frame
 * holds the theme (AtlantaFX), menus, a search field and a page of titles; then a speech in RichTextFX's area; HanLP
 * loads beside once the titles show (every dictionary the reader loads, the rarely needed ones last); the speech's text
 * is built off the FX thread as the reader's is, and the heap is given back as the reader gives it back. No library is
 * read, no style of Yandu's, no CC-CEDICT, no word marked. A target this window misses against the window with one
 * label cannot be met by a reader on this stack.
 * The speech's paragraphs are read from the file named by the first argument, one a line.
 */
public final class StackFloorWindow {
    private static final int MENUS = 8;
    private static final int MENU_ITEMS = 10;
    private static final int TITLES = 40;
    private static final int TITLE_LENGTH = 20;

    private StackFloorWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Not the main class itself, so it starts from the class path without the JavaFX module path. */
    public static final class App extends Application {
        private final BooleanProperty speechShown = new SimpleBooleanProperty();
        private final BooleanProperty lookupsLoaded = new SimpleBooleanProperty();
        private final BooleanProperty everyDictionaryLoaded = new SimpleBooleanProperty();
        /** Held here: a binding is only weakly referenced by the values it observes. */
        private @Nullable BooleanBinding lookupReady;
        private @Nullable BooleanBinding startDone;

        @Override
        public void start(Stage stage) throws IOException {
            List<String> paragraphs = Files.readAllLines(Path.of(getParameters().getRaw().get(0)));
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
            BorderPane library = new BorderPane(titles(paragraphs));
            library.setTop(new TextField());
            SplitPane panes = new SplitPane(library, new StackPane(new Label("选择一篇讲话")));
            panes.setDividerPositions(0.26);
            BorderPane window = new BorderPane(panes);
            window.setTop(menus());
            window.setBottom(new StatusBar());
            Scene scene = new Scene(window, 1280, 820);
            stage.setScene(scene);
            stage.show();
            Optional<StartupMarks> marks = StartupMarks.requested(scene);
            marks.ifPresent(m -> {
                m.watchStalls(StartupMarks.LOOKUP_READY);
                m.whenDrawn(StartupMarks.FIRST_WINDOW);
                m.whenDrawn(StartupMarks.LIBRARY_LISTED);
            });
            NextFrame.drawn(scene, () -> {
                Threads.daemon("stack-floor-hanlp").newThread(this::loadHanlp).start();
                // Built off the FX thread, as the reader's text is (ADR 0025); only the area takes it there.
                CompletableFuture.supplyAsync(() -> document(paragraphs),
                                work -> Threads.daemon("stack-floor-text").newThread(work).start())
                        .thenAccept(text -> Platform.runLater(() -> {
                            panes.getItems().set(1, speech(text));
                            marks.ifPresent(m -> m.whenDrawn(StartupMarks.SPEECH_SHOWN));
                            speechShown.set(true);
                        }));
            });
            lookupReady = lookupsLoaded.and(speechShown);
            WhenReached.once(lookupReady, Boolean::booleanValue,
                    () -> marks.ifPresent(m -> m.whenDrawn(StartupMarks.LOOKUP_READY)));
            startDone = everyDictionaryLoaded.and(speechShown);
            DesktopHeap.manage(startDone, startDone);
        }

        private void loadHanlp() {
            ChineseText.load();
            Platform.runLater(() -> lookupsLoaded.set(true));
            ChineseText.loadRarelyNeededDictionaries();
            Platform.runLater(() -> everyDictionaryLoaded.set(true));
        }

        private static MenuBar menus() {
            MenuBar bar = new MenuBar();
            for (int m = 1; m <= MENUS; m++) {
                Menu menu = new Menu("菜单 " + m);
                for (int i = 1; i <= MENU_ITEMS; i++) {
                    menu.getItems().add(new MenuItem("命令 " + m + "." + i));
                }
                bar.getMenus().add(menu);
            }
            return bar;
        }

        /** A page of the library: the speech's first paragraphs' openings stand in for titles. */
        private static TreeView<String> titles(List<String> paragraphs) {
            TreeItem<String> root = new TreeItem<>();
            IntStream.range(0, TITLES).mapToObj(i -> paragraphs.get(i % paragraphs.size()))
                    .map(p -> p.substring(0, Math.min(TITLE_LENGTH, p.length())))
                    .forEach(title -> root.getChildren().add(new TreeItem<>(title)));
            TreeView<String> tree = new TreeView<>(root);
            tree.setShowRoot(false);
            return tree;
        }

        private static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document(
                List<String> paragraphs) {
            var builder = new ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>>(
                    SegmentOps.styledTextOps(), List.of());
            paragraphs.forEach(paragraph -> builder.addParagraph(paragraph, List.of(), List.of()));
            return builder.build();
        }

        private static Parent speech(ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> text) {
            StyleClassedTextArea area = new StyleClassedTextArea();
            area.setWrapText(true);
            area.setEditable(false);
            area.replace(text);
            return new VirtualizedScrollPane<>(area);
        }
    }
}
