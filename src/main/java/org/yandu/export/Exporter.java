package org.yandu.export;

import java.util.List;

/** Renders collected study notes as the files of one format; never reads the library itself. */
interface Exporter {
    List<ExportDocument> documents(StudyNotes notes);

    /** The exporter for the options' format. */
    static Exporter of(ExportOptions options) {
        Labels labels = Labels.of(options);
        return switch (options.format()) {
            case MARKDOWN -> new MarkdownExporter(options, labels);
            case HTML -> new HtmlExporter(options, labels);
            case DOCX -> new DocxExporter(options, labels);
            case ANKI -> new AnkiExporter(labels);
            case JSON -> new JsonExporter();
        };
    }
}
