package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import org.yandu.search.TextMatches;

/**
 * Find within the open speech, as a browser's find bar: every occurrence of the query in the speech's paragraphs
 * as shown, matched as library search matches ({@link TextMatches}), and which one is current. Next and previous
 * wrap around; a new query or text starts from where the reader is.
 */
public final class FindInSpeechViewModel {
    /** An occurrence: characters {@code [start, end)} of display item {@code item}. */
    public record Hit(int item, int start, int end) {
    }

    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<Hit>> hits = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private List<String> texts = List.of();
    private int fromItem;

    public FindInSpeechViewModel() {
        query.addListener((o, old, now) -> find());
    }

    /** The paragraphs to search, one a display item, and the item the reader is at: the first hit is there or after. */
    public void search(List<String> itemTexts, int atItem) {
        texts = List.copyOf(itemTexts);
        fromItem = atItem;
        find();
    }

    private void find() {
        List<Hit> found = new ArrayList<>();
        String text = query.get() == null ? "" : query.get();
        if (!text.isBlank()) {
            for (int item = 0; item < texts.size(); item++) {
                for (TextMatches.Span span : TextMatches.of(texts.get(item), text)) {
                    found.add(new Hit(item, span.start(), span.end()));
                }
            }
        }
        int first = found.isEmpty() ? -1 : 0;
        for (int i = found.size() - 1; i >= 0 && found.get(i).item() >= fromItem; i--) {
            first = i;
        }
        // Current first, then the hits: a view redrawing on the hits sees the current index that belongs to them.
        current.set(-1);
        hits.set(List.copyOf(found));
        current.set(first);
    }

    /** The next occurrence, after the last the first. */
    public void next() {
        move(1);
    }

    /** The previous occurrence, before the first the last. */
    public void previous() {
        move(-1);
    }

    private void move(int by) {
        int count = hits.get().size();
        if (count > 0) {
            current.set(Math.floorMod(current.get() + by, count));
            fromItem = hits.get().get(current.get()).item();
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<List<Hit>> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    /** Index of the current hit in {@link #hitsProperty()}, or -1 when there is none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public @Nullable Hit currentHit() {
        int at = current.get();
        return at < 0 ? null : hits.get().get(at);
    }
}
