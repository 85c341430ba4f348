package org.yandu.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@link UnfiledText} into lines as {@link HtmlPageReader} and {@link PlainTextReader} read files: the HTML
 * when there is some with article text in it, else the plain text. Its hash is of the text read, so the same passage
 * pasted twice is the same source, as the same file imported twice is.
 */
final class UnfiledReader {
    private UnfiledReader() {
    }

    static SourceDocument read(UnfiledText unfiled) throws UnreadableSourceException {
        String html = unfiled.html();
        if (html != null) {
            PageArticle article = HtmlArticleExtractor.article(html);
            // A copied picture comes as HTML holding only an <img>: then its plain text, if any, is the text.
            if (!article.lines().stream().allMatch(String::isBlank)) {
                return document(unfiled, html, article.lines(), article.metadata());
            }
        }
        String text = unfiled.text();
        if (text == null || text.isBlank()) {
            throw new UnreadableSourceException(Path.of(unfiled.name()), Refusal.EMPTY, "is empty");
        }
        return document(unfiled, text, TextLines.split(text), SourceMetadata.NONE);
    }

    private static SourceDocument document(UnfiledText unfiled, String content, List<String> lines,
                                           SourceMetadata metadata) throws UnreadableSourceException {
        Path name = Path.of(unfiled.name());
        TextChecks.requireNoControlNoise(name, lines);
        SourceBytes.Digest digest = SourceBytes.Digest.of(content.getBytes(StandardCharsets.UTF_8));
        return new SourceDocument(name, unfiled.format(), StandardCharsets.UTF_8.name(), digest.sha256(),
                digest.size(), lines, null, List.of(), metadata);
    }
}
