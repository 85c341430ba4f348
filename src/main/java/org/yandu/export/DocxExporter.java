package org.yandu.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.yandu.export.SpeechNotes.Note;
import org.yandu.export.SpeechNotes.Section;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.Speech;

/** A Word document (.docx) with real heading, quote and note styles, for Word, WPS and LibreOffice. */
final class DocxExporter implements Exporter {
    private static final String GREY = "767676";
    private static final String APPLICATION = "Yandu";
    private static final Map<HighlightColor, String> SHADES = Map.of(HighlightColor.YELLOW, "FFF6BF",
            HighlightColor.GREEN, "DFF3D8", HighlightColor.BLUE, "DCEBFB", HighlightColor.PINK, "FBE0EA",
            HighlightColor.PURPLE, "ECE2F8", HighlightColor.ORANGE, "FDE7D2");

    private final ExportOptions options;
    private final Labels labels;

    DocxExporter(ExportOptions options, Labels labels) {
        this.options = options;
        this.labels = labels;
    }

    @Override
    public List<ExportDocument> documents(StudyNotes notes) {
        return List.of(new ExportDocument(FileNames.safe(notes.title()) + ".docx", out -> write(notes, out)));
    }

    private void write(StudyNotes notes, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc);
            doc.getProperties().getCoreProperties().setTitle(notes.title());
            // Else Word's File → Info names Apache POI as the author and the program that made it.
            doc.getProperties().getCoreProperties().setCreator(APPLICATION);
            doc.getProperties().getExtendedProperties().setApplication(APPLICATION);
            paragraph(doc, DocxStyles.TITLE, notes.title(), DocxStyles.HEADING_FONT);
            run(paragraph(doc, null), labels.exported() + labels.colon() + Labels.time(notes.exported()),
                    DocxStyles.BODY_FONT).setColor(GREY);
            boolean first = true;
            for (SpeechNotes speech : notes.speeches()) {
                // A lone speech whose title is the document's needs no heading of its own; its headings move up.
                boolean ownHeading = notes.speeches().size() > 1 || !notes.title().equals(speech.speech().title());
                if (ownHeading) {
                    paragraph(doc, DocxStyles.heading(1), speech.speech().title(), DocxStyles.HEADING_FONT)
                            .setPageBreak(!first);
                }
                appendSpeech(doc, speech, ownHeading ? 1 : 0);
                first = false;
            }
            a4(doc); // the section's properties close the body, after every paragraph
            doc.write(out);
        }
    }

    /** A4 with 2.5 cm margins: Word's default page without a section is US Letter. */
    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(1418);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setGutter(BigInteger.ZERO);
    }

    private void appendSpeech(XWPFDocument doc, SpeechNotes notes, int headingOffset) {
        Speech speech = notes.speech();
        if (speech.subtitle() != null && !speech.subtitle().isBlank()) {
            paragraph(doc, null, speech.subtitle(), DocxStyles.BODY_FONT);
        }
        String meta = meta(speech);
        if (!meta.isEmpty()) {
            run(paragraph(doc, null), meta, DocxStyles.BODY_FONT).setColor(GREY);
        }
        if (options.includeKeywords() && !notes.keywords().isEmpty()) {
            paragraph(doc, null, labels.keywords() + labels.colon() + String.join("、", notes.keywords()),
                    DocxStyles.BODY_FONT);
        }
        for (Section section : notes.sections()) {
            section.headings().forEach(h -> paragraph(doc, DocxStyles.heading(h.headingLevel() + headingOffset),
                    h.text(), DocxStyles.HEADING_FONT));
            section.notes().forEach(n -> appendNote(doc, n));
        }
        if (options.includeLookups() && !notes.lookups().isEmpty()) {
            paragraph(doc, DocxStyles.heading(1 + headingOffset), labels.lookups(), DocxStyles.HEADING_FONT);
            notes.lookups().forEach(term -> appendTerm(doc, term));
        }
        if (!notes.orphaned().isEmpty()) {
            paragraph(doc, DocxStyles.heading(1 + headingOffset), labels.orphaned(), DocxStyles.HEADING_FONT);
            paragraph(doc, null, labels.orphanedHint(), DocxStyles.BODY_FONT);
            notes.orphaned().forEach(n -> appendNote(doc, n));
        }
    }

    private String meta(Speech speech) {
        StringBuilder meta = new StringBuilder();
        appendPart(meta, labels.author(), speech.author());
        appendPart(meta, labels.date(), speech.date());
        appendPart(meta, labels.source(), String.join("、", speech.collections()));
        return meta.toString();
    }

    private void appendPart(StringBuilder meta, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            meta.append(meta.isEmpty() ? "" : "　").append(label).append(labels.colon()).append(value);
        }
    }

    private void appendNote(XWPFDocument doc, Note n) {
        Annotation a = n.annotation();
        XWPFParagraph quoted = paragraph(doc, DocxStyles.QUOTE);
        boolean inSentence = options.includeSentences() && n.hasSentence();
        if (inSentence && !n.before().isEmpty()) {
            lines(quoted, n.before(), DocxStyles.QUOTE_FONT);
        }
        XWPFRun quote = lines(quoted, a.quote(), DocxStyles.QUOTE_FONT);
        if (inSentence) {
            quote.setBold(true);
        }
        if (inSentence && !n.after().isEmpty()) {
            lines(quoted, n.after(), DocxStyles.QUOTE_FONT);
        }
        if (a.color() != null) {
            CTShd shade = quote.getCTR().getRPr().addNewShd();
            shade.setVal(STShd.CLEAR);
            shade.setColor("auto");
            shade.setFill(SHADES.get(a.color()));
        }
        if (!a.note().isBlank()) {
            lines(paragraph(doc, DocxStyles.NOTE), a.note().strip(), DocxStyles.BODY_FONT);
        }
        if (!a.tags().isEmpty()) {
            String tags = String.join("  ", a.tags().stream().map(t -> "#" + t).toList());
            run(paragraph(doc, DocxStyles.NOTE), tags, DocxStyles.BODY_FONT).setColor(GREY);
        }
    }

    private void appendTerm(XWPFDocument doc, TermNote term) {
        XWPFParagraph p = paragraph(doc, null);
        run(p, term.term(), DocxStyles.HEADING_FONT).setBold(true);
        if (!term.pinyin().isEmpty()) {
            run(p, "  " + term.pinyin(), DocxStyles.BODY_FONT).setColor(GREY);
        }
        if (!term.definition().isEmpty()) {
            run(p, "  " + term.definition(), DocxStyles.BODY_FONT);
        }
        if (!term.sentence().isEmpty()) {
            paragraph(doc, DocxStyles.NOTE, term.sentence(), DocxStyles.QUOTE_FONT);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, @Nullable String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        return p;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, @Nullable String style, String text, String eastAsiaFont) {
        XWPFParagraph p = paragraph(doc, style);
        run(p, text, eastAsiaFont);
        return p;
    }

    /**
     * A run with its East Asian font named on the run itself as well as in the style: WPS and older Word
     * versions pick a run's Chinese font from there. Callers add formatting in schema order after the font.
     */
    private static XWPFRun run(XWPFParagraph p, String text, String eastAsiaFont) {
        XWPFRun run = p.createRun();
        run.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
        run.setText(text);
        return run;
    }

    /** One run holding text of several lines, the lines kept as line breaks. */
    private static XWPFRun lines(XWPFParagraph p, String text, String eastAsiaFont) {
        String[] lines = text.split("\r?\n", -1);
        XWPFRun run = run(p, lines[0], eastAsiaFont);
        for (int i = 1; i < lines.length; i++) {
            run.addBreak();
            run.setText(lines[i]);
        }
        return run;
    }
}
