package org.yandu.ui.app;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up milestones for the bench's start-up and memory figures. With {@code -Dyandu.startupMarks=T}, where
 * T is a moment in epoch milliseconds (the bench's launch, or {@code $(date +%s%3N)} in a shell), each milestone
 * is printed to standard output as {@code yandu-mark NAME MILLIS}, milliseconds since T, once the change has been
 * drawn. Without the property nothing is watched.
 */
public final class StartupMarks {
    public static final String PROPERTY = "yandu.startupMarks";
    public static final String FIRST_WINDOW = "first-window";
    public static final String LIBRARY_LISTED = "library-listed";
    public static final String SPEECH_SHOWN = "speech-shown";
    /** HanLP and the glossaries are in and the open speech is segmented: the reader's steady state. */
    public static final String WORDS_SHOWN = "words-shown";
    private static final String PREFIX = "yandu-mark ";
    private static final Logger log = LoggerFactory.getLogger(StartupMarks.class);

    private final Scene scene;
    private final LongSupplier elapsed;
    private final Consumer<String> out;

    /** One milestone as printed: its name and the milliseconds since the reference moment. */
    public record Mark(String name, long millis) {
        public String line() {
            return PREFIX + name + " " + millis;
        }

        /**
         * The mark a line of the window's output holds, if it holds one. The mark may follow other output on its
         * line: Maven, relaying {@code mvn javafx:run}'s window, puts a colour reset before the first one.
         */
        public static Optional<Mark> parse(String line) {
            int start = line.indexOf(PREFIX);
            String[] parts = start < 0 ? new String[0] : line.substring(start).strip().split(" ");
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Mark(parts[1], Long.parseLong(parts[2])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** @param elapsed milliseconds since the reference moment; {@code out} gets each printed line */
    private StartupMarks(Scene scene, LongSupplier elapsed, Consumer<String> out) {
        this.scene = scene;
        this.elapsed = elapsed;
        this.out = out;
    }

    /** Marks printed to standard output when the system property asks for them. */
    public static Optional<StartupMarks> requested(Scene scene) {
        String since = System.getProperty(PROPERTY);
        if (since == null) {
            return Optional.empty();
        }
        try {
            long reference = Long.parseLong(since.strip());
            return Optional.of(new StartupMarks(scene, () -> System.currentTimeMillis() - reference,
                    System.out::println));
        } catch (NumberFormatException e) {
            log.warn("-D{} needs a moment in epoch milliseconds, not '{}': no start-up marks", PROPERTY, since);
            return Optional.empty();
        }
    }

    /** Prints {@code name} once the scene's next frame, showing what just changed, has been drawn. */
    public void whenDrawn(String name) {
        NextFrame.drawn(scene, () -> out.accept(new Mark(name, elapsed.getAsLong()).line()));
    }

    /**
     * The library in the tree, once the window is built (the first window, its frame, is marked before); marked at
     * the next frame if it is there already.
     */
    public void watchLibrary(AppController app) {
        once(app.libraryOpenProperty(), Boolean::booleanValue, LIBRARY_LISTED);
    }

    /** The last speech and its words, once the reader's side of the window is built. */
    public void watchReader(AppController app) {
        once(app.reader().shownProperty(), Objects::nonNull, SPEECH_SHOWN);
        once(app.reader().shownProperty(), shown -> shown != null && shown.withWords(), WORDS_SHOWN);
    }

    private <T> void once(ObservableValue<T> value, Predicate<T> reached, String name) {
        if (reached.test(value.getValue())) {
            whenDrawn(name);
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> observable, T old, T now) {
                if (reached.test(now)) {
                    value.removeListener(this);
                    whenDrawn(name);
                }
            }
        });
    }
}
