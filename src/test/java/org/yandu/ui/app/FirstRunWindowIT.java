package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.importer.ImportProgress;
import org.yandu.importer.ImportReport;
import org.yandu.importer.Importer;
import org.yandu.library.LibraryStore;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.library.LibrarySnapshot;
import org.yandu.ui.library.LibraryViewModel;

/** A brand-new library: the greeting while the bundled speeches come in, then the first of them open. */
class FirstRunWindowIT extends RunningWindow {
    @Test
    void aNewLibraryIsGreetedThenOpensItsFirstSpeechAndCountsWhatCameIn() throws Exception {
        Expected expected = bundledInto(dir.resolve("reference.db"));
        AtomicBoolean greeted = watchFirstRunView(FxToolkit.toolkitContext().getRegisteredStage());

        start(dir.resolve("library.db"));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#reader-text").tryQuery().isPresent());
        StyleClassedTextArea reader = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(reader::getText).startsWith(expected.firstTitle()));
        assertTrue(greeted.get(), "the first-run view was shown during the import");
        waitFor(() -> !lookup("#first-run").query().isVisible());
        assertTrue(lookup(".first-run-about").queryAs(Label.class).getText()
                .startsWith("Yandu is a study reader for Chinese speeches"));
        waitFor(() -> expected.message().equals(lookup("#status-bar").queryAs(StatusBar.class).getText()));
    }

    /** What the bundled import brings into an empty library, found by doing it: the message and the first speech. */
    private record Expected(String message, String firstTitle) {
    }

    private static Expected bundledInto(Path library) {
        try (LibraryStore store = LibraryStore.open(library)) {
            ImportReport report = new Importer(store).importBundled(ImportProgress.NONE);
            LibraryViewModel tree = new LibraryViewModel();
            tree.show(LibrarySnapshot.readFrom(store));
            long first = tree.firstSpeech().orElseThrow();
            return new Expected(store.speeches().size() + " speeches imported; " + report.alreadyPresent()
                    + " copies found in several files were linked.", tree.speech(first).orElseThrow().title());
        }
    }

    /**
     * Whether the first-run view is ever visible, seen from the moment each window content is set: the import may
     * be over before a test polling the screen would look.
     */
    private static AtomicBoolean watchFirstRunView(Stage stage) {
        AtomicBoolean seen = new AtomicBoolean();
        stage.sceneProperty().subscribe((Scene scene) -> {
            if (scene != null) {
                scene.rootProperty().subscribe((Parent root) -> find(root, "first-run").ifPresent(view ->
                        view.visibleProperty().subscribe(visible -> seen.compareAndSet(false, visible))));
            }
        });
        return seen;
    }

    /** The node with {@code id} under {@code node}, looking into split panes' items too: they have no skin yet. */
    private static Optional<Node> find(Node node, String id) {
        if (node == null || id.equals(node.getId())) {
            return Optional.ofNullable(node);
        }
        List<Node> below = node instanceof SplitPane split ? split.getItems()
                : node instanceof Parent parent ? parent.getChildrenUnmodifiable() : List.of();
        return below.stream().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }
}
