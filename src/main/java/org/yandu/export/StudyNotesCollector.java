package org.yandu.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.yandu.export.SpeechNotes.Note;
import org.yandu.library.Annotation;
import org.yandu.library.LibraryException;
import org.yandu.library.LibraryStore;
import org.yandu.library.Lookup;
import org.yandu.library.Paragraph;
import org.yandu.library.Passages;
import org.yandu.library.Speech;
import org.yandu.library.UserTerm;
import org.yandu.search.Sentence;

/** Reads what an export shows from the library, speech by speech, once for all formats. */
public final class StudyNotesCollector {
    /** The kind under which {@code SpeechAnalysis} caches a speech's keywords, one per line. */
    private static final String KEYWORDS = "keywords";

    private final LibraryStore store;
    private final Vocabulary vocabulary;

    public StudyNotesCollector(LibraryStore store, Vocabulary vocabulary) {
        this.store = store;
        this.vocabulary = vocabulary;
    }

    /**
     * Collects the scope's speeches in order, checking {@code cancelled} before each.
     *
     * @throws CancellationException when {@code cancelled} turned true
     * @throws LibraryException when the scope names a speech the library does not have
     */
    public StudyNotes collect(ExportScope scope, ExportOptions options, ExportProgress progress,
                              BooleanSupplier cancelled) {
        List<UserTerm> glossary = store.userTerms().stream().sorted(Comparator.comparing(UserTerm::term)).toList();
        List<UserTerm> termsToFind = options.format() == ExportFormat.ANKI ? glossary : List.of();
        List<SpeechNotes> speeches = new ArrayList<>();
        int total = scope.speechIds().size();
        for (int done = 0; done < total; done++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("The export was cancelled");
            }
            long id = scope.speechIds().get(done);
            Speech speech = store.speech(id)
                    .orElseThrow(() -> LibraryException.gone("There is no speech " + id + " in the library"));
            progress.update(done, total, speech.title());
            collect(speech, scope, termsToFind).ifPresent(speeches::add);
        }
        progress.update(total, total, "");
        return new StudyNotes(title(scope, speeches, Labels.of(options)), Instant.now().truncatedTo(ChronoUnit.SECONDS),
                speeches, glossary);
    }

    private Optional<SpeechNotes> collect(Speech speech, ExportScope scope, List<UserTerm> termsToFind) {
        List<Annotation> stored = store.annotations().ofSpeech(speech.id());
        Map<Long, List<Annotation>> parts = Passages.partsByPassage(stored);
        List<Annotation> annotations = Passages.joined(stored).stream().filter(scope::keeps).toList();
        if (scope.isFiltered() && annotations.isEmpty()) {
            return Optional.empty();
        }
        List<Paragraph> paragraphs = store.paragraphs(speech.id());
        List<Annotation> placed = annotations.stream().filter(a -> !a.orphaned()).toList();
        List<Note> orphaned = annotations.stream().filter(Annotation::orphaned)
                .map(a -> Note.orphaned(a, parts.getOrDefault(a.passageKey(), List.of(a)))).toList();
        List<Lookup> lookups = store.lookups().ofSpeech(speech.id());
        return Optional.of(new SpeechNotes(speech, store.fingerprint(speech.id()),
                Sections.group(paragraphs, placed, parts), orphaned, termNotes(lookups, true),
                termNotes(lookups, false), termsMet(paragraphs, termsToFind), keywords(speech),
                store.reading().progress(speech.id()), store.reading().days(speech.id())));
    }

    private List<TermNote> termNotes(List<Lookup> lookups, boolean inVocabulary) {
        return lookups.stream().filter(l -> l.inVocabulary() == inVocabulary).map(this::termNote).toList();
    }

    private TermNote termNote(Lookup lookup) {
        Vocabulary.Meaning meaning = vocabulary.describe(lookup.term());
        return new TermNote(lookup.term(), meaning.pinyin(), meaning.explanation(), meaning.english(),
                lookup.sentence(),
                lookup.times(), List.of(), lookup.firstAt(), lookup.lastAt());
    }

    /** The reader's terms that occur in the speech, each with the sentence of its first occurrence. */
    private List<TermNote> termsMet(List<Paragraph> paragraphs, List<UserTerm> terms) {
        List<TermNote> met = new ArrayList<>();
        for (UserTerm term : terms) {
            for (Paragraph p : paragraphs) {
                int at = p.text().indexOf(term.term());
                if (at >= 0) {
                    String pinyin = term.pinyin().isEmpty() ? vocabulary.describe(term.term()).pinyin() : term.pinyin();
                    String sentence = Sentence.around(p.text(), at, at + term.term().length()).text();
                    met.add(new TermNote(term.term(), pinyin, Objects.requireNonNullElse(term.explanation(), ""),
                            Objects.requireNonNullElse(term.english(), ""), sentence, 0,
                            term.tags(), null, null));
                    break;
                }
            }
        }
        return met;
    }

    /** The computed keywords if the reader had them computed, else those the source gave. */
    private List<String> keywords(Speech speech) {
        List<String> computed = store.analysis(speech.id(), KEYWORDS)
                .map(value -> Arrays.stream(value.split("\n")).map(String::strip).filter(k -> !k.isEmpty()).toList())
                .orElse(List.of());
        return computed.isEmpty() ? speech.keywords() : computed;
    }

    private static String title(ExportScope scope, List<SpeechNotes> speeches, Labels labels) {
        if (scope.title() != null) {
            return scope.title();
        }
        return speeches.size() == 1 ? speeches.get(0).speech().title() : labels.notes();
    }
}
