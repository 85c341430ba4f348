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
import org.yandu.library.Passages;

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

    /**
     * One change, as what the reader made was before and after it: every part of a passage (empty where it did
     * not exist), so that undo takes back a highlight across paragraphs in one step.
     */
    private record Step(List<Annotation> before, List<Annotation> after) {
    }

    public NoteEditor(Annotations annotations) {
        this.annotations = annotations;
    }

    public synchronized Annotation highlight(long paragraphId, int start, int end, HighlightColor color,
                                             String note, List<String> tags) {
        return created(List.of(annotations.highlight(paragraphId, start, end, color, note, tags)));
    }

    /** A highlight across paragraphs, one part for each span; returns it joined as the reader sees it. */
    public synchronized Annotation highlightPassage(List<Annotations.Span> spans, HighlightColor color, String note,
                                                    List<String> tags) {
        return created(annotations.highlightPassage(spans, color, note, tags));
    }

    public synchronized Annotation noteOnParagraph(long paragraphId, String note, List<String> tags) {
        return created(List.of(annotations.noteOnParagraph(paragraphId, note, tags)));
    }

    /** Recolours, re-notes or re-tags an annotation (every part of a passage). */
    public synchronized Annotation update(long id, @Nullable HighlightColor color, String note, List<String> tags) {
        List<Annotation> before = annotations.passage(id);
        annotations.update(id, color, note, tags);
        return changed(before, annotations.passage(id));
    }

    /**
     * Saves the text of a note being typed; consecutive saves of the same note make one undo step.
     */
    public synchronized Annotation saveTyping(long id, String note) {
        List<Annotation> before = annotations.passage(id);
        Annotation first = before.get(0);
        annotations.update(id, first.color(), note, first.tags());
        List<Annotation> after = annotations.passage(id);
        Step last = undo.peek();
        if (last != null && !last.before().isEmpty() && !last.after().isEmpty()
                && last.after().get(0).id() == first.id()
                && !last.after().get(0).note().equals(last.before().get(0).note())) {
            undo.pop();
            undo.push(new Step(last.before(), after));
            redo.clear();
            return Passages.join(after);
        }
        return changed(before, after);
    }

    /** Places an orphaned annotation on the words suggested for it; undo orphans it again. */
    public synchronized Annotation placeAtSuggestion(long id) {
        Annotation.Suggestion at = existing(id).suggestion();
        if (at == null) {
            throw new IllegalArgumentException("Annotation " + id + " has no suggested place");
        }
        List<Annotation> before = annotations.passage(id);
        annotations.moveTo(id, at.paragraphId(), at.start(), at.end());
        return changed(before, annotations.passage(id));
    }

    /** Deletes an annotation, with every part of its passage. */
    public synchronized void delete(long id) {
        List<Annotation> before = annotations.passage(id);
        annotations.delete(id);
        remember(new Step(before, List.of()));
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

    private Optional<Annotation> apply(List<Annotation> from, List<Annotation> to) {
        if (to.isEmpty()) {
            annotations.delete(from.get(0).id());
            return Optional.empty();
        }
        if (from.isEmpty()) {
            to.forEach(annotations::restore);
        } else {
            for (Annotation part : to) {
                Annotation was = from.stream().filter(f -> f.id() == part.id()).findFirst().orElse(null);
                if (was == null || !samePlace(was, part)) {
                    annotations.replace(part);
                } else if (!part.continuesPassage()) {
                    // A step that kept the place changes only what the reader wrote: an import since may have
                    // moved it. The first part's change recolours the others.
                    annotations.update(part.id(), part.color(), part.note(), part.tags());
                }
            }
        }
        return Optional.of(Passages.join(annotations.passage(to.get(0).id())));
    }

    private static boolean samePlace(Annotation a, Annotation b) {
        return Objects.equals(a.paragraphId(), b.paragraphId()) && a.start() == b.start() && a.end() == b.end()
                && a.quote().equals(b.quote());
    }

    /** Keeps the making of new annotations for undo; returns them joined as the reader sees them. */
    private Annotation created(List<Annotation> parts) {
        return changed(List.of(), parts);
    }

    /** Keeps a change for undo; returns what it left, joined as the reader sees it. */
    private Annotation changed(List<Annotation> before, List<Annotation> after) {
        remember(new Step(before, after));
        return Passages.join(after);
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
