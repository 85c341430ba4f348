package org.yandu.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Works out which charset a Chinese text file is in and decodes it.
 *
 * <p>Every decode is strict (malformed or unmappable bytes are errors, never U+FFFD), because a
 * charset that decodes the whole file without a single error is the only evidence we have: GB18030
 * text is almost never valid UTF-8, so trying UTF-8 first and GB18030 second tells them apart.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final char BOM = '\uFEFF';
    private static final int CHUNK = 8192;

    /** Text decoded from bytes, without its byte order mark, and the charset that decoded it. */
    record DecodedText(String text, String encoding) {
    }

    private TextDecoder() {
    }

    /**
     * Decodes with the charset its byte order mark names; else strict UTF-8; else the declared
     * charset (an HTML meta tag), if any; else strict GB18030.
     *
     * <p>Valid UTF-8 outranks a declaration because pages saved from a browser often keep a stale
     * {@code charset=gbk} meta tag, and UTF-8 bytes frequently decode as (wrong) GBK without error.
     *
     * @return empty if no candidate decodes the bytes without error
     */
    static Optional<DecodedText> decode(byte[] bytes, Optional<Charset> declared) {
        Optional<Charset> bomCharset = bomCharset(bytes);
        if (bomCharset.isPresent()) {
            return strict(bytes, bomCharset.get());
        }
        Optional<DecodedText> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8;
        }
        return declared.flatMap(charset -> strict(bytes, charset))
                .or(() -> strict(bytes, GB18030));
    }

    /** True for bytes starting with a UTF-16 byte order mark, the only text in which NUL bytes belong. */
    static boolean hasUtf16Bom(byte[] bytes) {
        return bomCharset(bytes).filter(charset -> !charset.equals(StandardCharsets.UTF_8)).isPresent();
    }

    private static Optional<Charset> bomCharset(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decoded in two passes, the first into a small buffer to check and count, so the second fills an array of the
     * text's exact length: Charset.decode sizes its buffer by the charset's average (a char a byte for UTF-8, three
     * times the Chinese text's length) and copies it into the String, 185 MB at once for a 50 MB file.
     */
    private static Optional<DecodedText> strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int length = decodedLength(bytes, decoder);
        if (length < 0) {
            return Optional.empty();
        }
        CharBuffer chars = CharBuffer.allocate(length);
        decoder.reset().decode(ByteBuffer.wrap(bytes), chars, true);
        decoder.flush(chars);
        // Every byte order mark, GB18030's 84 31 95 33 included, decodes to U+FEFF, which is not text.
        int start = length > 0 && chars.get(0) == BOM ? 1 : 0;
        return Optional.of(new DecodedText(new String(chars.array(), start, length - start), charset.name()));
    }

    /** The number of chars the bytes decode to, or -1 if they are not valid in the decoder's charset. */
    private static int decodedLength(byte[] bytes, CharsetDecoder decoder) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        long length = 0;
        CoderResult result;
        do {
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                return -1;
            }
            length += out.flip().remaining();
            out.clear();
        } while (result.isOverflow());
        do {
            result = decoder.flush(out);
            length += out.flip().remaining();
            out.clear();
        } while (result.isOverflow());
        return Math.toIntExact(length);
    }
}
