package org.yandu.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers a book's content documents into chapters. A chapter starts at a document the table of contents points to
 * (every document, when a book has no table of contents); a document it does not point to continues the chapter
 * before it, as the parts of a chapter a converter split into files do. A chapter that opens with a section's number
 * (一、 （一） 1.) is a section of the chapter before it. A chapter without a sentence is a part's title page, a
 * half title or a blank cover, not a speech.
 */
final class EpubChapters {
    private final EpubPackage book;
    private final List<List<String>> chapters = new ArrayList<>();

    EpubChapters(EpubPackage book) {
        this.book = book;
    }

    void add(String document, List<String> lines) {
        List<String> text = lines.stream().filter(line -> !Text.isBlank(line)).toList();
        if (text.isEmpty()) {
            return;
        }
        boolean starts = book.tocTargets().isEmpty() || book.tocTargets().contains(document) || chapters.isEmpty();
        if (starts && (chapters.isEmpty() || Numbering.marker(Text.strip(text.get(0))) == null)) {
            chapters.add(new ArrayList<>(titled(document, text)));
        } else {
            chapters.get(chapters.size() - 1).addAll(text);
        }
    }

    /** A chapter that opens with prose has its title only in the table of contents: that label goes first. */
    private List<String> titled(String document, List<String> text) {
        String label = book.tocLabels().getOrDefault(document, "").strip();
        if (label.isEmpty() || Text.isTitleLike(Text.strip(text.get(0)))) {
            return text;
        }
        List<String> lines = new ArrayList<>(List.of(label));
        lines.addAll(text);
        return lines;
    }

    /** The book as a source: its lines, and where each chapter starts when there are several. */
    SourceDocument document(Path file, SourceFormat format, SourceBytes.Digest digest) {
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (List<String> chapter : chapters) {
            if (chapter.stream().anyMatch(Text::hasSentenceEnd)) {
                starts.add(lines.size());
                lines.addAll(chapter);
            }
        }
        boolean collection = starts.size() > 1;
        return new SourceDocument(file, format.id(), StandardCharsets.UTF_8.name(), digest.sha256(), digest.size(),
                lines, collection ? book.title() : null, collection ? starts : List.of(), SourceMetadata.NONE);
    }
}
