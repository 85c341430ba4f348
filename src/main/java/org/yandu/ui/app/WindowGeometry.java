package org.yandu.ui.app;

import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import org.jspecify.annotations.Nullable;

/**
 * Where the window was when it was last closed: its bounds when not maximized, whether it was maximized, and where
 * its panes were divided. Kept with the {@link WindowLook} beside the library, so that the first frame already has
 * its size and place.
 */
record WindowGeometry(Rectangle2D bounds, boolean maximized, Dividers dividers) {
    /**
     * The shares of the library | reader and reader | outline dividers; NaN where not known (the pane's default),
     * or where the share would all but hide a pane.
     */
    record Dividers(double library, double reader) {
        static final Dividers DEFAULT = new Dividers(Double.NaN, Double.NaN);

        Dividers {
            library = share(library);
            reader = share(reader);
        }

        /** These, with {@code newer} wherever it knows better. */
        Dividers updatedBy(Dividers newer) {
            return new Dividers(Double.isNaN(newer.library) ? library : newer.library,
                    Double.isNaN(newer.reader) ? reader : newer.reader);
        }

        private static double share(double value) {
            return value > 0.02 && value < 0.98 ? value : Double.NaN;
        }
    }

    /** Less of the window than this on a screen, in each direction, and it is taken to be off every screen. */
    static final double MIN_VISIBLE = 64;
    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";
    private static final String LIBRARY_DIVIDER = "libraryDivider";
    private static final String READER_DIVIDER = "readerDivider";

    /**
     * The bounds to open in on today's screens: the saved ones if enough of the window is on a screen, else the same
     * size centred on the primary screen (a monitor was unplugged); then no larger than that screen and moved onto
     * it, so its title bar can be reached.
     */
    Rectangle2D placeOn(List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D screen = screens.stream().filter(s -> visibleArea(s, bounds) > 0)
                .max(Comparator.comparingDouble(s -> visibleArea(s, bounds))).orElse(null);
        if (screen == null) {
            return clampTo(primary, centredOn(primary, bounds));
        }
        return clampTo(screen, bounds);
    }

    void putInto(Properties values) {
        values.setProperty(X, Double.toString(bounds.getMinX()));
        values.setProperty(Y, Double.toString(bounds.getMinY()));
        values.setProperty(WIDTH, Double.toString(bounds.getWidth()));
        values.setProperty(HEIGHT, Double.toString(bounds.getHeight()));
        values.setProperty(MAXIMIZED, Boolean.toString(maximized));
        values.setProperty(LIBRARY_DIVIDER, Double.toString(dividers.library()));
        values.setProperty(READER_DIVIDER, Double.toString(dividers.reader()));
    }

    /** The geometry in {@code values}, or null when it is missing or makes no sense (then the default window). */
    static @Nullable WindowGeometry readFrom(Properties values) {
        try {
            double width = Double.parseDouble(values.getProperty(WIDTH, ""));
            double height = Double.parseDouble(values.getProperty(HEIGHT, ""));
            double x = Double.parseDouble(values.getProperty(X, ""));
            double y = Double.parseDouble(values.getProperty(Y, ""));
            if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
                return null;
            }
            return new WindowGeometry(new Rectangle2D(x, y, width, height),
                    Boolean.parseBoolean(values.getProperty(MAXIMIZED)),
                    new Dividers(number(values.getProperty(LIBRARY_DIVIDER)),
                            number(values.getProperty(READER_DIVIDER))));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The area of {@code window} on {@code screen} if at least {@value #MIN_VISIBLE} px each way, else 0. */
    private static double visibleArea(Rectangle2D screen, Rectangle2D window) {
        double minX = Math.max(screen.getMinX(), window.getMinX());
        double minY = Math.max(screen.getMinY(), window.getMinY());
        double width = Math.min(screen.getMaxX(), window.getMaxX()) - minX;
        double height = Math.min(screen.getMaxY(), window.getMaxY()) - minY;
        return width >= MIN_VISIBLE && height >= MIN_VISIBLE ? width * height : 0;
    }

    private static Rectangle2D centredOn(Rectangle2D screen, Rectangle2D window) {
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - window.getWidth()) / 2,
                screen.getMinY() + (screen.getHeight() - window.getHeight()) / 2, window.getWidth(),
                window.getHeight());
    }

    private static Rectangle2D clampTo(Rectangle2D screen, Rectangle2D window) {
        double width = Math.min(window.getWidth(), screen.getWidth());
        double height = Math.min(window.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    private static double number(@Nullable String text) {
        try {
            return text == null ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
