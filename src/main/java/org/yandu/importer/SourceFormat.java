package org.yandu.importer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The file formats Yandu imports, recognised by file extension. */
enum SourceFormat {
    // A long speech is 100 KB of text and a page of a hundred of them a few MB, so 50 MB is far beyond any real
    // source while it still stops the runaway cases (a log, a dump, /dev/zero behind a link) before they fill memory.
    TXT("txt", List.of("txt", "text"), 50 * SourceBytes.MB, new PlainTextReader()),
    HTML("html", List.of("html", "htm"), 50 * SourceBytes.MB, new HtmlPageReader()),
    // A .docx is a ZIP: its text is deflated to a fraction, but it also carries pictures (photos of the meeting,
    // scanned pages) that do not shrink, so it gets twice the room. POI's zip-bomb check guards what it inflates, and
    // DocxParagraphs limits the text part, the one part parsed into memory.
    DOCX("docx", List.of("docx"), 100 * SourceBytes.MB, new DocxReader()),
    // A PDF carries its fonts and pictures uncompressed by anything of Yandu's: a printed booklet of a hundred pages
    // with photos is 20-80 MB, a scan of one several hundred. 200 MB admits the large real documents; PdfReader reads
    // page by page from the file, so the limit bounds the disk read, not memory.
    PDF("pdf", List.of("pdf"), 200 * SourceBytes.MB, new PdfReader());

    private final String id;
    // List.of is unmodifiable; the check only knows Guava's immutable types, which Yandu does not use.
    @SuppressWarnings("ImmutableEnumChecker")
    private final List<String> extensions;
    private final long maxBytes;
    // Readers keep no state: one serves every import.
    @SuppressWarnings("ImmutableEnumChecker")
    private final FormatReader reader;

    SourceFormat(String id, List<String> extensions, long maxBytes, FormatReader reader) {
        this.id = id;
        this.extensions = extensions;
        this.maxBytes = maxBytes;
        this.reader = reader;
    }

    FormatReader reader() {
        return reader;
    }

    /** The files this format's limits are for, as messages name them (".txt files"). */
    String kind() {
        return "." + id + " files";
    }

    /** The largest file of this format that is read; a larger one is refused unread. */
    long maxBytes() {
        return maxBytes;
    }

    /** The name recorded in {@link SourceDocument#format()}. */
    String id() {
        return id;
    }

    /** Whether a file of this name would be read, so a folder import skips the others quietly. */
    static boolean isSupported(Path file) {
        String extension = extension(file);
        return Arrays.stream(values()).anyMatch(format -> format.extensions.contains(extension));
    }

    static SourceFormat of(Path file) throws UnreadableSourceException {
        String extension = extension(file);
        for (SourceFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return format;
            }
        }
        String shown = extension.isEmpty() ? "without an extension" : "." + extension;
        throw new UnreadableSourceException(file, Refusal.UNSUPPORTED,
                "unsupported file type " + shown + " (Yandu reads " + readable() + ")",
                List.of(extension.isEmpty() ? "" : "." + extension), null);
    }

    /** ".txt, .text, .html, .htm and .docx": every extension read, in the order above. */
    private static String readable() {
        List<String> all = Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
