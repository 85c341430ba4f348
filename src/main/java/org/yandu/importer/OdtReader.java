package org.yandu.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * An OpenDocument text (.odt) as LibreOffice and WPS write it: a ZIP whose content.xml holds the text, read with
 * jsoup's XML parser, which fetches nothing and expands no entity a document declares. The pictures are never read.
 */
final class OdtReader implements FormatReader {
    /** The content part is parsed into a tree several times its size: the limit of a .docx's text part. */
    static final long MAX_CONTENT_PART = DocxParagraphs.MAX_DOCUMENT_PART;
    private static final String TEXT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    @Override
    public SourceDocument read(Path file, SourceFormat format) throws UnreadableSourceException {
        SourceBytes.Digest digest = SourceBytes.digest(file, format.maxBytes(), format.kind());
        if (digest.size() == 0) {
            throw new UnreadableSourceException(file, Refusal.EMPTY, emptyReason());
        }
        try (ZipPackage odt = ZipPackage.open(file, format)) {
            requireText(odt);
            requireNotEncrypted(file, odt);
            return new SourceDocument(file, format.id(), StandardCharsets.UTF_8.name(), digest.sha256(),
                    digest.size(), OdtParagraphs.read(odt.read("content.xml", MAX_CONTENT_PART)));
        }
    }

    /** The manifest lists how each encrypted part was encrypted; without the password content.xml is noise. */
    private static void requireNotEncrypted(Path file, ZipPackage odt) throws UnreadableSourceException {
        String manifest = "META-INF/manifest.xml";
        if (odt.has(manifest) && new String(odt.read(manifest, MAX_CONTENT_PART), StandardCharsets.UTF_8)
                .contains("encryption-data")) {
            throw DocumentRefusals.passwordProtected(file, null);
        }
    }

    /** A spreadsheet or presentation (.ods, .odp) named .odt says so in its mimetype; text has content.xml. */
    private static void requireText(ZipPackage odt) throws UnreadableSourceException {
        if (odt.has("mimetype") && !new String(odt.read("mimetype", 1024), StandardCharsets.US_ASCII).strip()
                .startsWith(TEXT_MIMETYPE)) {
            throw odt.misnamed("an OpenDocument text (its mimetype names another kind of document)");
        }
        if (!odt.has("content.xml")) {
            throw odt.misnamed("content.xml");
        }
    }
}
