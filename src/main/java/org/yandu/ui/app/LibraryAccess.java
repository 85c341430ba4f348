package org.yandu.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.yandu.library.LibraryStore;
import org.yandu.ui.base.Messages;

/**
 * How the window holds its library, and so what it allows and says: opening; open; open for reading only beside
 * another Yandu that holds it (an import, another window); or not opened (it failed, or the reader declined the
 * backup offered for a lost or damaged one). Plain Java: tested without the FX thread.
 */
final class LibraryAccess {
    enum State { OPENING, WRITABLE, READ_ONLY, NOT_OPENED }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.OPENING);
    private final BooleanBinding open = state.isEqualTo(State.WRITABLE).or(state.isEqualTo(State.READ_ONLY));
    private final BooleanBinding notOpened = state.isEqualTo(State.NOT_OPENED);
    private final BooleanBinding writable = state.isEqualTo(State.WRITABLE);
    /** A library not opened can still be restored from its backups: that is how a declined rescue is taken up. */
    private final BooleanBinding restorable = writable.or(notOpened);
    private final BooleanBinding readOnly = state.isEqualTo(State.READ_ONLY);

    void opening() {
        state.set(State.OPENING);
    }

    void opened(LibraryStore store) {
        state.set(store.openedForReading() ? State.READ_ONLY : State.WRITABLE);
    }

    void notOpened() {
        state.set(State.NOT_OPENED);
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Open, for writing or reading only: the library can be read, searched and exported. */
    BooleanBinding open() {
        return open;
    }

    BooleanBinding notOpenedProperty() {
        return notOpened;
    }

    /** Imports, backups and the like may be asked for. */
    BooleanBinding writable() {
        return writable;
    }

    BooleanBinding restorable() {
        return restorable;
    }

    BooleanBinding readOnly() {
        return readOnly;
    }

    /** The notice shown across the window while it only reads; empty when there is none. */
    StringBinding notice(Messages messages) {
        return Bindings.createStringBinding(() -> readOnly.get() ? messages.get("notice.readOnly") : "", state);
    }
}
