package org.yandu.ui.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.jspecify.annotations.Nullable;
import org.yandu.export.ExportScope;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.Passages;
import org.yandu.library.SharedNote;
import org.yandu.library.SpeechCollection;
import org.yandu.ui.library.LibrarySnapshot;

/**
 * All Notes: every highlight and note of the library with its speech, narrowed by text, tags, colours, speech
 * or collection, dates, "with a note" and "orphaned only", in speech order or newest first. Orphaned ones are
 * listed like the others, never hidden. In a study group, whose notes: the reader's own (at first), everyone's, or
 * one member's shared ones, read-only. Plain Java; the library is read off the FX thread and handed to
 * {@link #show(Library)}.
 */
public final class AllNotesViewModel {
    /** Speech order is the library tree's; within a speech, reading order with the orphaned last. */
    public enum Order { SPEECH, CREATED, EDITED }

    /**
     * A highlight or note as the list shows it.
     *
     * @param annotation the reader's own; for another member's, its words, colour, note, tags and time as one
     *     (id 0: it is no row of this library)
     * @param other another member's shared note; null for the reader's own
     * @param position its paragraph's position in the speech, -1 when orphaned
     * @param suggested for an orphaned one, the position of the paragraph suggested for it, else -1
     * @param speechOrder where its speech comes in the library tree
     */
    public record Entry(Annotation annotation, @Nullable SharedNote other, String speechTitle, int position,
                        int suggested, int speechOrder) {
        public boolean orphaned() {
            return position < 0;
        }

        /** The reader's own, which they may edit and delete. */
        public boolean own() {
            return other == null;
        }
    }

    /** Whose notes are listed: the reader's own, everyone's, or one member's ({@code member}, their user name). */
    public record Whose(@Nullable String member, boolean everyone) {
        public static final Whose MINE = new Whose(null, false);
        public static final Whose EVERYONE = new Whose(null, true);

        boolean keeps(@Nullable SharedNote other) {
            return everyone || (member == null ? other == null : other != null && member.equals(other.author()));
        }
    }

    /** What the view needs from the library, read in one trip. */
    public record Library(List<Annotation> annotations, Map<Long, Integer> positions, LibrarySnapshot snapshot,
                          List<SharedNote> others) {
        public static final Library EMPTY = new Library(List.of(), Map.of(), LibrarySnapshot.EMPTY, List.of());

        public Library {
            annotations = List.copyOf(annotations);
            positions = Map.copyOf(positions);
            others = List.copyOf(others);
        }

        /** Reads the library: call it off the FX thread. */
        public static Library readFrom(LibraryStore store) {
            return new Library(Passages.joined(store.annotations().all()), store.annotations().paragraphPositions(),
                    LibrarySnapshot.readFrom(store), store.group().allSharedNotes());
        }
    }

    /** A speech, or a collection of them, to narrow the list to. */
    public record SpeechChoice(String title, List<Long> speechIds, boolean collection) {
        public SpeechChoice {
            speechIds = List.copyOf(speechIds);
        }
    }

    private final ZoneId zone;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableSet<String> tags = FXCollections.observableSet();
    private final ObservableSet<HighlightColor> colours = FXCollections.observableSet();
    private final ObjectProperty<SpeechChoice> speech = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty withNote = new SimpleBooleanProperty();
    private final BooleanProperty orphanedOnly = new SimpleBooleanProperty();
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(Order.SPEECH);
    private final ObjectProperty<Whose> whose = new SimpleObjectProperty<>(Whose.MINE);
    private final ObservableList<SharedNote> authors = FXCollections.observableArrayList();
    private final ObservableList<Entry> shown = FXCollections.observableArrayList();
    private final ObservableList<String> tagsInUse = FXCollections.observableArrayList();
    private final ObservableList<SpeechChoice> speechChoices = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ObservableList<Entry> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tagsInUse);
    private final ObservableList<SpeechChoice> choicesView = FXCollections.unmodifiableObservableList(speechChoices);
    private List<Entry> entries = List.of();
    private Map<Long, String> titles = Map.of();
    private Map<Long, Integer> speechOrder = Map.of();

    /** @param zone where the reader is, for the dates of the date filter */
    public AllNotesViewModel(ZoneId zone) {
        this.zone = zone;
        Observable[] filters = {text, tags, colours, speech, from, to, withNote, orphanedOnly, order, whose};
        for (Observable filter : filters) {
            filter.addListener(o -> refresh());
        }
    }

    /** Shows the library as read; tags that are no longer used are no longer chosen. */
    public void show(Library library) {
        speechOrder = speechOrder(library.snapshot());
        titles = new HashMap<>();
        library.snapshot().speeches().forEach(s -> titles.put(s.id(), s.title()));
        List<Entry> all = new ArrayList<>();
        library.annotations().stream()
                .map(a -> new Entry(a, null, titles.getOrDefault(a.speechId(), ""),
                        a.orphaned() ? -1 : library.positions().getOrDefault(a.paragraphId(), -1),
                        a.suggestion() == null ? -1
                                : library.positions().getOrDefault(a.suggestion().paragraphId(), -1),
                        speechOrder.getOrDefault(a.speechId(), Integer.MAX_VALUE)))
                .forEach(all::add);
        library.others().stream().map(this::entry).forEach(all::add);
        entries = List.copyOf(all);
        Map<String, SharedNote> byAuthor = new LinkedHashMap<>();
        library.others().forEach(n -> byAuthor.putIfAbsent(n.author(), n));
        replaceIfChanged(authors, byAuthor.values().stream()
                .sorted(Comparator.comparing(SharedNote::authorName)).toList());
        Set<String> used = new TreeSet<>();
        entries.forEach(e -> used.addAll(e.annotation().tags()));
        // Unchanged lists are left alone so open drop-downs are not rebuilt at every note edit.
        replaceIfChanged(tagsInUse, List.copyOf(used));
        replaceIfChanged(speechChoices, choices(library.snapshot()));
        if (!tags.retainAll(used)) {
            refresh();
        }
    }

    /** Another member's note as an entry: its words, colour, note and tags as an annotation of no row here. */
    private Entry entry(SharedNote other) {
        HighlightColor colour = other.colour().isEmpty() ? null : HighlightColor.valueOf(other.colour());
        Annotation shown = new Annotation(0, other.speechId(), null, other.start(), other.end(), other.quote(), "", "",
                colour, other.body(), other.tags(), other.edited(), other.edited(), null, null);
        return new Entry(shown, other, titles.getOrDefault(other.speechId(), ""), other.position(), -1,
                speechOrder.getOrDefault(other.speechId(), Integer.MAX_VALUE));
    }

    private static <T> void replaceIfChanged(ObservableList<T> list, List<T> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }

    /** The chosen notes at this moment as a predicate, unaffected by later changes to the filter. */
    public Predicate<Annotation> filter() {
        Filter now = currentFilter();
        Map<Long, String> speechTitles = titles;
        return a -> now.test(a, speechTitles.getOrDefault(a.speechId(), ""), a.orphaned());
    }

    /** What an export of the shown notes takes: their speeches in speech order, with only these notes. */
    public ExportScope exportScope() {
        List<Long> ids = shown.stream().map(e -> e.annotation().speechId()).distinct()
                .sorted(Comparator.comparingInt(id -> speechOrder.getOrDefault(id, Integer.MAX_VALUE))).toList();
        return ExportScope.speeches(ids).filtered(filter());
    }

    /** Takes every filter off (the order stays). */
    public void clearFilters() {
        text.set("");
        tags.clear();
        colours.clear();
        speech.set(null);
        from.set(null);
        to.set(null);
        withNote.set(false);
        orphanedOnly.set(false);
    }

    private void refresh() {
        Filter now = currentFilter();
        Whose listed = whose.get();
        List<Entry> theirs = entries.stream().filter(e -> listed.keeps(e.other())).toList();
        total.set(theirs.size());
        shown.setAll(theirs.stream().filter(e -> now.test(e.annotation(), e.speechTitle(), e.orphaned()))
                .sorted(comparator()).toList());
    }

    private Comparator<Entry> comparator() {
        return switch (order.get()) {
            // The store lists a speech's notes in reading order, orphaned last; a stable sort keeps that.
            case SPEECH -> Comparator.comparingInt(Entry::speechOrder);
            case CREATED -> newestFirst(Annotation::created);
            case EDITED -> newestFirst(Annotation::updated);
        };
    }

    private static Comparator<Entry> newestFirst(Function<Annotation, Instant> time) {
        return Comparator.comparing((Entry e) -> time.apply(e.annotation()))
                .thenComparingLong(e -> e.annotation().id()).reversed();
    }

    private Filter currentFilter() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && first.isAfter(last)) {
            LocalDate swap = first;
            first = last;
            last = swap;
        }
        SpeechChoice chosen = speech.get();
        return new Filter(words(text.get()), Set.copyOf(tags), Set.copyOf(colours),
                chosen == null ? null : Set.copyOf(chosen.speechIds()), first, last, withNote.get(),
                orphanedOnly.get(), zone);
    }

    private static List<String> words(String typed) {
        return Arrays.stream(typed.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Speeches in the order of the library tree: each collection's in turn, then those in none. */
    private static Map<Long, Integer> speechOrder(LibrarySnapshot snapshot) {
        Map<Long, Integer> order = new LinkedHashMap<>();
        snapshot.collections().forEach(c -> c.speechIds().forEach(id -> order.putIfAbsent(id, order.size())));
        snapshot.speeches().forEach(s -> order.putIfAbsent(s.id(), order.size()));
        return order;
    }

    /** The collections, then the speeches, that hold at least one note, in speech order. */
    private List<SpeechChoice> choices(LibrarySnapshot snapshot) {
        Set<Long> annotated = new HashSet<>();
        entries.forEach(e -> annotated.add(e.annotation().speechId()));
        List<SpeechChoice> result = new ArrayList<>();
        for (SpeechCollection collection : snapshot.collections()) {
            if (collection.speechIds().stream().anyMatch(annotated::contains)) {
                result.add(new SpeechChoice(collection.title(), collection.speechIds(), true));
            }
        }
        snapshot.speeches().stream().filter(s -> annotated.contains(s.id()))
                .sorted(Comparator.comparingInt(s -> speechOrder.get(s.id())))
                .map(s -> new SpeechChoice(s.title(), List.of(s.id()), false))
                .forEach(result::add);
        return result;
    }

    /** The filter's values at one moment; null and empty sets do not narrow. */
    private record Filter(List<String> words, Set<String> tags, Set<HighlightColor> colours,
                          @Nullable Set<Long> speeches, @Nullable LocalDate from, @Nullable LocalDate to,
                          boolean withNote, boolean orphanedOnly, ZoneId zone) {
        /** @param orphaned whether it is on no paragraph of its speech (another's: not found in this copy) */
        boolean test(Annotation a, String speechTitle, boolean orphaned) {
            return (speeches == null || speeches.contains(a.speechId()))
                    && (tags.isEmpty() || a.tags().stream().anyMatch(tags::contains))
                    && (colours.isEmpty() || (a.isHighlight() && colours.contains(a.color())))
                    && (!withNote || !a.note().isBlank())
                    && (!orphanedOnly || orphaned)
                    && (inRange(a.created()) || inRange(a.updated()))
                    && containsWords(a, speechTitle);
        }

        private boolean inRange(Instant time) {
            LocalDate day = LocalDate.ofInstant(time, zone);
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        private boolean containsWords(Annotation a, String speechTitle) {
            if (words.isEmpty()) {
                return true;
            }
            String haystack = String.join("\n", a.quote(), a.note(), String.join(" ", a.tags()), speechTitle)
                    .toLowerCase(Locale.ROOT);
            return words.stream().allMatch(haystack::contains);
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Notes carrying any of these tags; none chosen keeps all. */
    public ObservableSet<String> tags() {
        return tags;
    }

    /** Highlights of any of these colours; none chosen keeps all, paragraph notes (no colour) included. */
    public ObservableSet<HighlightColor> colours() {
        return colours;
    }

    /** Null for every speech. */
    public ObjectProperty<SpeechChoice> speechProperty() {
        return speech;
    }

    /** Created or last edited on or after this day; null for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Created or last edited on or before this day; null for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty withNoteProperty() {
        return withNote;
    }

    public BooleanProperty orphanedOnlyProperty() {
        return orphanedOnly;
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** Whose notes are listed; the reader's own at first. */
    public ObjectProperty<Whose> whoseProperty() {
        return whose;
    }

    /** The members who shared notes on the library's speeches, one note each (for their names), by name. */
    public ObservableList<SharedNote> authors() {
        return authors;
    }

    /** The notes the filter keeps, in the chosen order. */
    public ObservableList<Entry> shown() {
        return shownView;
    }

    /** Every note of the library whose notes are listed (the reader's own, at first), for "N of M". */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ObservableList<String> tagsInUse() {
        return tagsView;
    }

    public ObservableList<SpeechChoice> speechChoices() {
        return choicesView;
    }
}
