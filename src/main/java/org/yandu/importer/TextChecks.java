package org.yandu.importer;

import java.nio.file.Path;
import java.util.List;

/** The checks every format read from its bytes as text makes: not empty, not binary, in an encoding Yandu reads. */
final class TextChecks {
    private TextChecks() {
    }

    static byte[] nonEmptyBytes(Path file, SourceFormat format) throws UnreadableSourceException {
        byte[] bytes = SourceBytes.read(file, format.maxBytes(), format.kind());
        if (bytes.length == 0) {
            throw new UnreadableSourceException(file, Refusal.EMPTY, "is empty");
        }
        return bytes;
    }

    static byte[] requireText(Path file, byte[] bytes) throws UnreadableSourceException {
        if (BinarySniffer.looksBinary(bytes)) {
            throw new UnreadableSourceException(file, Refusal.NOT_TEXT, "is not a text file");
        }
        return bytes;
    }

    static void requireNoControlNoise(Path file, List<String> lines) throws UnreadableSourceException {
        if (BinarySniffer.looksLikeControlNoise(lines)) {
            throw new UnreadableSourceException(file, Refusal.NOT_TEXT, "is not a text file");
        }
    }

    static UnreadableSourceException notInAnEncoding(Path file) {
        return new UnreadableSourceException(file, Refusal.UNDECODABLE,
                "is not valid text in UTF-8, UTF-16 or GB18030");
    }
}
