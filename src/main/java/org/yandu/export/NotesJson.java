package org.yandu.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lossless JSON export, field by field. Nothing in it is specific to the library it came from: speeches are
 * named by their text's fingerprint, notes by their words, so a library whose speeches were imported again
 * takes it back, and the same content exports to the same JSON (only "exported" differs).
 */
final class NotesJson {
    static final String FORMAT = "yandu-notes";
    static final int VERSION = 1;
    /**
     * Pretty, in the records' field order; fields a later version 1 adds are ignored on reading. Leaves the
     * stream open: the export syncs and closes its own files.
     */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private NotesJson() {
    }

    /**
     * @param exported when the export was made (ISO-8601)
     * @param glossary the reader's own terms, by term
     * @param speeches the speeches with something of the reader's, by title then fingerprint
     */
    record Root(@JsonProperty("format") String format, @JsonProperty("version") int version,
                @JsonProperty("exported") String exported, @JsonProperty("glossary") @Nullable List<Term> glossary,
                @JsonProperty("speeches") @Nullable List<SpeechEntry> speeches) {
    }

    record Term(@JsonProperty("term") String term, @JsonProperty("pinyin") @Nullable String pinyin,
                @JsonProperty("explanation") @Nullable String explanation,
                @JsonProperty("english") @Nullable String english,
                @JsonProperty("tags") @Nullable List<String> tags) {
    }

    /**
     * @param fingerprint what finds the speech in a library ({@code LibraryStore.speechWithFingerprint})
     * @param title for people reading the file, and for reporting a speech that is not found
     * @param progress null when the speech was never read
     */
    record SpeechEntry(@JsonProperty("fingerprint") String fingerprint, @JsonProperty("title") String title,
                       @JsonProperty("source_files") @Nullable List<String> sourceFiles,
                       @JsonProperty("progress") @Nullable Progress progress,
                       @JsonProperty("annotations") @Nullable List<Mark> annotations,
                       @JsonProperty("lookups") @Nullable List<LookupEntry> lookups) {
    }

    /**
     * @param position the paragraph position at the top of the view
     * @param read kept beside {@code readAt} for files read by a Yandu that knows no times
     * @param readAt when it was marked read (ISO-8601), null while unread or in files without times
     * @param lastOpened when it was last read (ISO-8601), null when never or in files without times
     * @param days the active reading time of each day it was read on, for the week's summary; null in older files
     */
    record Progress(@JsonProperty("position") int position, @JsonProperty("read") boolean read,
                    @JsonProperty("seconds_read") long secondsRead, @JsonProperty("read_at") @Nullable String readAt,
                    @JsonProperty("last_opened") @Nullable String lastOpened,
                    @JsonProperty("days") @Nullable List<Day> days) {
    }

    /** @param day ISO-8601, e.g. 2026-11-23 */
    record Day(@JsonProperty("day") String day, @JsonProperty("seconds") long seconds) {
    }

    /**
     * A highlight or note.
     *
     * @param paragraph the position of the paragraph it was on, where to look first for its words; null when it
     *     was orphaned already
     * @param color lower case, null for a note without a highlight
     * @param continues true for a part of a highlight across paragraphs after its first part: it belongs with the
     *     mark before it; absent otherwise
     */
    record Mark(@JsonProperty("quote") String quote, @JsonProperty("prefix") @Nullable String prefix,
                @JsonProperty("suffix") @Nullable String suffix, @JsonProperty("paragraph") @Nullable Integer paragraph,
                @JsonProperty("color") @Nullable String color, @JsonProperty("note") @Nullable String note,
                @JsonProperty("tags") @Nullable List<String> tags, @JsonProperty("created") String created,
                @JsonProperty("updated") String updated,
                @JsonProperty("continues") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean continues) {
    }

    /**
     * @param times how often it was looked up in the speech
     * @param firstAt when first looked up there (ISO-8601); null in files without times
     * @param lastAt when last looked up there (ISO-8601); null in files without times
     * @param inVocabulary false for a word set apart from the vocabulary (see {@code Lookup}); absent means true
     */
    record LookupEntry(@JsonProperty("term") String term, @JsonProperty("sentence") String sentence,
                       @JsonProperty("times") int times, @JsonProperty("first_at") @Nullable String firstAt,
                       @JsonProperty("last_at") @Nullable String lastAt,
                       @JsonProperty("in_vocabulary") @JsonInclude(JsonInclude.Include.NON_NULL)
                       @Nullable Boolean inVocabulary) {
    }
}
