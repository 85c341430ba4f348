package org.yandu.ui.glossary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.UserGlossaryCsv;
import org.yandu.library.UserTerm;

/**
 * The user's glossary as the manager shows it: every user term, narrowed by a search over term, pinyin,
 * explanation, English and tags; CSV import and export. Plain Java: file work runs on the caller's thread.
 */
public final class GlossaryViewModel {
    private final ObservableList<GlossaryEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<GlossaryEntry> shown = new FilteredList<>(entries);
    private final StringProperty filter = new SimpleStringProperty("");

    public GlossaryViewModel() {
        filter.addListener((o, old, text) -> shown.setPredicate(entry -> matches(entry, text)));
    }

    /** Shows these user terms, sorted by term. */
    public void show(Collection<GlossaryEntry> userEntries) {
        entries.setAll(userEntries.stream().sorted(java.util.Comparator.comparing(GlossaryEntry::term)).toList());
    }

    public ObservableList<GlossaryEntry> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    static boolean matches(GlossaryEntry entry, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        return contains(entry.term(), needle) || contains(entry.pinyin(), needle)
                || contains(entry.explanation(), needle) || contains(entry.english(), needle)
                || entry.tags().stream().anyMatch(t -> contains(t, needle))
                || contains(stripTones(entry.pinyin()).replace(" ", ""), needle.replace(" ", ""));
    }

    private static boolean contains(@Nullable String field, String needle) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** "qún zhòng" → "qun zhong", so a filter typed without tone marks finds it. */
    static String stripTones(String pinyin) {
        String decomposed = java.text.Normalizer.normalize(pinyin == null ? "" : pinyin, java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public static UserTerm termOf(GlossaryEntry entry) {
        return new UserTerm(entry.term(), entry.pinyin(), entry.explanation(), entry.english(), entry.tags());
    }

    /** Reads a CSV of user terms and hands each good row to {@code put}; returns what was read. */
    public static UserGlossaryCsv.ImportResult importFrom(Path file, Consumer<UserTerm> put) throws IOException {
        UserGlossaryCsv.ImportResult result = UserGlossaryCsv.importFile(file);
        for (GlossaryEntry entry : result.entries()) {
            put.accept(termOf(entry));
        }
        return result;
    }

    public List<GlossaryEntry> all() {
        return List.copyOf(entries);
    }
}
