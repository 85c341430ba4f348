package org.yandu.ui.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yandu.library.Annotation;
import org.yandu.ui.reader.SpeechAnnotations;

/** The rows of the notes panel: the speech's highlights and notes in reading order, then the orphaned ones. */
final class NotesPanelViewModel {
    /**
     * A row: an annotation, or the heading of the orphaned section ({@code annotation} null).
     *
     * @param position the paragraph it is on, -1 when orphaned
     * @param suggested the paragraph suggested for an orphaned one, else -1
     */
    record Row(@Nullable Annotation annotation, int position, int suggested, boolean orphanedHeading) {
        static Row heading() {
            return new Row(null, -1, -1, true);
        }

        /** Where the row leads in the reader: its place, or the place suggested for it. */
        int shownAt() {
            return position >= 0 ? position : suggested;
        }
    }

    private NotesPanelViewModel() {
    }

    static List<Row> rows(SpeechAnnotations notes) {
        if (notes == null) {
            return List.of();
        }
        List<Row> placed = new ArrayList<>();
        List<Row> orphaned = new ArrayList<>();
        for (Annotation a : notes.asMade()) {
            int position = notes.positionOf(a);
            (position < 0 ? orphaned : placed).add(new Row(a, position, notes.suggestedPosition(a), false));
        }
        placed.sort(Comparator.comparingInt(Row::position).thenComparingInt(r -> placedNote(r).start())
                .thenComparingLong(r -> placedNote(r).id()));
        List<Row> rows = new ArrayList<>(placed);
        if (!orphaned.isEmpty()) {
            rows.add(Row.heading());
            rows.addAll(orphaned);
        }
        return rows;
    }

    private static Annotation placedNote(Row placed) {
        return Objects.requireNonNull(placed.annotation(), "only the orphaned notes' heading has no note");
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
