package org.yandu.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    // Every byte order mark, GB18030's 84 31 95 33 included, decodes to U+FEFF, which is not text.
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
        return charset(bytes, declared).map(charset -> new DecodedText(text(bytes, charset), charset.name()));
    }

    /**
     * The text as lines, decoded as {@link #decode} decodes it and split as {@link TextLines#split} splits, but
     * without the whole text in one string beside them: a 50 MB file's would be 35 MB more.
     */
    static Optional<DecodedLines> decodeLines(byte[] bytes) {
        return charset(bytes, Optional.empty()).map(charset -> new DecodedLines(lines(bytes, charset), charset.name()));
    }

    /** Lines decoded from bytes, without the byte order mark, and the charset that decoded them. */
    record DecodedLines(List<String> lines, String encoding) {
    }

    private static Optional<Charset> charset(byte[] bytes, Optional<Charset> declared) {
        Optional<Charset> bomCharset = bomCharset(bytes);
        if (bomCharset.isPresent()) {
            return bomCharset.filter(charset -> decodes(bytes, charset));
        }
        if (decodes(bytes, StandardCharsets.UTF_8)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        return declared.filter(charset -> decodes(bytes, charset))
                .or(() -> Optional.of(GB18030).filter(charset -> decodes(bytes, charset)));
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
     * Decoded into an array of the text's exact length, counted first into a small buffer: Charset.decode sizes its
     * buffer by the charset's average (a char a byte for UTF-8, three times the Chinese text's length) and copies it
     * into the String, 185 MB at once for a 50 MB file.
     */
    private static String text(byte[] bytes, Charset charset) {
        int length = decodedLength(bytes, strictDecoder(charset));
        CharBuffer chars = CharBuffer.allocate(length);
        CharsetDecoder decoder = strictDecoder(charset);
        decoder.decode(ByteBuffer.wrap(bytes), chars, true);
        decoder.flush(chars);
        int start = length > 0 && chars.get(0) == BOM ? 1 : 0;
        return new String(chars.array(), start, length - start);
    }

    private static List<String> lines(byte[] bytes, Charset charset) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), strictDecoder(charset))) {
            List<String> lines = TextLines.read(reader);
            if (!lines.isEmpty() && lines.get(0).startsWith(String.valueOf(BOM))) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("bytes in memory that decoded once failed to decode again", e);
        }
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        return decodedLength(bytes, strictDecoder(charset)) >= 0;
    }

    /** Malformed or unmappable bytes are errors, never U+FFFD: see the class comment. */
    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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
