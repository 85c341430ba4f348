package org.yandu.ui.app;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Puts the window where it was last closed, on today's screens, and follows where it goes so that it can be saved
 * when it closes. Only the last bounds are kept, after a move or resize has settled; nothing is written meanwhile.
 */
final class WindowPlacement {
    /** Maximizing moves and resizes the window before it says it is maximized; bounds are taken once settled. */
    private static final Duration SETTLE = Duration.millis(400);

    private final Stage stage;
    private final PauseTransition settled = new PauseTransition(SETTLE);
    private final InvalidationListener moved = o -> settled.playFromStart();
    private @Nullable Rectangle2D normalBounds;

    /** Places {@code stage}, not yet shown, as {@code saved} says (null: leaves it to its default size and place). */
    WindowPlacement(Stage stage, @Nullable WindowGeometry saved) {
        this.stage = stage;
        if (saved != null) {
            Rectangle2D bounds = saved.placeOn(Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                    Screen.getPrimary().getVisualBounds());
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.setMaximized(saved.maximized());
            normalBounds = bounds;
        }
        settled.setOnFinished(e -> rememberNormalBounds());
        bounds().forEach(value -> value.addListener(moved));
    }

    /**
     * Where the window is as it closes, with {@code dividers}: the bounds it returns to when not maximized. The
     * stage is no longer followed (a test's next window may use it).
     */
    WindowGeometry closing(WindowGeometry.Dividers dividers) {
        bounds().forEach(value -> value.removeListener(moved));
        settled.stop();
        rememberNormalBounds();
        Rectangle2D bounds = normalBounds != null ? normalBounds : boundsOf(stage);
        return new WindowGeometry(bounds, stage.isMaximized(), dividers);
    }

    private List<ReadOnlyDoubleProperty> bounds() {
        return List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty());
    }

    private void rememberNormalBounds() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normalBounds = boundsOf(stage);
        }
    }

    private static Rectangle2D boundsOf(Stage stage) {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }
}
