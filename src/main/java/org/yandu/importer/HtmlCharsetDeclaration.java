package org.yandu.importer;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the charset an HTML page declares for itself, in {@code <meta charset="gbk">} or
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=gb2312">}.
 */
final class HtmlCharsetDeclaration {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlCharsetDeclaration.class);
    // Browsers look no further than the first 1024 bytes; pages with long heads get some slack.
    private static final int HEAD_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharsetDeclaration() {
    }

    static Optional<Charset> find(byte[] bytes) {
        // Every charset in question is ASCII-compatible, so markup reads the same in ISO-8859-1.
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (!meta.find()) {
            return Optional.empty();
        }
        String name = meta.group(1);
        try {
            // A page that reached us as ASCII-compatible bytes is not UTF-16, whatever it says (browsers agree).
            return Optional.of(Charset.forName(name)).filter(charset -> !charset.name().startsWith("UTF-"));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            LOG.debug("Ignoring unknown charset {} declared in the page", name);
            return Optional.empty();
        }
    }
}
