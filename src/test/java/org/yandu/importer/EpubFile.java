package org.yandu.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes EPUB books for the tests as the EPUB 2 and 3 specifications lay them out: the stored mimetype first,
 * META-INF/container.xml, a package document in OEBPS/ with manifest and spine, EPUB 3's navigation document or
 * EPUB 2's NCX, and XHTML content documents.
 */
final class EpubFile {
    /** A content document: its file name in OEBPS/Text/, its body, its label in the table of contents (or none). */
    record Item(String name, String body, String tocLabel, String landmark, boolean linear) {
    }

    private final int version;
    private final String title;
    private final List<Item> spine = new ArrayList<>();
    private final Map<String, byte[]> extra = new LinkedHashMap<>();

    EpubFile(int version, String title) {
        this.version = version;
        this.title = title;
    }

    /** A chapter the table of contents lists. */
    EpubFile chapter(String name, String label, String body) {
        spine.add(new Item(name, body, label, "", true));
        return this;
    }

    /** A document the table of contents does not list (the second half of a split chapter). */
    EpubFile part(String name, String body) {
        spine.add(new Item(name, body, "", "", true));
        return this;
    }

    /** A document marked as a landmark (EPUB 3) or in the guide (EPUB 2): "cover", "copyright-page". */
    EpubFile landmark(String name, String type, String body) {
        spine.add(new Item(name, body, "", type, true));
        return this;
    }

    EpubFile auxiliary(String name, String body) {
        spine.add(new Item(name, body, "", "", false));
        return this;
    }

    EpubFile file(String path, String content) {
        return file(path, content.getBytes(StandardCharsets.UTF_8));
    }

    EpubFile file(String path, byte[] content) {
        extra.put(path, content);
        return this;
    }

    /** A speech's .txt as a chapter: its first line a heading, every other line a paragraph. */
    static String body(Path txt) throws IOException {
        List<String> lines = Files.readAllLines(txt).stream().filter(l -> !l.isBlank()).toList();
        StringBuilder body = new StringBuilder("<h1>" + escape(lines.get(0).strip()) + "</h1>\n");
        lines.subList(1, lines.size()).forEach(l -> body.append("<p>").append(escape(l)).append("</p>\n"));
        return body.toString();
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            storedMimetype(zip);
            put(zip, "META-INF/container.xml", "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path="
                    + "\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
            put(zip, "OEBPS/content.opf", packageDocument());
            put(zip, version == 3 ? "OEBPS/nav.xhtml" : "OEBPS/toc.ncx", version == 3 ? navigation() : ncx());
            for (Item item : spine) {
                put(zip, "OEBPS/Text/" + item.name(), "<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE html>"
                        + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">"
                        + "<head><title>" + escape(title) + "</title></head><body>" + item.body() + "</body></html>");
            }
            for (Map.Entry<String, byte[]> part : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
            }
        }
        return file;
    }

    /** The spine lists the documents in reading order; the manifest here lists them backwards, as it may. */
    private String packageDocument() {
        StringBuilder manifest = new StringBuilder();
        StringBuilder itemrefs = new StringBuilder();
        StringBuilder guide = new StringBuilder();
        for (int i = spine.size() - 1; i >= 0; i--) {
            manifest.append("<item id=\"d").append(i).append("\" href=\"Text/").append(spine.get(i).name())
                    .append("\" media-type=\"application/xhtml+xml\"/>");
        }
        for (int i = 0; i < spine.size(); i++) {
            Item item = spine.get(i);
            itemrefs.append("<itemref idref=\"d").append(i).append(item.linear() ? "\"/>" : "\" linear=\"no\"/>");
            if (!item.landmark().isEmpty()) {
                guide.append("<reference type=\"").append(item.landmark()).append("\" href=\"Text/")
                        .append(item.name()).append("\"/>");
            }
        }
        String navItem = version == 3
                ? "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
                : "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>";
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\""
                + version + ".0\" unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:identifier id=\"id\">urn:uuid:0</dc:identifier><dc:title>" + escape(title) + "</dc:title>"
                + "<dc:language>zh</dc:language></metadata><manifest>" + navItem + manifest + "</manifest><spine"
                + (version == 3 ? "" : " toc=\"ncx\"") + ">" + itemrefs + "</spine>"
                + (version == 3 || guide.isEmpty() ? "" : "<guide>" + guide + "</guide>") + "</package>";
    }

    private String navigation() {
        StringBuilder toc = new StringBuilder();
        StringBuilder landmarks = new StringBuilder();
        for (Item item : spine) {
            if (!item.tocLabel().isEmpty()) {
                toc.append("<li><a href=\"Text/").append(item.name()).append("\">").append(escape(item.tocLabel()))
                        .append("</a></li>");
            }
            if (!item.landmark().isEmpty()) {
                landmarks.append("<li><a epub:type=\"").append(item.landmark()).append("\" href=\"Text/")
                        .append(item.name()).append("\">").append(item.landmark()).append("</a></li>");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub="
                + "\"http://www.idpf.org/2007/ops\"><head><title>目录</title></head><body><nav epub:type=\"toc\">"
                + "<h1>目录</h1><ol>" + toc + "</ol></nav><nav epub:type=\"landmarks\"><ol>" + landmarks
                + "</ol></nav></body></html>";
    }

    private String ncx() {
        StringBuilder points = new StringBuilder();
        int order = 1;
        for (Item item : spine) {
            if (!item.tocLabel().isEmpty()) {
                points.append("<navPoint id=\"p").append(order).append("\" playOrder=\"").append(order++)
                        .append("\"><navLabel><text>").append(escape(item.tocLabel())).append("</text></navLabel>")
                        .append("<content src=\"Text/").append(item.name()).append("\"/></navPoint>");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" "
                + "version=\"2005-1\"><head/><docTitle><text>" + escape(title) + "</text></docTitle><navMap>"
                + points + "</navMap></ncx>";
    }

    /** The mimetype comes first and uncompressed, so that the file's first bytes say what it is. */
    private static void storedMimetype(ZipOutputStream zip) throws IOException {
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(mimetype);
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
