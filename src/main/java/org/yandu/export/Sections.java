package org.yandu.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yandu.export.SpeechNotes.Note;
import org.yandu.export.SpeechNotes.Section;
import org.yandu.library.Annotation;
import org.yandu.library.Paragraph;
import org.yandu.library.ParagraphKind;

/** Groups a speech's placed notes under their headings, so an export shows only the headings that have notes. */
final class Sections {
    private Sections() {
    }

    /**
     * {@code placed} must be in reading order (as the library gives them) and not orphaned, each passage joined.
     *
     * @param parts the library's annotations by {@link Annotation#passageKey()}
     */
    static List<Section> group(List<Paragraph> paragraphs, List<Annotation> placed,
                               Map<Long, List<Annotation>> parts) {
        Map<Long, Paragraph> byId = paragraphs.stream().collect(Collectors.toMap(Paragraph::id, Function.identity()));
        Map<Integer, List<Paragraph>> paths = headingPaths(paragraphs);
        List<Section> sections = new ArrayList<>();
        List<Paragraph> shownPath = List.of();
        List<Note> notes = new ArrayList<>();
        List<Paragraph> newHeadings = List.of();
        for (Annotation a : placed) {
            Paragraph paragraph = Objects.requireNonNull(byId.get(a.paragraphId()),
                    "a placed note is on a paragraph given");
            List<Paragraph> path = Objects.requireNonNull(paths.get(paragraph.position()),
                    "every paragraph has a path");
            if (!path.equals(shownPath)) {
                if (!notes.isEmpty()) {
                    sections.add(new Section(newHeadings, notes));
                }
                newHeadings = path.subList(commonPrefix(shownPath, path), path.size());
                shownPath = path;
                notes = new ArrayList<>();
            }
            List<Annotation> made = parts.getOrDefault(a.passageKey(), List.of(a));
            Annotation end = lastPlaced(made, byId).orElse(a);
            notes.add(Note.in(paragraph, a, byId.getOrDefault(end.paragraphId(), paragraph), end, made));
        }
        if (!notes.isEmpty()) {
            sections.add(new Section(newHeadings, notes));
        }
        return sections;
    }

    /** The last part of a passage that is placed: its sentence closes the quote. */
    private static Optional<Annotation> lastPlaced(List<Annotation> parts, Map<Long, Paragraph> byId) {
        for (int i = parts.size() - 1; i > 0; i--) {
            Long id = parts.get(i).paragraphId();
            if (id != null && byId.containsKey(id)) {
                return Optional.of(parts.get(i));
            }
        }
        return Optional.empty();
    }

    /** For each paragraph position, the headings it falls under, outermost first (a heading is under itself). */
    private static Map<Integer, List<Paragraph>> headingPaths(List<Paragraph> paragraphs) {
        Map<Integer, List<Paragraph>> paths = new HashMap<>();
        Deque<Paragraph> open = new ArrayDeque<>();
        List<Paragraph> current = List.of();
        for (Paragraph p : paragraphs) {
            if (p.kind() == ParagraphKind.HEADING) {
                while (!open.isEmpty() && open.peekLast().headingLevel() >= p.headingLevel()) {
                    open.removeLast();
                }
                open.addLast(p);
                current = List.copyOf(open);
            }
            paths.put(p.position(), current);
        }
        return paths;
    }

    private static int commonPrefix(List<Paragraph> a, List<Paragraph> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }
}
