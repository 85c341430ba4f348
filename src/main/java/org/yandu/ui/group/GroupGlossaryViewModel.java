package org.yandu.ui.group;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yandu.library.UserTerm;
import org.yandu.library.group.GroupTerm;

/**
 * The group's glossary as the Group Glossary window lists it, by reading: as the last sync brought it, then as the
 * organiser changes it here (each change the server took, before the sync that brings it back).
 */
final class GroupGlossaryViewModel {
    /** By reading, as a Chinese dictionary lists its words. */
    private static final Comparator<GroupTerm> BY_TERM = Comparator.comparing(GroupTerm::term,
            Collator.getInstance(Locale.CHINESE));

    private final ObservableList<GroupTerm> terms = FXCollections.observableArrayList();

    ObservableList<GroupTerm> terms() {
        return terms;
    }

    void show(List<GroupTerm> synced) {
        terms.setAll(synced);
        terms.sort(BY_TERM);
    }

    /** The server took the term: it replaces the one of that name, or joins the list in its place. */
    void put(GroupTerm term) {
        terms.removeIf(t -> t.term().equals(term.term()));
        terms.add(term);
        terms.sort(BY_TERM);
    }

    void removed(String term) {
        terms.removeIf(t -> t.term().equals(term));
    }

    /** What a term reads as in the list's third column: its explanation, else its English. */
    static String meaning(GroupTerm term) {
        String explanation = term.explanation() == null ? "" : term.explanation().strip();
        String english = term.english() == null ? "" : term.english().strip();
        return explanation.isEmpty() ? english : english.isEmpty() ? explanation : explanation + " · " + english;
    }

    /** A term as the term dialog edits it, and back. */
    static UserTerm toEdit(GroupTerm term) {
        return new UserTerm(term.term(), term.pinyin(), term.explanation(), term.english(), term.tags());
    }

    static GroupTerm edited(UserTerm term) {
        return new GroupTerm(term.term(), term.pinyin(), term.explanation(), term.english(), term.tags(), false, 0);
    }
}
