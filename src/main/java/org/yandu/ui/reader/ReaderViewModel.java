package org.yandu.ui.reader;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.jspecify.annotations.Nullable;
import org.yandu.reading.OutlineEntry;
import org.yandu.reading.ReadingPosition;
import org.yandu.reading.SpeechDocument;

/**
 * The open speech and where in it the reader is. The view reports the top visible item through
 * {@link #topItemProperty()} and the last one through {@link #bottomItemProperty()}, and follows
 * {@link #scrollRequestProperty()} for jumps.
 */
public final class ReaderViewModel {
    private final ReadOnlyObjectWrapper<SpeechDocument> document = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty topItem = new SimpleIntegerProperty(0);
    private final IntegerProperty bottomItem = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<OutlineEntry> currentEntry = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScrollRequest> scrollRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SpeechWords> words = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DisplayScript> script = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> keywords = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Flash> flash = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SpeechAnnotations> notes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private long serial;

    /** What the view's text shows: speech {@code speechId}, with its words marked or not yet. */
    public record Shown(long speechId, boolean withWords) {
    }

    /** A word to flash in item {@code itemIndex}, {@code [start, end)} of its text, after a jump to it. */
    public record Flash(int itemIndex, int start, int end, long serial) {
    }

    public ReaderViewModel() {
        topItem.addListener(o -> currentEntry.set(entryAt(topItem.get())));
    }

    /** Opens a speech at a library paragraph position (0 for the beginning). */
    public void show(SpeechDocument speech, int paragraph) {
        if (words.get() != null && words.get().speechId() != speech.speech().id()) {
            words.set(null);
        }
        if (notes.get() != null && notes.get().speechId() != speech.speech().id()) {
            notes.set(null);
        }
        if (script.get() != null && script.get().speechId() != speech.speech().id()) {
            script.set(null);
        }
        if (document.get() == null || document.get().speech().id() != speech.speech().id()) {
            keywords.set(List.of());
        }
        document.set(speech);
        scrollTo(speech.itemIndexOf(paragraph));
        currentEntry.set(entryAt(topItem.get()));
    }

    /** Shows no speech, e.g. when the open one is gone from a restored library. */
    public void close() {
        words.set(null);
        notes.set(null);
        script.set(null);
        keywords.set(List.of());
        document.set(null);
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

    /** The open speech in traditional characters, or null to show it as stored; ignored for another speech. */
    public void showScript(long speechId, @Nullable DisplayScript traditional) {
        if (openSpeechId().filter(id -> id == speechId).isPresent()) {
            script.set(traditional);
        }
    }

    /** The open speech's highlights and notes, once read; ignored when they belong to another speech. */
    public void showNotes(SpeechAnnotations speechNotes) {
        if (speechNotes != null && openSpeechId().filter(id -> id == speechNotes.speechId()).isPresent()) {
            notes.set(speechNotes);
        }
    }

    /**
     * Said by the view once its text shows the open speech (laid out off the FX thread, it comes a little after
     * {@link #documentProperty()}), or null when it shows none: what the start-up marks wait for.
     */
    public void textShown(@Nullable Shown now) {
        shown.set(now);
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SpeechAnnotations> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** Scrolls to a paragraph position and flashes {@code [start, end)} of its text. */
    public void flashParagraph(int paragraph, int start, int end) {
        SpeechDocument open = document.get();
        if (open == null) {
            return;
        }
        int item = open.itemIndexOf(paragraph);
        scrollTo(item);
        int length = open.items().get(item).text().length();
        flash.set(new Flash(item, Math.min(start, length), Math.min(Math.max(start, end), length), ++serial));
    }

    public ReadOnlyObjectProperty<DisplayScript> scriptProperty() {
        return script.getReadOnlyProperty();
    }

    /** The open speech's keywords once computed; ignored when they belong to another speech. */
    public void showKeywords(long speechId, List<String> found) {
        if (openSpeechId().filter(id -> id == speechId).isPresent()) {
            keywords.set(List.copyOf(found));
        }
    }

    public ReadOnlyObjectProperty<List<String>> keywordsProperty() {
        return keywords.getReadOnlyProperty();
    }

    /**
     * Flashes the match of a search or concordance line in the open speech: the highlighted part of
     * {@code sentence}, found in the paragraph at {@code paragraph}.
     */
    public void flashMatch(int paragraph, String sentence, int highlightStart, int highlightEnd) {
        SpeechDocument open = document.get();
        if (open == null || sentence == null || highlightStart < 0 || highlightEnd > sentence.length()
                || highlightStart >= highlightEnd) {
            return;
        }
        int item = -1;
        for (int i = 0; i < open.items().size() && item < 0; i++) {
            if (open.items().get(i).paragraph() == paragraph) {
                item = i;
            }
        }
        if (item < 0) {
            return;
        }
        String text = open.items().get(item).text();
        int at = text.indexOf(sentence);
        int start;
        if (at >= 0) {
            start = at + highlightStart;
        } else {
            start = text.indexOf(sentence.substring(highlightStart, highlightEnd));
            if (start < 0) {
                return;
            }
        }
        flash.set(new Flash(item, start, start + highlightEnd - highlightStart, ++serial));
    }

    public ReadOnlyObjectProperty<Flash> flashProperty() {
        return flash.getReadOnlyProperty();
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

    /** The last item in view, set by the view as it scrolls. */
    public IntegerProperty bottomItemProperty() {
        return bottomItem;
    }

    /** Whether the speech's last paragraph is in view. */
    public boolean atEnd() {
        SpeechDocument open = document.get();
        return open != null && bottomItem.get() >= open.items().size() - 1;
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
    private @Nullable OutlineEntry entryAt(int itemIndex) {
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
