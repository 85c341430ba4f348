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
    // A .doc is not compressed, and POI reads all of its streams into memory to parse it, pictures included: it gets
    // the room of a .txt, which keeps the import within its memory bound however the file splits into text and
    // pictures. A .wps of WPS Office is the same file under another name.
    DOC("doc", List.of("doc"), 50 * SourceBytes.MB, new WordBinaryReader()),
    WPS("wps", List.of("wps"), 50 * SourceBytes.MB, new WordBinaryReader()),
    // An .odt is a ZIP like a .docx, its pictures as large: the same room. Only content.xml is inflated, never past
    // OdtReader's limit for it, whatever the ZIP says its size is.
    ODT("odt", List.of("odt"), 100 * SourceBytes.MB, new OdtReader()),
    // An .epub is a ZIP of chapters and pictures (a book's illustrations, its cover): the room of a .docx. Its
    // chapters are inflated one at a time within EpubReader's limits, each and all together.
    EPUB("epub", List.of("epub"), 100 * SourceBytes.MB, new EpubReader()),
    // Markdown is text: the room of a .txt.
    MARKDOWN("md", List.of("md", "markdown"), 50 * SourceBytes.MB, new MarkdownReader()),
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
                List.of(extension.isEmpty() ? "" : "." + extension, String.join(" ", extensions())), null);
    }

    /** ".txt, .text, .html, …": every extension read, in the order above. */
    /** Every extension read (".txt", ".docx" …), in the order above: for the file chooser and refusals. */
    static List<String> extensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList();
    }

    private static String readable() {
        List<String> all = extensions();
        return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
