package org.yandu.ui.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import org.yandu.library.SpeechCollection;
import org.yandu.ui.base.Messages;

/**
 * What Set an Assignment holds: a title, the day it is due by (or none), a note, and what to read: the open speech
 * or a collection of the library. Suggested: a week from today, and the collection's title when one is chosen.
 */
final class AssignViewModel {
    /** The open speech, offered as what to read. */
    record OpenSpeech(long id, String title) {
    }

    /** What setting it takes, once {@link #problem} is empty. */
    record Assigning(String title, @Nullable LocalDate due, String note, List<Long> speechIds) {
    }

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<@Nullable LocalDate> due;
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<@Nullable SpeechCollection> collection = new SimpleObjectProperty<>();
    private final Optional<OpenSpeech> open;
    private final LocalDate today;

    AssignViewModel(Optional<OpenSpeech> open, LocalDate today) {
        this.open = open;
        this.today = today;
        this.due = new SimpleObjectProperty<>(today.plusWeeks(1));
        open.ifPresent(speech -> title.set(speech.title()));
        collection.addListener((o, was, chosen) -> {
            if (chosen != null && (title.get().isBlank() || was != null && title.get().equals(was.title())
                    || open.map(speech -> speech.title().equals(title.get())).orElse(false))) {
                title.set(chosen.title());
            }
        });
    }

    StringProperty titleProperty() {
        return title;
    }

    ObjectProperty<@Nullable LocalDate> dueProperty() {
        return due;
    }

    StringProperty noteProperty() {
        return note;
    }

    /** The collection to read; none for the open speech. */
    ObjectProperty<@Nullable SpeechCollection> collectionProperty() {
        return collection;
    }

    /** Why it cannot be set yet, in the window's language; empty once it can. */
    String problem(Messages messages) {
        if (title.get().isBlank()) {
            return messages.get("group.assign.noTitle");
        }
        if (speeches().isEmpty()) {
            return messages.get("group.assign.nothing");
        }
        LocalDate by = due.get();
        return by != null && by.isBefore(today) ? messages.get("group.assign.past") : "";
    }

    Assigning assigning() {
        return new Assigning(title.get().strip(), due.get(), note.get().strip(), speeches());
    }

    private List<Long> speeches() {
        SpeechCollection chosen = collection.get();
        if (chosen != null) {
            return chosen.speechIds();
        }
        return open.map(speech -> List.of(speech.id())).orElse(List.of());
    }
}
