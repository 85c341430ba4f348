package org.yandu.ui.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yandu.library.AssignedReading;
import org.yandu.library.ReadingProgress;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;

/**
 * The library as a tree: collections with their speeches first, then the speeches that belong to no
 * collection. A speech in several collections appears under each. The filter narrows by title as typed. More than
 * {@value #PART_SIZE} speeches in no collection are shown in parts of that many, so that a library of 100,000 is a
 * hundred rows until one is unfolded.
 */
public final class LibraryViewModel {
    static final int PART_SIZE = 1000;

    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<LibraryNode>> roots = new ReadOnlyObjectWrapper<>(List.of());
    private final Map<Long, ReadingProgress> progress = new HashMap<>();
    /** Bumped whenever a speech's progress changes, so the tree redraws its marks. */
    private final ReadOnlyIntegerWrapper progressChanges = new ReadOnlyIntegerWrapper();
    private LibrarySnapshot snapshot = LibrarySnapshot.EMPTY;
    private Map<Long, Speech> byId = Map.of();

    public LibraryViewModel() {
        filter.addListener(o -> rebuild());
    }

    public void show(LibrarySnapshot library) {
        snapshot = library;
        byId = library.speeches().stream()
                .collect(Collectors.toMap(Speech::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        progress.clear();
        progress.putAll(library.progress());
        rebuild();
    }

    /** Where the reader is in a speech, whether it is read, and how long it has been read. */
    public ReadingProgress progress(long speechId) {
        return progress.getOrDefault(speechId, ReadingProgress.unread(speechId));
    }

    public void putProgress(ReadingProgress changed) {
        progress.put(changed.speechId(), changed);
        progressChanges.set(progressChanges.get() + 1);
    }

    public ReadOnlyIntegerProperty progressChangesProperty() {
        return progressChanges.getReadOnlyProperty();
    }

    /**
     * How far into the speech the reader has come, 0–100: 100 once read, else the paragraph at the top of the
     * view when last read; 0 for a speech never opened.
     */
    public int percentRead(Speech speech) {
        ReadingProgress reading = progress(speech.id());
        if (reading.read()) {
            return 100;
        }
        if (speech.paragraphCount() <= 1) {
            return 0;
        }
        return Math.min(99, (int) Math.round(100.0 * reading.position() / (speech.paragraphCount() - 1)));
    }

    /** The speech at the top of the tree as shown: the first of the first collection, or the first loose one. */
    public Optional<Long> firstSpeech() {
        return roots.get().stream().findFirst()
                .map(node -> node.isFolder() ? node.children().get(0) : node)
                .map(LibraryNode::speech).map(Speech::id);
    }

    public boolean isEmpty() {
        return snapshot.speeches().isEmpty();
    }

    /** The library as last read, for dialogs that list its speeches and collections. */
    public LibrarySnapshot snapshot() {
        return snapshot;
    }

    public int speechCount() {
        return snapshot.speeches().size();
    }

    public boolean isFiltering() {
        return !new TitleFilter(filter.get()).isEmpty();
    }

    public Optional<Speech> speech(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<List<LibraryNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    public List<LibraryNode> roots() {
        return roots.get();
    }

    private void rebuild() {
        TitleFilter match = new TitleFilter(filter.get());
        Set<Long> inCollections = new HashSet<>();
        List<LibraryNode> result = new ArrayList<>();
        // What the group set to read comes first; its speeches stay in their collections too.
        for (AssignedReading assignment : snapshot.assignments()) {
            List<Speech> set = assignment.speechIds().stream().map(byId::get).filter(s -> s != null).toList();
            folder(assignment.title(), set, match).ifPresent(shown -> result.add(LibraryNode.of(assignment, shown)));
        }
        for (SpeechCollection collection : snapshot.collections()) {
            List<Speech> members = collection.speechIds().stream().map(byId::get).filter(s -> s != null).toList();
            members.forEach(s -> inCollections.add(s.id()));
            folder(collection.title(), members, match).ifPresent(shown -> result.add(LibraryNode.of(collection,
                    shown)));
        }
        result.addAll(inParts(byId.values().stream()
                .filter(s -> !inCollections.contains(s.id()) && match.matches(s.title()))
                .map(LibraryNode::of)
                .toList()));
        roots.set(List.copyOf(result));
    }

    /**
     * The speeches as they are, or in parts of {@value #PART_SIZE} when there are more; a last part of fewer than a
     * tenth of that joins the one before, so that no part holds a handful.
     */
    private static List<LibraryNode> inParts(List<LibraryNode> speeches) {
        if (speeches.size() <= PART_SIZE) {
            return speeches;
        }
        List<LibraryNode> parts = new ArrayList<>();
        for (int from = 0, to; from < speeches.size(); from = to) {
            to = speeches.size() - from < PART_SIZE + PART_SIZE / 10 ? speeches.size() : from + PART_SIZE;
            parts.add(LibraryNode.of(new LibraryNode.Part(from + 1, to), speeches.subList(from, to)));
        }
        return parts;
    }

    /**
     * The rows under a collection or an assignment: one whose own title matches keeps all its speeches; otherwise
     * only the matching ones; none when none match.
     */
    private static Optional<List<LibraryNode>> folder(String title, List<Speech> members, TitleFilter match) {
        List<Speech> shown = match.matches(title) ? members
                : members.stream().filter(s -> match.matches(s.title())).toList();
        return shown.isEmpty() ? Optional.empty() : Optional.of(shown.stream().map(LibraryNode::of).toList());
    }
}
