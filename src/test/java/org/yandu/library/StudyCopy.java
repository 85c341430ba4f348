package org.yandu.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's library for the group tests: one speech, imported the same way in every copy, so that all copies know
 * it by the same fingerprint, and highlights made on its words.
 */
public final class StudyCopy {
    public static final String TITLE = "树立正确的群众观";
    private static final List<String> BODY = List.of(
            "群众路线是我们党的生命线和根本工作路线。",
            "密切联系群众是巩固党的执政地位的根本保证，全党同志要牢固树立正确的群众观。",
            "我们要把人民对美好生活的向往作为奋斗目标。");

    private StudyCopy() {
    }

    /** A library at {@code file} holding the speech. */
    public static LibraryStore open(Path file) {
        LibraryStore store = LibraryStore.open(file);
        SourceFile source = new SourceFile("/speeches/群众观.txt", "群众观.txt", "txt", "UTF-8", 1, "hash-群众观");
        store.recordImport(source, null, List.of(speech()));
        return store;
    }

    /** The speech every copy holds, as it is imported. */
    public static SpeechDraft speech() {
        List<ParagraphDraft> paragraphs = new ArrayList<>();
        paragraphs.add(new ParagraphDraft(ParagraphKind.TITLE, 0, null, TITLE));
        BODY.forEach(text -> paragraphs.add(ParagraphDraft.body(text)));
        return new SpeechDraft(TITLE, false, null, null, null, null, List.of(), paragraphs);
    }

    /** Highlights {@code words} of the speech, with a note. */
    public static Annotation highlight(LibraryStore store, String words, String note) {
        long speech = store.speeches().get(0).id();
        Paragraph p = store.paragraphs(speech).stream().filter(x -> x.text().contains(words)).findFirst()
                .orElseThrow();
        int at = p.text().indexOf(words);
        return store.annotations().highlight(p.id(), at, at + words.length(), HighlightColor.YELLOW, note,
                List.of());
    }

    /** The one annotation on {@code words}, however many the copy has. */
    public static Annotation on(LibraryStore store, String words) {
        return store.annotations().all().stream().filter(a -> a.quote().equals(words)).findFirst().orElseThrow();
    }
}
