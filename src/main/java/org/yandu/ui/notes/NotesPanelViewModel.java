package org.yandu.ui.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.library.Annotation;
import org.yandu.library.SharedNote;
import org.yandu.ui.reader.SpeechAnnotations;

/**
 * The rows of the notes panel: the speech's highlights and notes in reading order, with the notes others in the
 * study group shared among them where shown; then the orphaned ones, and others' notes on words this copy lacks.
 */
final class NotesPanelViewModel {
    /**
     * A row: the reader's annotation, another member's note ({@code other}), or the heading of the orphaned section
     * (neither).
     *
     * @param position the paragraph it is on, -1 when orphaned
     * @param suggested the paragraph suggested for an orphaned one, else -1
     */
    record Row(@Nullable Annotation annotation, @Nullable SharedNote other, int position, int suggested,
               boolean orphanedHeading) {
        static Row heading() {
            return new Row(null, null, -1, -1, true);
        }

        /** Where the row leads in the reader: its place, or the place suggested for it. */
        int shownAt() {
            return position >= 0 ? position : suggested;
        }

        /** Where its words begin in their paragraph, for the reading order. */
        int start() {
            return annotation != null ? annotation.start() : other != null ? other.start() : 0;
        }
    }

    private NotesPanelViewModel() {
    }

    /** @param othersShown whether the notes others shared are listed */
    static List<Row> rows(SpeechAnnotations notes, boolean othersShown) {
        if (notes == null) {
            return List.of();
        }
        List<Row> placed = new ArrayList<>();
        List<Row> orphaned = new ArrayList<>();
        for (Annotation a : notes.asMade()) {
            int position = notes.positionOf(a);
            (position < 0 ? orphaned : placed).add(new Row(a, null, position, notes.suggestedPosition(a), false));
        }
        if (othersShown) {
            for (SharedNote other : notes.others()) {
                (other.placed() ? placed : orphaned).add(new Row(null, other, other.position(), -1, false));
            }
        }
        // The reader's own before others' on the same words; others' in the order they were last edited.
        placed.sort(Comparator.comparingInt(Row::position).thenComparingInt(Row::start)
                .thenComparing(r -> r.annotation() == null).thenComparingLong(NotesPanelViewModel::ownId));
        List<Row> rows = new ArrayList<>(placed);
        if (!orphaned.isEmpty()) {
            rows.add(Row.heading());
            rows.addAll(orphaned);
        }
        return rows;
    }

    private static long ownId(Row row) {
        Annotation own = row.annotation();
        return own == null ? 0 : own.id();
    }

    /** The index of the row showing annotation {@code id}, or -1. */
    static int indexOf(List<Row> rows, long id) {
        for (int i = 0; i < rows.size(); i++) {
            Annotation shown = rows.get(i).annotation();
            if (shown != null && shown.id() == id) {
                return i;
            }
        }
        return -1;
    }
}
