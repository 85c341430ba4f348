package org.yandu.ui.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work for once what the scene shows now has been drawn. */
public final class NextFrame {
    private NextFrame() {
    }

    /**
     * Runs {@code then} on the FX thread once the scene's next frame is drawn. That frame is laid out at the next
     * pulse; JavaFX starts the pulse after it only when the frame has been rendered (and, without a GPU, its
     * pixels handed to the window on the FX thread), so {@code then} waits for that second pulse.
     */
    public static void drawn(Scene scene, Runnable then) {
        afterLayout(scene, () -> afterLayout(scene, () -> Platform.runLater(then)));
    }

    private static void afterLayout(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
        Platform.requestNextPulse();
    }
}
