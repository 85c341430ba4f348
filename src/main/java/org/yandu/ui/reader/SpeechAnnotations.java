package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.Paragraph;
import org.yandu.library.Passages;
import org.yandu.library.SharedNote;

/**
 * The highlights and notes of one speech, indexed by paragraph position for the reader: which ranges to
 * colour, which paragraphs carry a note, and the paragraph ids new highlights are stored against; and the notes
 * others in the reader's study group shared on it ({@code others}, read-only).
 */
public record SpeechAnnotations(long speechId, Map<Integer, Long> paragraphIds, List<Annotation> annotations,
                                List<SharedNote> others) {
    /** How many colours members' notes are told apart by ({@code -member-0} … in the themes' style sheets). */
    static final int MEMBER_COLOURS = 8;

    /** Characters {@code [start, end)} of the paragraph at {@code position}: what a highlight marks there. */
    public record Span(int position, int start, int end) {
    }

    /** A coloured range {@code [start, end)} in a paragraph's text. */
    public record Mark(int start, int end, HighlightColor color, long annotationId) {
    }

    public SpeechAnnotations {
        paragraphIds = Map.copyOf(paragraphIds);
        annotations = List.copyOf(annotations);
        others = List.copyOf(others);
    }

    public SpeechAnnotations(long speechId, Map<Integer, Long> paragraphIds, List<Annotation> annotations) {
        this(speechId, paragraphIds, annotations, List.of());
    }

    public static SpeechAnnotations of(long speechId, List<Paragraph> paragraphs, List<Annotation> annotations,
                                       List<SharedNote> others) {
        Map<Integer, Long> ids = new HashMap<>();
        paragraphs.forEach(p -> ids.put(p.position(), p.id()));
        return new SpeechAnnotations(speechId, ids, annotations, others);
    }

    /** The notes others shared on the paragraph at {@code position}, oldest edit first. */
    public List<SharedNote> othersAt(int position) {
        return others.stream().filter(n -> n.position() == position).toList();
    }

    /**
     * A member's colour, for a node's style: {@code -member-colour} set to one of the theme's {@code -member-0} …
     * {@code -member-7}, which the style sheet's member rules paint with. From their user name, so each member
     * keeps their colour from speech to speech and on every member's screen.
     */
    public static String memberStyle(String author) {
        return "-member-colour: -member-" + Math.floorMod(author.hashCode(), MEMBER_COLOURS) + ";";
    }

    public Optional<Long> paragraphId(int position) {
        return Optional.ofNullable(paragraphIds.get(position));
    }

    /** The paragraph position an annotation is on, or -1 when orphaned. */
    public int positionOf(Annotation annotation) {
        Long paragraph = annotation.paragraphId();
        return paragraph == null ? -1 : positionOfParagraph(paragraph);
    }

    /** The position of the paragraph suggested for an orphaned annotation, or -1 when there is none. */
    public int suggestedPosition(Annotation annotation) {
        return annotation.suggestion() == null ? -1 : positionOfParagraph(annotation.suggestion().paragraphId());
    }

    private int positionOfParagraph(long id) {
        return paragraphIds.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst()
                .orElse(-1);
    }

    /** What the reader made, in reading order: each highlight across paragraphs once, its parts joined. */
    public List<Annotation> asMade() {
        return Passages.joined(annotations);
    }

    /** What the reader made that {@code part} belongs to: the whole passage, joined, or the annotation itself. */
    public Annotation asMade(Annotation part) {
        if (!part.inPassage()) {
            return part;
        }
        return Passages.join(annotations.stream().filter(a -> a.passageKey() == part.passageKey()).toList());
    }

    /** The annotations on the paragraph at {@code position}, in reading order. */
    public List<Annotation> at(int position) {
        Long id = paragraphIds.get(position);
        if (id == null) {
            return List.of();
        }
        return annotations.stream().filter(a -> id.equals(a.paragraphId())).toList();
    }

    /** The coloured ranges of a paragraph, clipped to its length; later highlights lie over earlier ones. */
    public List<Mark> marks(int position, int length) {
        List<Mark> marks = new ArrayList<>();
        for (Annotation a : at(position)) {
            int start = Math.max(0, a.start());
            int end = Math.min(length, a.end());
            HighlightColor color = a.color();
            if (color != null && start < end) {
                marks.add(new Mark(start, end, color, a.id()));
            }
        }
        return marks;
    }

    /** Whether a note (text or tags) is attached to the paragraph or one of its highlights. */
    public boolean hasNote(int position) {
        return at(position).stream().anyMatch(a -> !a.note().isBlank() || !a.tags().isEmpty() || !a.isHighlight());
    }

    /** The highlight covering character {@code offset} of a paragraph, the topmost if several. */
    public Optional<Annotation> highlightAt(int position, int offset) {
        List<Annotation> here = at(position);
        for (int i = here.size() - 1; i >= 0; i--) {
            Annotation a = here.get(i);
            if (a.isHighlight() && a.start() <= offset && offset < a.end()) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The CSS class of a highlight colour: {@code hl-yellow} … */
    public static String styleClass(HighlightColor color) {
        return "hl-" + color.name().toLowerCase(Locale.ROOT);
    }

    /** The small square beside a note in a list: its highlight's colour, or plain for a note without one. */
    public static String chipClass(Annotation annotation) {
        HighlightColor color = annotation.color();
        return color == null ? "note-chip-plain" : styleClass(color) + "-chip";
    }
}
