package org.yandu.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yandu.export.NotesJson.Day;
import org.yandu.export.NotesJson.LookupEntry;
import org.yandu.export.NotesJson.Mark;
import org.yandu.export.NotesJson.Progress;
import org.yandu.export.NotesJson.SpeechEntry;
import org.yandu.export.NotesJson.Term;
import org.yandu.export.SpeechNotes.Note;
import org.yandu.library.Annotation;
import org.yandu.library.ReadingProgress;

/**
 * The complete backup of what the reader made ({@link NotesJson}): every field that can be restored, in an
 * order that does not depend on the library, so exporting a restored library gives the same file.
 */
final class JsonExporter implements Exporter {
    @Override
    public List<ExportDocument> documents(StudyNotes notes) {
        NotesJson.Root root = root(notes);
        return List.of(new ExportDocument(FileNames.safe(notes.title()) + ".json",
                out -> NotesJson.MAPPER.writeValue(out, root)));
    }

    static NotesJson.Root root(StudyNotes notes) {
        List<Term> glossary = notes.userGlossary().stream()
                .map(t -> new Term(t.term(), t.pinyin(), t.explanation(), t.english(), t.tags())).toList();
        List<SpeechEntry> speeches = notes.speeches().stream().filter(SpeechNotes::hasUserData)
                .sorted(Comparator.comparing((SpeechNotes s) -> s.speech().title())
                        .thenComparing(SpeechNotes::fingerprint))
                .map(JsonExporter::speech).toList();
        return new NotesJson.Root(NotesJson.FORMAT, NotesJson.VERSION, notes.exported().toString(), glossary, speeches);
    }

    private static SpeechEntry speech(SpeechNotes s) {
        return new SpeechEntry(s.fingerprint(), s.speech().title(), s.speech().sourceFiles(), progress(s),
                s.notes().stream().flatMap(n -> marks(n).stream()).toList(),
                Stream.concat(s.lookups().stream().map(l -> lookup(l, true)),
                        s.lookupsSetApart().stream().map(l -> lookup(l, false))).toList());
    }

    /** A word set apart from the vocabulary says so; one in it says nothing, as files before the distinction. */
    private static LookupEntry lookup(TermNote l, boolean inVocabulary) {
        return new LookupEntry(l.term(), l.sentence(), l.times(), text(l.firstAt()), text(l.lastAt()),
                inVocabulary ? null : Boolean.FALSE);
    }

    private static @Nullable Progress progress(SpeechNotes s) {
        ReadingProgress p = s.progress();
        return p.untouched() ? null : new Progress(p.position(), p.read(), p.secondsRead(), text(p.readAt()),
                text(p.lastOpened()),
                s.readingDays().stream().map(d -> new Day(d.day().toString(), d.seconds())).toList());
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /**
     * The note as the library keeps it: one mark, or one per part of a highlight across paragraphs, each with its
     * own words and paragraph so that it is placed again on its own; the parts after the first say they continue it.
     */
    private static List<Mark> marks(Note n) {
        List<Mark> marks = new ArrayList<>();
        for (Annotation a : n.parts()) {
            marks.add(new Mark(a.quote(), a.prefix(), a.suffix(), a.orphaned() ? null : n.position(),
                    a.color() == null ? null : a.color().name().toLowerCase(Locale.ROOT), a.note(), a.tags(),
                    a.created().toString(), a.updated().toString(), a.continuesPassage() ? true : null));
        }
        return marks;
    }
}
