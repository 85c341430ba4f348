package org.yandu.ui.study;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;
import org.yandu.library.LibraryStore;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.TaskExecutor;
import org.yandu.ui.library.LibraryViewModel;

/**
 * The reader's study record: time read and progress of each speech ({@link ReadingTracker}, saved every
 * {@value ReadingTracker#SAVE_EVERY_SECONDS} seconds), speeches marked read, and the week's summary.
 */
public final class StudyController {
    private final TaskExecutor tasks;
    private final Supplier<Messages> messages;
    private final ReadingTracker reading;
    private final Timeline saver;
    private @Nullable LibraryStore store;

    public StudyController(TaskExecutor tasks, Supplier<Messages> messages, LibraryViewModel library) {
        this.tasks = tasks;
        this.messages = messages;
        this.reading = new ReadingTracker(library, change -> tasks.write("the reading time", change),
                Platform::runLater, System::nanoTime);
        this.saver = new Timeline(
                new KeyFrame(Duration.seconds(ReadingTracker.SAVE_EVERY_SECONDS), e -> reading.save()));
        saver.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * The library the record is read from; it is kept there too unless the library is only read beside another
     * Yandu, which keeps its own.
     */
    public void use(LibraryStore library) {
        store = library;
        if (!library.openedForReading()) {
            reading.use(library);
            saver.play();
        }
    }

    /** What the reader opens and where they move, for the time and progress of each speech. */
    public ReadingTracker tracker() {
        return reading;
    }

    /** The reader did something in the window: they are reading, not away. */
    public void activity() {
        reading.activity();
    }

    /** Time the window spends without focus is not reading time. */
    public void focus(boolean focused) {
        reading.focus(focused);
    }

    /** Marks a speech read or unread, in the library and in the tree. */
    public void markRead(long speechId, boolean read) {
        reading.markRead(speechId, read);
    }

    /** Writes the open speech's time and progress now, e.g. before a restore replaces the library. */
    public void save() {
        reading.save();
    }

    /** The window closes: the last save, and no more. */
    public void stop() {
        saver.stop();
        reading.save();
    }

    /**
     * What the reader did this week (from Monday) and today, and on which speeches; {@code done} gets it on the FX
     * thread.
     */
    public void studyWeek(Consumer<StudyWeek> done) {
        LibraryStore from = store;
        if (from == null) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.systemDefault()); // the reader's own days
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.studySummary",
                () -> new StudyWeek(from.study().since(monday), from.study().since(today),
                        from.study().speechesSince(monday)))
                .status(messages.get().get("status.summingUp"))
                .onSuccess(done));
    }
}
