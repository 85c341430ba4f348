package org.yandu.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.RangeOutsideParagraphException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yandu note add SPEECH_ID PARAGRAPH_NO …}: a highlight or note, its id printed once committed;
 * {@code yandu note place ID}: an orphaned one put on the words suggested for it.
 */
@Command(name = "note", description = "Highlights and notes.", subcommands = {NoteCommand.Add.class,
        NoteCommand.Place.class})
final class NoteCommand {
    @Command(name = "add", description = "Highlight characters of a paragraph (or all of it) and/or attach a note.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(index = "0", paramLabel = "SPEECH_ID")
        long speechId;

        @Parameters(index = "1", paramLabel = "PARAGRAPH_NO",
                description = "The paragraph, counted from 1 as 'show' and 'search' print them.")
        int paragraphNumber;

        @Option(names = "--start", description = "First character to mark, from 0 (default: the paragraph's start).")
        @Nullable Integer start;

        @Option(names = "--end", description = "Character after the last one to mark (default: the paragraph's end).")
        @Nullable Integer end;

        @Option(names = "--color", description = "yellow, green, blue, pink, purple or orange (default: a plain note"
                + " without a highlight when --text is given, else yellow).")
        @Nullable String color;

        @Option(names = "--text", description = "The note.")
        String text = "";

        @Option(names = "--tag", description = "A tag; repeat for more.")
        List<String> tags = List.of();

        @Override
        public Integer call() {
            HighlightColor highlight;
            try {
                highlight = color == null ? (text.isEmpty() || start != null ? HighlightColor.YELLOW : null)
                        : HighlightColor.valueOf(color.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                context.err().println("yandu note add: unknown colour " + color
                        + " (use yellow, green, blue, pink, purple or orange)");
                return 2;
            }
            try (LibraryStore store = context.openForWriting()) {
                List<Paragraph> paragraphs = store.paragraphs(speechId);
                if (paragraphNumber < 1 || paragraphNumber > paragraphs.size()) {
                    context.err().printf("yandu note add: speech %d has no paragraph %d (it has %d)%n",
                            speechId, paragraphNumber, paragraphs.size());
                    return 1;
                }
                Paragraph p = paragraphs.get(paragraphNumber - 1);
                int from = start == null ? 0 : start;
                int to = end == null ? p.text().length() : end;
                Annotation made;
                try {
                    made = highlight == null
                            ? store.annotations().noteOnParagraph(p.id(), text, tags)
                            : store.annotations().highlight(p.id(), from, to, highlight, text, tags);
                } catch (RangeOutsideParagraphException e) {
                    context.err().printf("yandu note add: characters %d to %d are not in paragraph %d"
                            + " of speech %d (it has %d characters)%n", e.start(), e.end(), paragraphNumber, speechId,
                            e.length());
                    return 1;
                }
                context.out().println(made.id());
                context.out().flush();
                return 0;
            }
        }
    }

    @Command(name = "place", description = "Put an orphaned highlight or note on the words suggested for it"
            + " ('notes' shows them as 'orphaned, perhaps ¶N'); it quotes those words from then on.")
    static final class Place implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "ID", description = "The note's id, as 'notes' prints it.")
        long id;

        @Override
        public Integer call() {
            try (LibraryStore store = context.openForWriting()) {
                Optional<Annotation> found = store.annotations().find(id);
                Annotation.Suggestion at = found.map(Annotation::suggestion).orElse(null);
                if (at == null) {
                    context.err().println("yandu note place: " + (found.isEmpty()
                            ? "there is no note " + id : "note " + id + " has no suggested place"
                            + (found.get().orphaned() ? "" : ": it is placed")));
                    return 1;
                }
                Annotation placed = store.annotations().moveTo(id, at.paragraphId(), at.start(), at.end());
                context.out().println(NotesCommand.toLine(placed,
                        NotesCommand.paragraphNumber(store, placed.speechId(), at.paragraphId())));
                context.out().flush();
                return 0;
            }
        }
    }
}
