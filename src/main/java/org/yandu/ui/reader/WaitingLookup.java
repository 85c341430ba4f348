package org.yandu.ui.reader;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;
import org.yandu.lookup.LookupRequest;

/**
 * The last word the reader asked to look up while the dictionaries were still loading, looked up once they are in if
 * the same speech is still open, as a dictionary answers a tap made while it starts. A glance (the pointer resting on
 * a word) is not kept: by then the pointer has moved on.
 */
final class WaitingLookup {
    private final Supplier<Optional<Long>> openSpeech;
    private @Nullable Runnable waiting;
    private Optional<Long> askedIn = Optional.empty();

    /**
     * @param dictionaries null until the dictionaries are in
     * @param openSpeech the speech open now
     */
    WaitingLookup(ObservableValue<?> dictionaries, Supplier<Optional<Long>> openSpeech) {
        this.openSpeech = openSpeech;
        dictionaries.addListener(o -> {
            if (dictionaries.getValue() != null) {
                lookUpWaiting();
            }
        });
    }

    /** Keeps {@code lookUp} for when the dictionaries are in, in place of any kept before; a glance is dropped. */
    void keep(LookupRequest request, Runnable lookUp) {
        if (request != LookupRequest.GLANCE) {
            waiting = lookUp;
            askedIn = openSpeech.get();
        }
    }

    private void lookUpWaiting() {
        Runnable lookUp = waiting;
        waiting = null;
        if (lookUp != null && openSpeech.get().equals(askedIn)) {
            lookUp.run();
        }
    }
}
