package org.yandu.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises files that are not text at all: images, archives, executables and the like.
 *
 * <p>Only magic numbers long or odd enough never to begin real text count here. Short ones are
 * deliberately left out: a UTF-8 file starting with 首 (E9 A6 96) is what {@code file(1)} calls a
 * "DOS executable (COM)", and it is a perfectly good speech.
 */
final class BinarySniffer {
    private static final double MAX_CONTROL_SHARE = 0.02;
    private static final byte[] ZIP = bytes('P', 'K', 0x03, 0x04);
    private static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    private static final byte[] RTF = ascii("{\\rtf");
    /** UTF-8's and UTF-16's byte order marks, read as ISO-8859-1. */
    private static final Pattern BYTE_ORDER_MARK =
            Pattern.compile("^(?:\u00EF\u00BB\u00BF|\u00FF\u00FE|\u00FE\u00FF)");
    private static final List<byte[]> MAGIC_NUMBERS = List.of(
            bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            bytes(0xFF, 0xD8, 0xFF),                                  // JPEG
            ascii("GIF87a"),
            ascii("GIF89a"),
            ascii("%PDF-"),
            ZIP,                                                      // also a .docx in disguise
            bytes('P', 'K', 0x05, 0x06),                              // empty ZIP
            bytes(0x7F, 'E', 'L', 'F'),
            OLE2,                                                     // old .doc, .xls
            bytes(0x1F, 0x8B, 0x08),                                  // gzip
            bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            bytes('R', 'a', 'r', '!', 0x1A, 0x07),
            bytes('I', 'I', '*', 0x00),                               // TIFF
            bytes('M', 'M', 0x00, '*'),
            bytes(0xCA, 0xFE, 0xBA, 0xBE));                           // Java class, Mach-O fat binary

    private BinarySniffer() {
    }

    /** True when the bytes carry a binary format's signature, or NUL bytes outside UTF-16 text. */
    static boolean looksBinary(byte[] bytes) {
        return MAGIC_NUMBERS.stream().anyMatch(magic -> startsWith(bytes, magic))
                || (!TextDecoder.hasUtf16Bom(bytes) && containsNul(bytes));
    }

    /**
     * True when decoded text is riddled with control characters, as binary data is that happens to
     * decode (UTF-16 accepts almost any even number of bytes). Tabs, line and form feeds are text; the
     * text comes as its lines, each break counted as one character of text.
     */
    static boolean looksLikeControlNoise(List<String> lines) {
        long controls = 0;
        long length = 0;
        for (String line : lines) {
            controls += line.chars()
                    .filter(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                    .count();
            length += line.length() + 1;
        }
        return controls > length * MAX_CONTROL_SHARE;
    }

    /** True for the signature a ZIP file (and so every .docx) starts with. */
    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP);
    }

    /** True for the signature of an OLE2 compound file, the container of the old binary .doc. */
    static boolean isOle2(byte[] bytes) {
        return startsWith(bytes, OLE2);
    }

    /** True for an RTF document, which Word and web tools also save under the name .doc. */
    static boolean isRtf(byte[] bytes) {
        return startsWith(bytes, RTF);
    }

    /**
     * True for an HTML page, as Word's "Web Page" and web tools save under the name .doc: after a byte order mark and
     * blank space, a tag, and an {@code <html} within the first kilobyte (a doctype or comment may come first).
     */
    static boolean looksLikeHtml(byte[] bytes) {
        // Read byte for byte, UTF-16's NULs dropped: the tags are ASCII in every encoding a page comes in.
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u0000", "").toLowerCase(Locale.ROOT);
        String text = BYTE_ORDER_MARK.matcher(head).replaceFirst("").strip();
        return text.startsWith("<") && text.contains("<html");
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
