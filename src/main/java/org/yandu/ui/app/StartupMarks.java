package org.yandu.ui.app;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.ui.base.WhenReached;

/**
 * Start-up milestones for the bench's start-up and memory figures. With {@code -Dyandu.startupMarks=T}, where
 * T is a moment in epoch milliseconds (the bench's launch, or {@code $(date +%s%3N)} in a shell), each milestone
 * is printed to standard output as {@code yandu-mark NAME MILLIS}, milliseconds since T, once the change has been
 * drawn. Without the property nothing is watched. Last comes {@value #LONGEST_STALL}, the longest the FX thread
 * left the window without a frame during the start ({@link #watchStalls}), printed the same way.
 */
public final class StartupMarks {
    public static final String PROPERTY = "yandu.startupMarks";
    public static final String FIRST_WINDOW = "first-window";
    public static final String LIBRARY_LISTED = "library-listed";
    public static final String SPEECH_SHOWN = "speech-shown";
    /** HanLP and the glossaries are in and the open speech is segmented: the reader's steady state. */
    public static final String WORDS_SHOWN = "words-shown";
    /**
     * A word of the open speech would be looked up in every source: HanLP and the glossaries are in, CC-CEDICT with
     * them when the library has one imported (the glossary service reads it before it is handed over).
     */
    public static final String LOOKUP_READY = "lookup-ready";
    /** Not a moment but a length: the longest gap between two frames, in milliseconds. */
    public static final String LONGEST_STALL = "longest-stall";
    /**
     * How long frames are still watched after the last milestone: the start's last work (the heap collected once the
     * words are shown, the keywords) comes within it.
     */
    private static final Duration STALL_SETTLE = Duration.ofSeconds(2);
    private static final String PREFIX = "yandu-mark ";
    private static final Logger log = LoggerFactory.getLogger(StartupMarks.class);

    private final Scene scene;
    private final LongSupplier elapsed;
    private final Consumer<String> out;
    /** Runs with the name of each mark printed. */
    private Consumer<String> printed = name -> { };

    /**
     * One milestone as printed: its name and the milliseconds since the reference moment (or, for
     * {@value #LONGEST_STALL}, the milliseconds it lasted).
     */
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
        NextFrame.drawn(scene, () -> {
            out.accept(new Mark(name, elapsed.getAsLong()).line());
            printed.accept(name);
        });
    }

    /**
     * Watches the gaps between frames from now until {@link #STALL_SETTLE} after the mark {@code last} is printed,
     * then prints the longest as {@value #LONGEST_STALL}. An animation timer runs meanwhile, so that JavaFX starts a
     * frame every 16 ms while its thread is free: a longer gap is the thread held by work.
     */
    public void watchStalls(String last) {
        FrameGaps gaps = new FrameGaps();
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (gaps.frame(now)) {
                    stop();
                    out.accept(new Mark(LONGEST_STALL, gaps.longestMillis()).line());
                }
            }
        };
        printed = name -> {
            if (name.equals(last)) {
                gaps.endAfter(STALL_SETTLE.toNanos());
            }
        };
        frames.start();
    }

    /**
     * The library in the tree, once the window is built (the first window, its frame, is marked before); marked at
     * the next frame if it is there already.
     */
    public void watchLibrary(AppController app) {
        WhenReached.once(app.libraryOpenProperty(), Boolean::booleanValue, () -> whenDrawn(LIBRARY_LISTED));
    }

    /**
     * The last speech, its lookups (the glossary service in, the speech shown) and its words, once the reader's side
     * of the window is built.
     */
    public void watchReader(AppController app) {
        var shown = app.reader().shownProperty();
        WhenReached.once(shown, Objects::nonNull, () -> whenDrawn(SPEECH_SHOWN));
        WhenReached.once(app.glossaryProperty(), Objects::nonNull,
                () -> WhenReached.once(shown, Objects::nonNull, () -> whenDrawn(LOOKUP_READY)));
        WhenReached.once(shown, speech -> speech != null && speech.withWords(), () -> whenDrawn(WORDS_SHOWN));
    }
}
