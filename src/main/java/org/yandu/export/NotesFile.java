package org.yandu.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.yandu.export.NotesJson.Mark;
import org.yandu.export.NotesJson.SpeechEntry;
import org.yandu.export.NotesJson.Term;
import org.yandu.failure.Explanation;
import org.yandu.library.FailureReason;
import org.yandu.library.HighlightColor;

/**
 * A JSON export read back and checked whole before anything is restored, so a damaged file changes nothing in
 * the library and its problem is reported with the file's name and where in it.
 */
public final class NotesFile {
    private static final String EXAMPLE_TIME = "2024-05-01T08:30:00Z";

    private final Path path;
    private final NotesJson.Root root;

    private NotesFile(Path path, NotesJson.Root root) {
        this.path = path;
        this.root = root;
    }

    public static NotesFile read(Path path) throws NotesFileException {
        JsonNode tree = parse(path);
        checkFormat(path, tree);
        NotesJson.Root root;
        try {
            root = NotesJson.MAPPER.treeToValue(tree, NotesJson.Root.class);
        } catch (JsonProcessingException e) {
            throw new NotesFileException(path + " is not a valid Yandu notes export: " + e.getOriginalMessage(),
                    why(NotesFileException.Problem.INVALID, path, String.valueOf(e.getOriginalMessage())), e);
        }
        new Checker(path).check(root);
        return new NotesFile(path, root);
    }

    public Path path() {
        return path;
    }

    NotesJson.Root root() {
        return root;
    }

    private static JsonNode parse(Path path) throws NotesFileException {
        try {
            return NotesJson.MAPPER.readTree(Files.readAllBytes(path));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new NotesFileException(path + " is not valid JSON" + where + ": " + e.getOriginalMessage(),
                    why(NotesFileException.Problem.NOT_JSON, path), e);
        } catch (IOException e) {
            FailureReason reason = FailureReason.of(e);
            throw new NotesFileException("Cannot read " + path + ": " + FailureReason.explain(e),
                    why(NotesFileException.Problem.UNREADABLE, path, reason != null ? Explanation.of(reason) : ""), e);
        }
    }

    private static void checkFormat(Path path, JsonNode tree) throws NotesFileException {
        if (tree == null || !tree.isObject() || !NotesJson.FORMAT.equals(tree.path("format").asText())) {
            throw new NotesFileException(path + " is not a Yandu notes export (it has no \"format\": \""
                    + NotesJson.FORMAT + "\")", why(NotesFileException.Problem.NOT_AN_EXPORT, path));
        }
        JsonNode version = tree.path("version");
        if (!version.canConvertToInt() || !version.isIntegralNumber() || version.asInt() < 1) {
            throw new NotesFileException(path + " has no valid \"version\" (a whole number from 1)",
                    why(NotesFileException.Problem.NO_VERSION, path));
        }
        if (version.asInt() > NotesJson.VERSION) {
            throw new NotesFileException(path + " was written by a newer Yandu (notes version " + version.asInt()
                    + "); this Yandu reads version " + NotesJson.VERSION + ". Update Yandu to import it.",
                    why(NotesFileException.Problem.TOO_NEW, path, version.asInt(), NotesJson.VERSION));
        }
    }

    /** The checks the JSON's shape cannot express: what must be present and what must parse. */
    private static final class Checker {
        private final Path path;

        Checker(Path path) {
            this.path = path;
        }

        void check(NotesJson.Root root) throws NotesFileException {
            List<Term> glossary = orEmpty(root.glossary());
            for (int i = 0; i < glossary.size(); i++) {
                require(glossary.get(i) != null && notBlank(glossary.get(i).term()), "glossary[" + i + "]",
                        "has no term");
            }
            List<SpeechEntry> speeches = orEmpty(root.speeches());
            for (int i = 0; i < speeches.size(); i++) {
                String where = "speeches[" + i + "]";
                SpeechEntry speech = speeches.get(i);
                require(speech != null && notBlank(speech.fingerprint()), where, "has no fingerprint");
                List<Mark> marks = orEmpty(speech.annotations());
                for (int j = 0; j < marks.size(); j++) {
                    check(marks.get(j), where + ".annotations[" + j + "]");
                }
                List<NotesJson.LookupEntry> lookups = orEmpty(speech.lookups());
                for (int j = 0; j < lookups.size(); j++) {
                    NotesJson.LookupEntry lookup = lookups.get(j);
                    require(lookup != null && notBlank(lookup.term()), where + ".lookups[" + j + "]", "has no term");
                    require(optionalInstant(lookup.firstAt()) && optionalInstant(lookup.lastAt()),
                            where + ".lookups[" + j + "]", "has \"first_at\" or \"last_at\" not a time like "
                                    + EXAMPLE_TIME);
                    fromZero(lookup.times(), where + ".lookups[" + j + "]", "times");
                }
                NotesJson.Progress progress = speech.progress();
                require(progress == null || (optionalInstant(progress.readAt())
                        && optionalInstant(progress.lastOpened())),
                        where + ".progress", "has \"read_at\" or \"last_opened\" not a time like " + EXAMPLE_TIME);
                if (progress != null) {
                    fromZero(progress.position(), where + ".progress", "position");
                    fromZero(progress.secondsRead(), where + ".progress", "seconds_read");
                }
                List<NotesJson.Day> days = progress == null ? List.of() : orEmpty(progress.days());
                for (int j = 0; j < days.size(); j++) {
                    require(days.get(j) != null && day(days.get(j).day()) && days.get(j).seconds() >= 0,
                            where + ".progress.days[" + j + "]", "needs a \"day\" like 2026-11-23 and seconds from 0");
                }
            }
        }

        private void check(Mark mark, String where) throws NotesFileException {
            require(mark != null && notBlank(mark.quote()), where, "has no quote");
            require(instant(mark.created()) && instant(mark.updated()), where,
                    "needs \"created\" and \"updated\" times like " + EXAMPLE_TIME);
            require(mark.color() == null || colour(mark.color()) != null, where,
                    "has an unknown colour \"" + mark.color() + "\"");
            if (mark.paragraph() != null) {
                fromZero(mark.paragraph(), where, "paragraph");
            }
        }

        /** Counts, positions and times cannot be negative: such a value would be stored as it is and mislead. */
        private void fromZero(long value, String where, String field) throws NotesFileException {
            require(value >= 0, where, "has \"" + field + "\": " + value + ", not a number from 0");
        }

        private void require(boolean condition, String where, String problem) throws NotesFileException {
            if (!condition) {
                throw new NotesFileException(path + ": " + where + " " + problem,
                        why(NotesFileException.Problem.INVALID, path, where + " " + problem));
            }
        }
    }

    /** The colour a file names, or null when it names none Yandu knows. */
    static @Nullable HighlightColor colour(String name) {
        try {
            return HighlightColor.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean instant(String text) {
        if (text == null) {
            return false;
        }
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean day(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }

    private static boolean optionalInstant(@Nullable String text) {
        return text == null || instant(text);
    }

    /** The time a checked file gives, or {@code absent} when it gives none. */
    static Instant instantOr(@Nullable String text, Instant absent) {
        return text == null ? absent : Instant.parse(text);
    }

    static @Nullable Instant instantOrNull(@Nullable String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static boolean notBlank(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The window's sentence for a problem of the file, which names the file first. */
    private static Explanation why(NotesFileException.Problem problem, Path path, Object... more) {
        List<Object> arguments = new ArrayList<>(List.of(String.valueOf(path.getFileName())));
        arguments.addAll(List.of(more));
        return new Explanation(problem, arguments);
    }
}
