package org.yandu.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PDF's text, page by page, joined into paragraphs ({@link PdfParagraphs}) without its running headers, footers
 * and page numbers ({@link PageFurniture}). The file is read where it lies, never whole into memory: PDFBox reads
 * the objects a page needs when it gets to the page, and keeps anything it must buffer in a temporary file, so a
 * document of hundreds of pages takes the memory of its text (docs/PERFORMANCE.md).
 */
final class PdfReader implements FormatReader {
    private static final Logger LOG = LoggerFactory.getLogger(PdfReader.class);
    private static final byte[] START = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** A PDF ends with this marker in its last kilobyte; a file cut short (a broken download) lacks it. */
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int TAIL = 1024;

    @Override
    public SourceDocument read(Path file, SourceFormat format) throws UnreadableSourceException {
        return read(file, format, ImportProgress.NONE);
    }

    @Override
    public SourceDocument read(Path file, SourceFormat format, ImportProgress progress)
            throws UnreadableSourceException {
        SourceBytes.Digest digest = SourceBytes.digest(file, format.maxBytes(), format.kind());
        if (digest.size() == 0) {
            throw new UnreadableSourceException(file, Refusal.EMPTY, emptyReason());
        }
        requireWhole(file, format);
        String name = String.valueOf(file.getFileName());
        List<List<PdfLine>> pages;
        try (PDDocument document = open(file)) {
            pages = PageFurniture.remove(PdfPageParts.read(document, () -> load(file),
                    (page, of) -> pageRead(progress, name, page, of)));
            if (pages.stream().allMatch(List::isEmpty) && hasImages(document)) {
                throw new UnreadableSourceException(file, Refusal.SCANNED,
                        "is a scanned document: its pages are pictures, with no text to import");
            }
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.debug("PDFBox could not read {}: {}", file, e.toString());
            throw DocumentRefusals.damaged(file, format, e);
        }
        return new SourceDocument(file, format.id(), StandardCharsets.UTF_8.name(), digest.sha256(), digest.size(),
                PdfParagraphs.join(pages));
    }

    /** Tells the page's progress; a long document stops at the page the reader cancelled it on. */
    private static void pageRead(ImportProgress progress, String name, int page, int pages) {
        progress.page(name, page, pages);
        if (progress.isCancelled()) {
            throw new CancellationException(name + ": import cancelled after page " + page + " of " + pages);
        }
    }

    @Override
    public String emptyReason() {
        return "holds no text";
    }

    /**
     * Opens the document on the file; a password-protected one is refused. A PDF that only restricts printing or
     * copying opens without a password, and its text is read: the reader has the document.
     */
    private static PDDocument open(Path file) throws IOException, UnreadableSourceException {
        try {
            return load(file);
        } catch (InvalidPasswordException e) {
            throw DocumentRefusals.passwordProtected(file, e);
        }
    }

    private static PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "",
                IOUtils.createTempFileOnlyStreamCache());
    }

    /** A PDF starts with %PDF- and ends with %%EOF; PDFBox would read what it can of a file cut short, silently. */
    private static void requireWhole(Path file, SourceFormat format) throws UnreadableSourceException {
        ByteBuffer head = ByteBuffer.allocate(TAIL);
        ByteBuffer tail = ByteBuffer.allocate(TAIL);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            readFully(channel, head);
            channel.position(Math.max(0, channel.size() - TAIL));
            readFully(channel, tail);
        } catch (IOException e) {
            throw SourceBytes.unreadable(file, e);
        }
        if (!contains(head, START)) {
            throw DocumentRefusals.misnamed(file, format, "it does not begin as a PDF does (%PDF-)");
        }
        if (!contains(tail, END)) {
            // A download cut short: PDFBox would read what it can of it, silently.
            throw DocumentRefusals.damaged(file, format, null);
        }
    }

    private static void readFully(SeekableByteChannel channel, ByteBuffer buffer) throws IOException {
        int read = 0;
        while (buffer.hasRemaining() && read >= 0) {
            read = channel.read(buffer);
        }
        buffer.flip();
    }

    private static boolean contains(ByteBuffer bytes, byte[] marker) {
        for (int i = bytes.position(); i + marker.length <= bytes.limit(); i++) {
            int j = 0;
            while (j < marker.length && bytes.get(i + j) == marker[j]) {
                j++;
            }
            if (j == marker.length) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasImages(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
