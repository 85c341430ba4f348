package org.yandu.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Text that comes with no file: pasted from the clipboard, dropped on the window, or piped to {@code yandu import -}.
 * Its HTML, when the source offers it (a passage copied from a browser or WeChat), is read as a saved page is, so
 * the page's debris goes as it would from the file.
 *
 * @param name what the library calls its source, e.g. "剪贴板 2026-12-06 15.30"; no file has it, but it is said
 *     wherever a file's name is, so it must be a valid file name (no / or :)
 * @param format the source's kind as the library records it: {@link #CLIPBOARD} or {@link #STDIN}
 * @param html the text as HTML, or null
 * @param text the text as plain text, or null; read when there is no HTML
 */
public record UnfiledText(String name, String format, @Nullable String html, @Nullable String text) {
    public static final String CLIPBOARD = "clipboard";
    public static final String STDIN = "stdin";
    /** The same bound as for a saved page or a .txt file. */
    static final long MAX_BYTES = 50 * SourceBytes.MB;
    // A colon is not allowed in a file name on Windows, so 15.30 as in British usage.
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm");
    private static final Pattern HTML_START = Pattern.compile("(?is)\\A\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html"
            + "|html|head|body|meta|title|div|p|section|article|h[1-6]|span|table|ul|ol|br|font)\\b");

    /** The moment text came in as its name says it: "2026-12-06 15.30", valid in a file name. */
    public static String moment(LocalDateTime when) {
        return MOMENT.format(when);
    }

    /**
     * Reads a stream of unknown kind (standard input) to its end: a page if it opens like HTML, else plain text, in
     * the encodings files are read in.
     *
     * @throws UnreadableSourceException if it is empty, over {@value #MAX_BYTES} bytes, binary, or in no encoding
     */
    public static UnfiledText read(String name, String format, InputStream in) throws UnreadableSourceException {
        Path path = Path.of(name);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw SourceBytes.unreadable(path, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableSourceException(path, Refusal.TOO_LARGE, "holds more than the "
                    + SourceBytes.megabytes(MAX_BYTES) + " limit for text", List.of("> " + SourceBytes.megabytes(
                    MAX_BYTES), SourceBytes.megabytes(MAX_BYTES)), null);
        }
        if (bytes.length == 0) {
            throw new UnreadableSourceException(path, Refusal.EMPTY, "is empty");
        }
        String text = TextDecoder.decode(TextChecks.requireText(path, bytes), Optional.empty())
                .orElseThrow(() -> TextChecks.notInAnEncoding(path)).text();
        if (!HTML_START.matcher(text).lookingAt()) {
            return new UnfiledText(name, format, null, text);
        }
        String page = TextDecoder.decode(bytes, HtmlCharsetDeclaration.find(bytes))
                .orElseThrow(() -> TextChecks.notInAnEncoding(path)).text();
        return new UnfiledText(name, format, page, null);
    }
}
