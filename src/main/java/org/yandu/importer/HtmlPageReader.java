package org.yandu.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A saved web page: its article's paragraphs, without the site's menus, sharing buttons and footers; a WeChat article's
 * account and publish time besides.
 */
final class HtmlPageReader implements FormatReader {
    @Override
    public SourceDocument read(Path file, SourceFormat format) throws UnreadableSourceException {
        byte[] bytes = TextChecks.nonEmptyBytes(file, format);
        TextDecoder.DecodedText text = TextDecoder.decode(TextChecks.requireText(file, bytes),
                HtmlCharsetDeclaration.find(bytes)).orElseThrow(() -> TextChecks.notInAnEncoding(file));
        TextChecks.requireNoControlNoise(file, List.of(text.text()));
        SourceBytes.Digest digest = SourceBytes.Digest.of(bytes);
        // The bytes are let go here, before the page is parsed: a large page is then in memory once, as text.
        PageArticle article = HtmlArticleExtractor.article(text.text());
        return new SourceDocument(file, format.id(), text.encoding(), digest.sha256(), digest.size(),
                article.lines(), null, List.of(), article.metadata());
    }

    @Override
    public String emptyReason() {
        return "is empty: the page has no article text";
    }
}
