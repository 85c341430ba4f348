package org.yandu.glossary;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A CC-CEDICT file read from disk: its entries, its header (licence and version, for an About panel)
 * and a {@link ParseReport}.
 *
 * <p>Accepts the forms MDBG distributes: {@code .txt.gz} (gzip), {@code .zip} (the first
 * {@code .u8} or {@code .txt} entry inside) and plain {@code .u8}/{@code .txt}. The container is
 * recognised by its first bytes, not its name. Text is UTF-8 (a BOM is skipped; undecodable bytes
 * become U+FFFD and make at worst their line malformed). Lines are streamed: {@link #stream} keeps
 * nothing in memory, {@link #read} keeps only the entries.
 */
public final class CedictFile {

    private final Path path;
    private final List<GlossaryEntry> entries;
    private final CedictHeader header;
    private final ParseReport report;

    private CedictFile(Path path, List<GlossaryEntry> entries, CedictHeader header, ParseReport report) {
        this.path = path;
        this.entries = entries;
        this.header = header;
        this.report = report;
    }

    /** Reads the whole file into memory (about 124,000 entries for the full CC-CEDICT). */
    public static CedictFile read(Path path) throws IOException {
        List<GlossaryEntry> entries = new ArrayList<>(130_000);
        CedictParser.Result result = stream(path, entries::add);
        return new CedictFile(path, List.copyOf(entries), result.header(), result.report());
    }

    /**
     * Streams the file's entries to {@code sink} one by one, e.g. straight into a database batch.
     *
     * @throws IOException if the file cannot be read, or a zip holds no {@code .u8}/{@code .txt} entry
     */
    public static CedictParser.Result stream(Path path, Consumer<GlossaryEntry> sink) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
                InputStream text = open(raw, path);
                BufferedReader reader = new BufferedReader(new InputStreamReader(text, utf8()), 1 << 16)) {
            return CedictParser.parse(reader, sink);
        }
    }

    /** Reads just the header (licence, version, date), without the entries: milliseconds, not seconds. */
    public static CedictHeader readHeader(Path path) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
                InputStream text = open(raw, path);
                BufferedReader reader = new BufferedReader(new InputStreamReader(text, utf8()), 1 << 16)) {
            return CedictParser.parseHeader(reader);
        }
    }

    /** Writes the dictionary text inside {@code path} (unpacked from gzip or zip) to {@code out}. */
    public static void copyText(Path path, OutputStream out) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
                InputStream text = open(raw, path)) {
            text.transferTo(out);
        }
    }

    /** Unwraps gzip or zip by magic number; anything else is taken as plain text. */
    private static InputStream open(InputStream in, Path path) throws IOException {
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        int b3 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
            ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (!e.isDirectory() && (name.endsWith(".u8") || name.endsWith(".txt"))) {
                    return new FilterInputStream(zip) {
                    };
                }
            }
            zip.close();
            throw new IOException(path + ": the zip holds no .u8 or .txt dictionary file");
        }
        return in;
    }

    private static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** The file read. */
    public Path path() {
        return path;
    }

    /** All entries in file order (immutable). */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** The header comments and {@code #!} fields. */
    public CedictHeader header() {
        return header;
    }

    /** Line counts and the first malformed lines. */
    public ParseReport report() {
        return report;
    }
}
