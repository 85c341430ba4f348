package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.MasterDetailPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.library.LibraryStore;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/** The real window, headless: its size, place and dividers survive quitting and starting again. */
class WindowPlaceIT extends RunningWindow {
    @BeforeEach
    void startWindow() throws Exception {
        try (LibraryStore store = TestLibraries.open(dir)) {
            // the library only needs to exist
        }
        launch();
    }

    @Test
    void sizePlaceAndDividersComeBackAfterARestart() throws Exception {
        Stage stage = (Stage) lookup("#library-tree").query().getScene().getWindow();
        waitFor(() -> lookup(n -> n instanceof MasterDetailPane).tryQuery().isPresent());
        interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        waitFor(() -> stage.getWidth() == 1000);
        interact(() -> {
            panes().setDividerPositions(0.3);
            readerAndSide().setDividerPosition(0.7);
        });

        // The pane keeps its side's minimum width: what comes back is the share as laid out, not as asked.
        WaitForAsyncUtils.waitForFxEvents();
        double reader = onFx(() -> readerAndSide().getDividerPosition());
        double library = onFx(() -> panes().getDividerPositions()[0]);

        FxToolkit.cleanupApplication(app);
        interact(() -> {
            stage.setX(300);
            stage.setWidth(800);
        });
        launch();

        assertEquals(new Rectangle2D(40, 30, 1000, 700),
                new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        waitFor(() -> lookup(n -> n instanceof MasterDetailPane).tryQuery().isPresent());
        waitFor(() -> Math.abs(panes().getDividerPositions()[0] - library) < 0.005);
        assertEquals(reader, onFx(() -> readerAndSide().getDividerPosition()), 0.005);
    }

    private MasterDetailPane readerAndSide() {
        return lookup(n -> n instanceof MasterDetailPane).queryAs(MasterDetailPane.class);
    }

    /** The library | reader split: the window's own, not the one inside the reader's master-detail pane. */
    private SplitPane panes() {
        return lookup(n -> n instanceof SplitPane && n.getParent() instanceof BorderPane).queryAs(SplitPane.class);
    }
}
