package org.yandu.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.export.NotesImportReport.MissingSpeech;
import org.yandu.export.NotesImportReport.Orphan;
import org.yandu.export.NotesJson.LookupEntry;
import org.yandu.export.NotesJson.Mark;
import org.yandu.export.NotesJson.SpeechEntry;
import org.yandu.export.NotesJson.Term;
import org.yandu.glossary.InvalidTermException;
import org.yandu.glossary.UserTermRule;
import org.yandu.library.Annotation;
import org.yandu.library.LibraryStore;
import org.yandu.library.Lookup;
import org.yandu.library.ReadingDay;
import org.yandu.library.ReadingProgress;
import org.yandu.library.UserTerm;

/**
 * Restores a JSON export into a library, also one whose speeches were imported anew: each speech is found by
 * its text's fingerprint and each note placed on its words there. What the library has already is left alone,
 * so importing the same file twice adds nothing the second time.
 */
public final class NotesImporter {
    private static final Logger log = LoggerFactory.getLogger(NotesImporter.class);

    private final LibraryStore store;
    private final Consumer<UserTerm> saveTerm;

    /**
     * @param saveTerm how a glossary term is added: {@code GlossaryService::putUserTerm} keeps the stored
     *     segmentation in step; {@code store::putUserTerm} only stores it
     */
    public NotesImporter(LibraryStore store, Consumer<UserTerm> saveTerm) {
        this.store = store;
        this.saveTerm = saveTerm;
    }

    private record Key(String quote, String note, Instant created) {
        static Key of(Annotation a) {
            return new Key(a.quote(), a.note(), a.created());
        }
    }

    /** Counts kept while restoring. */
    private static final class Tally {
        int speeches;
        int restored;
        int duplicates;
        int termsAdded;
        int termsKept;
        int lookups;
        int progress;
        final List<Orphan> orphaned = new ArrayList<>();
        final List<MissingSpeech> missing = new ArrayList<>();
        final List<String> termsRefused = new ArrayList<>();

        NotesImportReport report() {
            return new NotesImportReport(speeches, restored, duplicates, orphaned, missing, termsAdded, termsKept,
                    termsRefused, lookups, progress);
        }
    }

    public NotesImportReport restore(NotesFile file) {
        Tally tally = new Tally();
        restoreGlossary(NotesFile.orEmpty(file.root().glossary()), tally);
        for (SpeechEntry speech : NotesFile.orEmpty(file.root().speeches())) {
            Optional<Long> id = store.speechWithFingerprint(speech.fingerprint());
            if (id.isEmpty()) {
                tally.missing.add(new MissingSpeech(speech.title(), NotesFile.orEmpty(speech.sourceFiles()),
                        NotesFile.orEmpty(speech.annotations()).size()));
                continue;
            }
            tally.speeches++;
            restoreAnnotations(id.get(), speech, tally);
            restoreLookups(id.get(), NotesFile.orEmpty(speech.lookups()), tally);
            restoreProgress(id.get(), speech.progress(), tally);
        }
        NotesImportReport report = tally.report();
        log.info("Imported notes from {}: {} restored, {} already there, {} orphaned, {} speech(es) not found",
                file.path(), report.annotationsRestored(), report.duplicatesSkipped(), report.orphaned().size(),
                report.speechesNotFound().size());
        return report;
    }

    private void restoreGlossary(List<Term> terms, Tally tally) {
        Set<String> present = store.userTerms().stream().map(UserTerm::term).collect(Collectors.toSet());
        for (Term t : terms) {
            try {
                // The rule first: a bad term (from a hand-edited file or an older Yandu) is reported, the rest
                // restored.
                UserTermRule.check(t.term(), t.pinyin());
                UserTerm term = new UserTerm(t.term(), Objects.requireNonNullElse(t.pinyin(), ""), t.explanation(),
                        t.english(), Objects.requireNonNullElse(t.tags(), List.of()));
                if (present.add(term.term())) {
                    saveTerm.accept(term);
                    tally.termsAdded++;
                } else {
                    tally.termsKept++;
                }
            } catch (InvalidTermException e) {
                log.warn("A glossary term of the notes file is skipped: {}", e.getMessage());
                tally.termsRefused.add(e.getMessage());
            }
        }
    }

    private void restoreAnnotations(long speechId, SpeechEntry speech, Tally tally) {
        Set<Key> present = store.annotations().ofSpeech(speechId).stream().map(Key::of)
                .collect(Collectors.toCollection(HashSet::new));
        List<Long> passage = new ArrayList<>();
        for (Mark m : NotesFile.orEmpty(speech.annotations())) {
            if (!Boolean.TRUE.equals(m.continues())) {
                store.annotations().joinIntoPassage(passage);
                passage = new ArrayList<>();
            }
            Instant created = Instant.parse(m.created());
            String note = Objects.requireNonNullElse(m.note(), "");
            if (!present.add(new Key(m.quote(), note, created))) {
                tally.duplicates++;
                continue;
            }
            Annotation a = store.annotations().place(speechId, m.quote(), Objects.requireNonNullElse(m.prefix(), ""),
                    Objects.requireNonNullElse(m.suffix(), ""), m.paragraph() == null ? -1 : m.paragraph(),
                    m.color() == null ? null : NotesFile.colour(m.color()), note, NotesFile.orEmpty(m.tags()),
                    created, Instant.parse(m.updated()));
            passage.add(a.id());
            if (passage.size() == 1) {
                tally.restored++;
            }
            if (a.orphaned()) {
                tally.orphaned.add(new Orphan(speech.title(), a.quote()));
            }
        }
        store.annotations().joinIntoPassage(passage);
    }

    /** Each word with its sentence, times and count as the file has them; a word looked up here already stays. */
    private void restoreLookups(long speechId, List<LookupEntry> lookups, Tally tally) {
        Instant now = Instant.now();
        for (LookupEntry entry : lookups) {
            Instant first = NotesFile.instantOr(entry.firstAt(), now);
            Lookup lookup = new Lookup(speechId, entry.term(), entry.sentence(), first,
                    NotesFile.instantOr(entry.lastAt(), first), entry.times(),
                    !Boolean.FALSE.equals(entry.inVocabulary()));
            if (store.lookups().restore(lookup)) {
                tally.lookups++;
            }
        }
    }

    /** Only into a speech never opened here: this library's own reading is newer than any file's. */
    private void restoreProgress(long speechId, NotesJson.@Nullable Progress progress, Tally tally) {
        if (progress == null || !store.reading().progress(speechId).untouched()) {
            return;
        }
        // A file without times says only whether it was read: then it counts as read now.
        Instant readAt = progress.readAt() == null && progress.read() ? Instant.now()
                : NotesFile.instantOrNull(progress.readAt());
        store.reading().restoreProgress(new ReadingProgress(speechId, progress.position(), readAt,
                progress.secondsRead(), NotesFile.instantOrNull(progress.lastOpened())));
        store.reading().restoreDays(speechId, NotesFile.orEmpty(progress.days()).stream()
                .map(d -> new ReadingDay(LocalDate.parse(d.day()), d.seconds())).toList());
        tally.progress++;
    }
}
