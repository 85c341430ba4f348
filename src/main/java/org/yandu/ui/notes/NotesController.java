package org.yandu.ui.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;
import org.yandu.library.Annotation;
import org.yandu.library.Annotations;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.notes.NoteEditor;
import org.yandu.reading.SpeechDocument;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.TaskExecutor;
import org.yandu.ui.reader.ReaderPane;
import org.yandu.ui.reader.ReaderViewModel;
import org.yandu.ui.reader.SpeechAnnotations;

/**
 * The reader's highlights and notes: every edit goes through {@link NoteEditor} on the library thread, then the
 * open speech's notes are read again; undo and redo state, the library's tags for completion, and a version that
 * counts changes for the All Notes window.
 */
public final class NotesController implements ReaderPane.NoteEdits {
    private final TaskExecutor tasks;
    private final ReaderViewModel reader;
    private final Supplier<Messages> messages;
    private final ReadOnlyObjectWrapper<List<String>> tags = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private @Nullable LibraryStore store;
    private @Nullable NoteEditor editor;

    public NotesController(TaskExecutor tasks, ReaderViewModel reader, Supplier<Messages> messages) {
        this.tasks = tasks;
        this.reader = reader;
        this.messages = messages;
    }

    /** Edits go to this library from now on, with a fresh undo history (after opening it, or restoring it). */
    public void use(LibraryStore library) {
        store = library;
        editor = new NoteEditor(library.annotations());
        canUndo.set(false);
        canRedo.set(false);
        changed();
    }

    /** Reads the open speech's highlights and notes (and the library's tags) in the background and shows them. */
    public void load() {
        SpeechDocument document = reader.documentProperty().get();
        LibraryStore from = store;
        if (document == null || from == null) {
            return;
        }
        long id = document.speech().id();
        record Loaded(SpeechAnnotations notes, List<String> tags) {
        }
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.notes",
                () -> new Loaded(SpeechAnnotations.of(id, from.paragraphs(id), from.annotations().ofSpeech(id),
                        from.group().sharedNotes(id)), from.annotations().tags()))
                .status(text("status.loadingNotes"))
                .onSuccess(loaded -> {
                    reader.showNotes(loaded.notes());
                    tags.set(loaded.tags());
                }));
    }

    /**
     * Highlights the spans of the open speech: one highlight, in one part per paragraph when it spans several.
     * Spans on paragraphs no longer shown are left out (the speech was re-imported meanwhile).
     */
    @Override
    public void highlight(List<SpeechAnnotations.Span> spans, HighlightColor color, Consumer<Annotation> done) {
        List<Annotations.Span> parts = new ArrayList<>();
        for (SpeechAnnotations.Span span : spans) {
            paragraphId(span.position()).filter(id -> span.start() < span.end())
                    .ifPresent(id -> parts.add(new Annotations.Span(id, span.start(), span.end())));
        }
        if (!parts.isEmpty()) {
            edit(notes -> notes.highlightPassage(parts, color, "", List.of()), done);
        }
    }

    /** A note on the whole paragraph at {@code position}, without colour. */
    @Override
    public void noteOnParagraph(int position, Consumer<Annotation> done) {
        paragraphId(position).ifPresent(id -> edit(notes -> notes.noteOnParagraph(id, "", List.of()), done));
    }

    @Override
    public void update(long id, @Nullable HighlightColor color, String note, List<String> noteTags) {
        edit(notes -> notes.update(id, color, note, noteTags), a -> { });
    }

    /** Saves what is being typed into a note; successive saves are one undo step. */
    void saveTyping(long id, String note) {
        edit(notes -> notes.saveTyping(id, note), a -> { });
    }

    /** Places an orphaned note on the words suggested for it, then {@code done} with it placed. */
    void placeAtSuggestion(long id, Consumer<Annotation> done) {
        edit(notes -> notes.placeAtSuggestion(id), done);
    }

    @Override
    public void delete(long id) {
        edit(notes -> {
            notes.delete(id);
            return null;
        }, a -> { });
    }

    public void undo() {
        edit(notes -> notes.undo().orElse(null), a -> { });
    }

    public void redo() {
        edit(notes -> notes.redo().orElse(null), a -> { });
    }

    /** Every highlight and note of the library with their speeches, read in the background. */
    void loadAll(Consumer<AllNotesViewModel.Library> done) {
        LibraryStore from = store;
        if (from != null) {
            tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.notes",
                    () -> AllNotesViewModel.Library.readFrom(from))
                    .status(text("status.loadingNotes"))
                    .onSuccess(done));
        }
    }

    /** Something else moved notes (an import re-anchors them): the views read them again. */
    public void changed() {
        version.set(version.get() + 1);
    }

    /** Counts the changes to the library's highlights and notes: edits, undo and redo, imports that move them. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** Every tag used in the library, for completion. */
    ReadOnlyObjectProperty<List<String>> tagsProperty() {
        return tags.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private Optional<Long> paragraphId(int position) {
        SpeechAnnotations shown = reader.notesProperty().get();
        return shown == null ? Optional.empty() : shown.paragraphId(position);
    }

    /** Runs an edit on the library thread, then shows the speech's notes again. */
    private void edit(Function<NoteEditor, Annotation> change, Consumer<Annotation> done) {
        NoteEditor notes = editor;
        if (notes == null) {
            return;
        }
        record Edited(Annotation annotation, boolean undo, boolean redo) {
        }
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.notes", () -> {
            Annotation result = change.apply(notes);
            return new Edited(result, notes.canUndo(), notes.canRedo());
        }).status(text("status.savingNote")).onSuccess(edited -> {
            canUndo.set(edited.undo());
            canRedo.set(edited.redo());
            changed();
            load();
            done.accept(edited.annotation());
        }));
    }

    private String text(String key) {
        return messages.get().get(key);
    }
}
