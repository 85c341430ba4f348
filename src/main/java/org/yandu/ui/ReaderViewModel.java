package org.yandu.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The open speech and where in it the reader is. The view reports the top visible item through
 * {@link #topItemProperty()} and follows {@link #scrollRequestProperty()} for jumps.
 */
public final class ReaderViewModel {
    private final ReadOnlyObjectWrapper<SpeechDocument> document = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty topItem = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<OutlineEntry> currentEntry = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScrollRequest> scrollRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SpeechWords> words = new ReadOnlyObjectWrapper<>();
    private long serial;

    public ReaderViewModel() {
        topItem.addListener(o -> currentEntry.set(entryAt(topItem.get())));
    }

    /** Opens a speech at a library paragraph position (0 for the beginning). */
    public void show(SpeechDocument speech, int paragraph) {
        if (words.get() != null && words.get().speechId() != speech.speech().id()) {
            words.set(null);
        }
        document.set(speech);
        scrollTo(speech.itemIndexOf(paragraph));
        currentEntry.set(entryAt(topItem.get()));
    }

    /** Scrolls the open speech to a library paragraph position. */
    public void showParagraph(int paragraph) {
        SpeechDocument open = document.get();
        if (open != null) {
            scrollTo(open.itemIndexOf(paragraph));
        }
    }

    /** The words of the open speech, once segmented; ignored when they belong to another speech. */
    public void showWords(SpeechWords speechWords) {
        if (speechWords == null || openSpeechId().filter(id -> id == speechWords.speechId()).isPresent()) {
            words.set(speechWords);
        }
    }

    public ReadOnlyObjectProperty<SpeechWords> wordsProperty() {
        return words.getReadOnlyProperty();
    }

    public void jumpTo(OutlineEntry entry) {
        scrollTo(entry.itemIndex());
    }

    public Optional<ReadingPosition> readingPosition() {
        SpeechDocument open = document.get();
        return open == null ? Optional.empty()
                : Optional.of(new ReadingPosition(open.speech().id(), open.paragraphAt(topItem.get())));
    }

    public Optional<Long> openSpeechId() {
        return Optional.ofNullable(document.get()).map(d -> d.speech().id());
    }

    public List<OutlineEntry> outline() {
        SpeechDocument open = document.get();
        return open == null ? List.of() : open.outline();
    }

    public ReadOnlyObjectProperty<SpeechDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public IntegerProperty topItemProperty() {
        return topItem;
    }

    public ReadOnlyObjectProperty<OutlineEntry> currentEntryProperty() {
        return currentEntry.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScrollRequest> scrollRequestProperty() {
        return scrollRequest.getReadOnlyProperty();
    }

    private void scrollTo(int itemIndex) {
        topItem.set(itemIndex);
        scrollRequest.set(new ScrollRequest(itemIndex, ++serial));
    }

    /** The section being read: the last outline entry at or above the top of the view. */
    private OutlineEntry entryAt(int itemIndex) {
        OutlineEntry found = null;
        for (OutlineEntry entry : outline()) {
            if (entry.itemIndex() > itemIndex) {
                break;
            }
            found = entry;
        }
        return found;
    }
}
