package org.yandu.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A Word 97-2003 .doc or a WPS Office .wps: the same OLE2 file with a WordDocument stream, which WPS has written since
 * WPS 2002. What is named .doc is often something else: web tools and "Save as" of other programs write a web page,
 * RTF, or a .docx under that name. A page and a .docx are read as what they are; RTF is refused by name.
 */
final class WordBinaryReader implements FormatReader {
    /** Enough to find a page's {@code <html>} tag behind its doctype. */
    private static final int SIGNATURE_BYTES = 1024;

    @Override
    public SourceDocument read(Path file, SourceFormat format) throws UnreadableSourceException {
        FileKind.requireRegularFile(file);
        byte[] head = SourceBytes.head(file, SIGNATURE_BYTES);
        if (BinarySniffer.isOle2(head)) {
            SourceBytes.Digest digest = SourceBytes.digest(file, format.maxBytes(), format.kind());
            // Word 97 keeps its text in UTF-16LE (8-bit pieces only for Latin text).
            return new SourceDocument(file, format.id(), "UTF-16LE", digest.sha256(), digest.size(),
                    DocParagraphs.read(file, format));
        }
        if (BinarySniffer.isZip(head)) {
            return SourceFormat.DOCX.reader().read(file, SourceFormat.DOCX);
        }
        if (BinarySniffer.looksLikeHtml(head)) {
            return SourceFormat.HTML.reader().read(file, SourceFormat.HTML);
        }
        if (head.length == 0) {
            throw new UnreadableSourceException(file, Refusal.EMPTY, emptyReason());
        }
        String extension = "." + format.id();
        if (BinarySniffer.isRtf(head)) {
            throw new UnreadableSourceException(file, Refusal.RTF_DOCUMENT, "is an RTF document named " + extension
                    + ", which Yandu does not read; save it as .docx and import it again", List.of(extension), null);
        }
        if (format == SourceFormat.WPS) {
            throw new UnreadableSourceException(file, Refusal.OLD_WPS_DOCUMENT, "is not a Word 97-2003 file, as WPS"
                    + " Office writes since WPS 2002 (older versions had their own format); save it as .docx or .doc"
                    + " in WPS Office and import it again");
        }
        throw DocumentRefusals.misnamed(file, format,
                "it is neither a Word 97-2003 (OLE2) file nor a web page or .docx saved under that name");
    }
}
