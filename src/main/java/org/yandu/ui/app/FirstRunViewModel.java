package org.yandu.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableNumberValue;
import org.yandu.ui.base.Messages;

/**
 * The first start of a new library, shown in the reader's place: what Yandu is and how far the import of the bundled
 * speeches has come; it goes when the first speech opens, or says the import failed. It follows the import's own work
 * done and total (the task that also feeds the status bar), so there is one account of the progress. Plain Java.
 */
final class FirstRunViewModel {
    enum Phase {
        /** Not a first start, or the first speech is open. */
        HIDDEN,
        IMPORTING,
        /** The import failed or brought no speech in: said, with the reason, until the reader opens a speech. */
        FAILED
    }

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.HIDDEN);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    /** A task's work is -1 until it reports: the bar then shows activity, and no count is given. */
    private final DoubleProperty filesDone = new SimpleDoubleProperty(-1);
    private final DoubleProperty filesTotal = new SimpleDoubleProperty(-1);
    private final DoubleBinding progress = Bindings.createDoubleBinding(
            () -> filesTotal.get() > 0 && filesDone.get() > 0 ? filesDone.get() / filesTotal.get() : -1,
            filesDone, filesTotal);

    /** The import has started; {@code done} and {@code total} are its files (a task's work done and total work). */
    void importing(ObservableNumberValue done, ObservableNumberValue total) {
        filesDone.bind(done);
        filesTotal.bind(total);
        phase.set(Phase.IMPORTING);
    }

    /** The import failed, or finished without a speech; {@code reason} is shown under the model's own sentence. */
    void failed(String reason) {
        stopFollowing();
        failure.set(reason);
        phase.set(Phase.FAILED);
    }

    /** A speech is open: nothing to greet any more. */
    void speechOpened() {
        stopFollowing();
        phase.set(Phase.HIDDEN);
    }

    /** "2 of 5 files imported", or empty before the import has counted its files. */
    StringBinding filesText(Messages messages) {
        return Bindings.createStringBinding(() -> {
            int total = (int) filesTotal.get();
            return total > 0 && filesDone.get() >= 0
                    ? messages.format("firstRun.files", Math.min((int) filesDone.get(), total), total) : "";
        }, filesDone, filesTotal);
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    boolean isShowing() {
        return phase.get() != Phase.HIDDEN;
    }

    /**
     * 0–1, or -1 (activity) until the first file is in: the first bundled file holds most of the speeches, and a bar
     * standing empty that long looks stuck.
     */
    DoubleBinding progress() {
        return progress;
    }

    ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    private void stopFollowing() {
        filesDone.unbind();
        filesTotal.unbind();
    }
}
