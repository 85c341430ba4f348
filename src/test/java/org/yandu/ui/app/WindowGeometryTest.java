package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.settings.Language;
import org.yandu.settings.Theme;

/** The window's size, place and dividers beside the library, and where it opens on the screens of the day. */
class WindowGeometryTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D MONITOR = new Rectangle2D(1440, -200, 2560, 1440);

    @TempDir
    Path dir;

    @Test
    void sizePlaceMaximizedAndDividersComeBackForTheirLibraryAlone() throws Exception {
        Path library = dir.resolve("library.db");
        WindowGeometry geometry = new WindowGeometry(new Rectangle2D(1600.5, -120, 1500, 1000), true,
                new WindowGeometry.Dividers(0.31, 0.7));
        new WindowLook(Theme.DARK, Language.CHINESE, geometry).write(library);

        assertEquals(new WindowLook(Theme.DARK, Language.CHINESE, geometry), WindowLook.read(library));
        assertNull(WindowLook.read(dir.resolve("other.db")).geometry());
    }

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        WindowGeometry onMonitor = at(new Rectangle2D(2000, 100, 1500, 1000));
        assertEquals(onMonitor.bounds(), onMonitor.placeOn(List.of(LAPTOP, MONITOR), LAPTOP));
    }

    @Test
    void aWindowOnAScreenThatIsGoneIsCentredOnThePrimaryOne() {
        WindowGeometry onMonitor = at(new Rectangle2D(2000, 100, 1000, 700));
        assertEquals(new Rectangle2D(220, 100, 1000, 700), onMonitor.placeOn(List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowBarelyOnAScreenCountsAsOff() {
        WindowGeometry edge = at(new Rectangle2D(1440 - WindowGeometry.MIN_VISIBLE / 2, 100, 1000, 700));
        assertEquals(new Rectangle2D(220, 100, 1000, 700), edge.placeOn(List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowLargerThanItsScreenIsClampedAndMovedOntoIt() {
        WindowGeometry big = at(new Rectangle2D(-100, 50, 2000, 1400));
        assertEquals(LAPTOP, big.placeOn(List.of(LAPTOP), LAPTOP));
        WindowGeometry hanging = at(new Rectangle2D(1000, 600, 800, 500));
        assertEquals(new Rectangle2D(640, 400, 800, 500), hanging.placeOn(List.of(LAPTOP), LAPTOP));
    }

    @Test
    void missingOrNonsenseGeometryGivesTheDefaultWindowAndKeepsTheLook() throws Exception {
        Path library = dir.resolve("library.db");
        Files.writeString(WindowLook.fileFor(library), """
                theme=DARK
                language=ENGLISH
                x=10
                y=abc
                width=800
                height=600
                """, StandardCharsets.UTF_8);
        assertEquals(new WindowLook(Theme.DARK, Language.ENGLISH), WindowLook.read(library));

        Files.writeString(WindowLook.fileFor(library), "x=10\ny=10\nwidth=-5\nheight=600\n", StandardCharsets.UTF_8);
        assertNull(WindowLook.read(library).geometry());
    }

    @Test
    void dividersThatWouldHideAPaneOrAreUnknownFallBackToTheDefaults() throws Exception {
        Path library = dir.resolve("library.db");
        Files.writeString(WindowLook.fileFor(library), """
                x=10
                y=10
                width=800
                height=600
                libraryDivider=0.001
                readerDivider=NaN
                """, StandardCharsets.UTF_8);
        WindowGeometry.Dividers dividers = WindowLook.read(library).geometry().dividers();
        assertTrue(Double.isNaN(dividers.library()) && Double.isNaN(dividers.reader()), dividers.toString());
        assertEquals(new WindowGeometry.Dividers(0.3, 0.8),
                new WindowGeometry.Dividers(0.3, 0.6).updatedBy(new WindowGeometry.Dividers(Double.NaN, 0.8)));
    }

    private static WindowGeometry at(Rectangle2D bounds) {
        return new WindowGeometry(bounds, false, WindowGeometry.Dividers.DEFAULT);
    }
}
