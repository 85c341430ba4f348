package org.yandu.library;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: writes highlights and notes as fast as it can and prints
 * {@code ACK id} for each one after the store has returned (committed), until it is killed.
 */
public final class CrashWriter {
    private static final List<HighlightColor> COLORS = List.of(HighlightColor.values());

    private CrashWriter() {
    }

    public static void main(String[] args) {
        LibraryStore store = LibraryStore.open(Path.of(args[0]));
        if (store.speeches().isEmpty()) {
            store.recordImport(new SourceFile("/crash.txt", "crash.txt", "txt", "UTF-8", 1, "crash"), null,
                    List.of(new SpeechDraft("试验", false, null, null, null, null, List.of(), List.of(
                            ParagraphDraft.body("密切联系群众是我们党的优良作风，也是我们党的最大政治优势。")))));
        }
        long paragraph = store.paragraphs(store.speeches().get(0).id()).get(0).id();
        // The check begun at open is over (its own connection closed): the lock must outlive that connection.
        store.requireWritable();
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            Annotation a = i % 3 == 0
                    ? store.annotations().noteOnParagraph(paragraph, "note-" + i, List.of("tag" + i % 5))
                    : store.annotations().highlight(paragraph, i % 10, i % 10 + 3, COLORS.get(i % COLORS.size()),
                    "note-" + i, List.of());
            if (i % 4 == 1) {
                a = store.annotations().update(a.id(), HighlightColor.BLUE, "edited-" + i, List.of("edited"));
            }
            System.out.println("ACK " + a.id() + " " + a.note());
            System.out.flush();
        }
    }
}
