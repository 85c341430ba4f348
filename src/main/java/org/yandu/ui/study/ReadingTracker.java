package org.yandu.ui.study;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.yandu.library.LibraryStore;
import org.yandu.library.ReadingProgress;
import org.yandu.library.Speech;
import org.yandu.ui.library.LibraryViewModel;

/**
 * The reading progress of the open speech: where the reader is, how long they have actively read (see
 * {@link ReadingClock}), saved every {@link #SAVE_EVERY_SECONDS} and whenever the speech changes or the window
 * closes; and "read", set by the reader or reached at the end of the speech after reading it for as long as a fast
 * reader would ({@link #FAST_CHARS_PER_SECOND}, and at least {@link #LEAST_SECONDS}): a glance or a jump to the end
 * marks nothing.
 * Plain Java: store work goes to {@code write} (the library thread), results come back through {@code onFx}.
 */
public final class ReadingTracker {
    public static final int SAVE_EVERY_SECONDS = 30;
    /** 900 characters a minute: about twice the usual pace of reading Chinese closely. */
    static final int FAST_CHARS_PER_SECOND = 15;
    /** Even a short speech is not read in a glance. */
    static final int LEAST_SECONDS = 60;

    private final ReadingClock clock = new ReadingClock();
    private final LibraryViewModel library;
    private final Consumer<Runnable> write;
    private final Consumer<Runnable> onFx;
    private final LongSupplier nanoTime;
    private @Nullable LibraryStore store;
    private @Nullable Speech open;
    private int position;
    private boolean atEnd;
    private long secondsBeforeOpening;
    /** The open speech was marked read or unread since it opened; reaching its end again changes nothing. */
    private boolean marked;

    public ReadingTracker(LibraryViewModel library, Consumer<Runnable> write, Consumer<Runnable> onFx,
            LongSupplier nanoTime) {
        this.library = library;
        this.write = write;
        this.onFx = onFx;
        this.nanoTime = nanoTime;
    }

    public void use(LibraryStore library) {
        store = library;
    }

    /** A speech is shown at a paragraph: the one before is saved, this one's clock starts. */
    public void opened(Speech speech, int paragraph) {
        save();
        open = speech;
        position = paragraph;
        atEnd = false;
        marked = false;
        secondsBeforeOpening = library.progress(speech.id()).secondsRead();
        clock.start(nanoTime.getAsLong());
        record(speech.id(), paragraph, 0);
    }

    /** The view moved: {@code paragraph} at its top, {@code end} whether the last paragraph is in view. */
    public void moved(int paragraph, boolean end) {
        position = paragraph;
        atEnd = end;
        activity();
        markReadAtEnd();
    }

    public void activity() {
        clock.activity(nanoTime.getAsLong());
    }

    public void focus(boolean hasFocus) {
        clock.focus(hasFocus, nanoTime.getAsLong());
    }

    /** Saves the time read since the last save, and the position. */
    public void save() {
        if (open != null) {
            record(open.id(), position, clock.takeSeconds(nanoTime.getAsLong()));
            markReadAtEnd();
        }
    }

    public void markRead(long speechId, boolean read) {
        if (open != null && open.id() == speechId) {
            marked = true;
        }
        LibraryStore into = store;
        if (into != null) {
            write.accept(() -> {
                into.reading().markRead(speechId, read);
                showProgress(into, speechId);
            });
        }
    }

    private void markReadAtEnd() {
        if (open == null || !atEnd || marked || library.progress(open.id()).read()) {
            return;
        }
        long secondsRead = secondsBeforeOpening + clock.secondsSinceStart();
        if (secondsRead >= LEAST_SECONDS && secondsRead * FAST_CHARS_PER_SECOND >= open.charCount()) {
            markRead(open.id(), true);
        }
    }

    private void record(long speechId, int paragraph, long seconds) {
        LibraryStore into = store;
        if (into != null) {
            write.accept(() -> {
                into.reading().record(speechId, paragraph, seconds);
                showProgress(into, speechId);
            });
        }
    }

    private void showProgress(LibraryStore from, long speechId) {
        ReadingProgress progress = from.reading().progress(speechId);
        onFx.accept(() -> library.putProgress(progress));
    }
}
