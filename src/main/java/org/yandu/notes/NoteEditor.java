package org.yandu.notes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yandu.library.Annotation;
import org.yandu.library.Annotations;
import org.yandu.library.HighlightColor;

/**
 * The reader's edits to highlights and notes, each saved at once, with undo and redo (Ctrl+Z / Ctrl+Shift+Z).
 * Saves of a note being typed coalesce into one step, so undo takes back the edit, not each keystroke.
 * Plain Java: the UI calls it off the FX thread.
 */
public final class NoteEditor {
    private static final int LIMIT = 200;

    private final Annotations annotations;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    /** One change, as the annotation was before and after it (null where it did not exist). */
    private record Step(@Nullable Annotation before, @Nullable Annotation after) {
    }

    public NoteEditor(Annotations annotations) {
        this.annotations = annotations;
    }

    public synchronized Annotation highlight(long paragraphId, int start, int end, HighlightColor color,
                                             String note, List<String> tags) {
        return record(null, annotations.highlight(paragraphId, start, end, color, note, tags));
    }

    public synchronized Annotation noteOnParagraph(long paragraphId, String note, List<String> tags) {
        return record(null, annotations.noteOnParagraph(paragraphId, note, tags));
    }

    /** Recolours, re-notes or re-tags an annotation. */
    public synchronized Annotation update(long id, @Nullable HighlightColor color, String note, List<String> tags) {
        Annotation before = existing(id);
        return record(before, annotations.update(id, color, note, tags));
    }

    /**
     * Saves the text of a note being typed; consecutive saves of the same note make one undo step.
     */
    public synchronized Annotation saveTyping(long id, String note) {
        Annotation before = existing(id);
        Annotation after = annotations.update(id, before.color(), note, before.tags());
        Step last = undo.peek();
        if (last != null && last.after() != null && last.after().id() == id && last.before() != null
                && !last.after().note().equals(last.before().note())) {
            undo.pop();
            undo.push(new Step(last.before(), after));
            redo.clear();
            return after;
        }
        return record(before, after);
    }

    /** Places an orphaned annotation on the words suggested for it; undo orphans it again. */
    public synchronized Annotation placeAtSuggestion(long id) {
        Annotation before = existing(id);
        Annotation.Suggestion at = before.suggestion();
        if (at == null) {
            throw new IllegalArgumentException("Annotation " + id + " has no suggested place");
        }
        return record(before, annotations.moveTo(id, at.paragraphId(), at.start(), at.end()));
    }

    public synchronized void delete(long id) {
        Annotation before = existing(id);
        annotations.delete(id);
        remember(new Step(before, null));
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Takes back the last change; returns the annotation as it is now (empty when the undo removed it). */
    public synchronized Optional<Annotation> undo() {
        Step step = undo.pop();
        redo.push(step);
        return apply(step.after(), step.before());
    }

    public synchronized Optional<Annotation> redo() {
        Step step = redo.pop();
        undo.push(step);
        return apply(step.before(), step.after());
    }

    private Optional<Annotation> apply(@Nullable Annotation from, @Nullable Annotation to) {
        if (to == null) {
            annotations.delete(Objects.requireNonNull(from, "a step changes an annotation").id());
            return Optional.empty();
        }
        if (from == null) {
            return Optional.of(annotations.restore(to));
        }
        boolean samePlace = Objects.equals(from.paragraphId(), to.paragraphId()) && from.start() == to.start()
                && from.end() == to.end() && from.quote().equals(to.quote());
        // A step that kept the place changes only what the reader wrote: an import since may have moved it.
        return Optional.of(samePlace ? annotations.update(to.id(), to.color(), to.note(), to.tags())
                : annotations.replace(to));
    }

    /** Keeps a change for undo; returns the annotation as the change left it. */
    private Annotation record(@Nullable Annotation before, Annotation after) {
        remember(new Step(before, after));
        return after;
    }

    /** A new change: undo takes it back first, and what was undone can no longer be redone. */
    private void remember(Step step) {
        undo.push(step);
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    private Annotation existing(long id) {
        return annotations.find(id).orElseThrow(() -> new IllegalArgumentException("There is no annotation " + id));
    }
}
