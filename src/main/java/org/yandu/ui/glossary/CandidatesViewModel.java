package org.yandu.ui.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yandu.library.LibraryStore;
import org.yandu.library.ParagraphHit;
import org.yandu.library.UserTerm;
import org.yandu.text.ChineseText;

/**
 * Suggested terms: frequent phrases of the library that no glossary has yet, each with its reading and how
 * often it occurs. Accepting one puts it into the user's glossary (explanation left empty, to be written
 * later) and takes it off the list. Plain Java; the candidates are computed in the background.
 */
public final class CandidatesViewModel {
    /** A phrase worth adding, its pinyin and its number of occurrences in the library. */
    public record Candidate(String phrase, String pinyin, int count) {
        public Candidate {
            Objects.requireNonNull(phrase, "phrase");
            pinyin = pinyin == null ? "" : pinyin;
        }
    }

    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final Consumer<UserTerm> save;

    /** @param save puts an accepted term into the user's glossary (off the FX thread in the window) */
    public CandidatesViewModel(Consumer<UserTerm> save) {
        this.save = save;
    }

    /**
     * The phrases with their readings and counts, in the given order. Reads the library: call it off the FX
     * thread.
     */
    public static List<Candidate> withCounts(List<String> phrases, LibraryStore store, ChineseText text) {
        List<Candidate> result = new ArrayList<>(phrases.size());
        for (String phrase : phrases) {
            result.add(new Candidate(phrase, reading(text, phrase), count(store, phrase)));
        }
        return result;
    }

    /** One syllable per Chinese character, as the glossary wants it. */
    static String reading(ChineseText text, String phrase) {
        List<String> syllables = new ArrayList<>();
        for (String s : text.pinyinSyllables(phrase)) {
            if (s != null && !s.isEmpty()) {
                syllables.add(s);
            }
        }
        return String.join(" ", syllables);
    }

    /** How often the phrase occurs in the library's paragraphs. */
    static int count(LibraryStore store, String phrase) {
        int count = 0;
        for (ParagraphHit hit : store.search(phrase, Integer.MAX_VALUE, 0).hits()) {
            String text = hit.paragraph().text();
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
                count++;
            }
        }
        return count;
    }

    public void show(List<Candidate> found) {
        candidates.setAll(found);
        loading.set(false);
    }

    /** Puts the candidate into the user's glossary and removes it from the list. */
    public UserTerm accept(Candidate candidate) {
        UserTerm term = new UserTerm(candidate.phrase(), candidate.pinyin(), "", "", List.of());
        candidates.remove(candidate);
        save.accept(term);
        return term;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
