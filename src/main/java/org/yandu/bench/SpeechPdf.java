package org.yandu.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a speech as an official document prints it (GB/T 9704): A4, 16 pt body text with two characters of first
 * line indent hard-wrapped at 28 characters, the title larger and centred on the first page, the lines under it
 * centred, a running header at the top of each page and "— N —" at the bottom. What the PDF importer is measured and
 * tested on; the text is shown line by line as word processors write it.
 */
public final class SpeechPdf {
    /** A running header as a study booklet prints one on every page. */
    public static final String RUNNING_HEADER = "学习参考资料 · 群众路线专题";
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = 74;
    private static final float BODY = 16;
    private static final float LINE_WIDTH = 28 * BODY;
    private static final float PITCH = 28.9f;
    private static final float TOP = HEIGHT - 100;
    private static final float BOTTOM = 130;
    private static final float TITLE = 22;
    private static final float HEADER = 10.5f;
    private static final float FOOTER = 14;

    /** A font to write with: its resource dictionary, its glyphs' widths and its encoding of text. */
    public interface Font {
        COSDictionary dictionary();

        /** The width of {@code c} in thousandths of the font size. */
        float width(int c) throws IOException;

        byte[] encode(String text) throws IOException;

        /** Whether the font has a glyph for {@code c}; the others are shown in STSong-Light, as Word falls back. */
        default boolean has(int c) {
            return true;
        }

        /**
         * STSong-Light with the UniGB-UCS2-H encoding, not embedded: the standard Chinese font of the PDF
         * specification that every reader supplies, as government documents use it. Text is shown as UCS-2 codes;
         * the CMap maps them to Adobe-GB1 glyphs, the first 95 of which are the half-width ASCII ones.
         */
        static Font stSongLight() {
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "STSong-Light");
            descriptor.setInt(COSName.FLAGS, 6);
            descriptor.setItem(COSName.FONT_BBOX, numbers(-25, -254, 1000, 880));
            descriptor.setInt(COSName.ITALIC_ANGLE, 0);
            descriptor.setInt(COSName.ASCENT, 880);
            descriptor.setInt(COSName.DESCENT, -120);
            descriptor.setInt(COSName.CAP_HEIGHT, 880);
            descriptor.setInt(COSName.STEM_V, 93);
            COSDictionary system = new COSDictionary();
            system.setItem(COSName.REGISTRY, new COSString("Adobe"));
            system.setItem(COSName.ORDERING, new COSString("GB1"));
            system.setInt(COSName.SUPPLEMENT, 2);
            COSDictionary cidFont = new COSDictionary();
            cidFont.setItem(COSName.TYPE, COSName.FONT);
            cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
            cidFont.setName(COSName.BASE_FONT, "STSong-Light");
            cidFont.setItem(COSName.CIDSYSTEMINFO, system);
            cidFont.setItem(COSName.FONT_DESC, descriptor);
            cidFont.setInt(COSName.DW, 1000);
            cidFont.setItem(COSName.W, numbers(1, 95, 500));
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE0);
            font.setName(COSName.BASE_FONT, "STSong-Light");
            font.setName(COSName.ENCODING, "UniGB-UCS2-H");
            COSArray descendants = new COSArray();
            descendants.add(cidFont);
            font.setItem(COSName.DESCENDANT_FONTS, descendants);
            return new Font() {
                @Override
                public COSDictionary dictionary() {
                    return font;
                }

                @Override
                public float width(int c) {
                    return c < 0x7f ? 500 : 1000;
                }

                @Override
                public byte[] encode(String text) {
                    return text.getBytes(StandardCharsets.UTF_16BE);
                }
            };
        }

        /** A TrueType font file embedded (as a subset of the glyphs used), as Word and WPS export a document. */
        static Font embedded(PDDocument document, Path trueType) throws IOException {
            PDType0Font font = PDType0Font.load(document, trueType.toFile());
            Map<Integer, Boolean> glyphs = new HashMap<>();
            return new Font() {
                @Override
                public COSDictionary dictionary() {
                    return font.getCOSObject();
                }

                @Override
                public float width(int c) throws IOException {
                    return font.getStringWidth(Character.toString(c));
                }

                @Override
                public byte[] encode(String text) throws IOException {
                    text.codePoints().forEach(font::addToSubset);
                    return font.encode(text);
                }

                @Override
                public boolean has(int c) {
                    return glyphs.computeIfAbsent(c, this::encodes);
                }

                private boolean encodes(int c) {
                    try {
                        font.encode(Character.toString(c));
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                }
            };
        }
    }

    /** The document being laid out: its pages so far and the text of the one being filled. */
    private final PDDocument document;
    private final Font font;
    private final Font fallback = Font.stSongLight();
    private final StringBuilder content = new StringBuilder();
    private final List<String> pages = new ArrayList<>();
    private float y = TOP;

    private SpeechPdf(PDDocument document, Font font) {
        this.document = document;
        this.font = font;
    }

    /** As many characters as a full page holds, 22 lines of 28: text of N times this fills at least N pages. */
    public static final int CHARACTERS_PER_PAGE = 22 * 28;

    /**
     * Writes {@code title}, the {@code front} lines centred under it and the {@code paragraphs} to {@code file}.
     *
     * @param font made for {@code document}
     * @return the number of pages written
     */
    public static int write(PDDocument document, Font font, String title, List<String> front,
            List<String> paragraphs, Path file) throws IOException {
        SpeechPdf pdf = new SpeechPdf(document, font);
        pdf.centred(title, TITLE);
        pdf.y -= PITCH;
        for (String line : front) {
            pdf.centred(line, BODY);
        }
        pdf.y -= PITCH / 2;
        for (String paragraph : paragraphs) {
            pdf.paragraph(paragraph);
        }
        pdf.endPage();
        pdf.save(file);
        return pdf.pages.size();
    }

    /**
     * Writes the text of a speech file's lines as {@link #write} does: its first line the title, the short lines
     * before its first long one (a subtitle, an organisation, a date) under it, the rest its paragraphs.
     */
    public static void writeSpeech(PDDocument document, Font font, List<String> lines, Path file)
            throws IOException {
        List<String> text = lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        int body = 1;
        while (body < text.size() && text.get(body).length() <= 40) {
            body++;
        }
        write(document, font, text.get(0), text.subList(1, body), text.subList(body, text.size()), file);
    }

    /** A line centred on the page; a long one (a title) wrapped into centred lines. */
    private void centred(String line, float size) throws IOException {
        for (String part : wrap(line, size, 0)) {
            show(part, size, (WIDTH - width(part, size)) / 2, nextLine());
        }
    }

    private void paragraph(String paragraph) throws IOException {
        float indent = 2 * BODY;
        for (String line : wrap(paragraph, BODY, indent)) {
            show(line, BODY, LEFT + indent, nextLine());
            indent = 0;
        }
    }

    /** The text in lines as wide as the body text, the first after {@code indent}. */
    private List<String> wrap(String text, float size, float indent) throws IOException {
        List<String> lines = new ArrayList<>();
        float room = LINE_WIDTH - indent;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            float width = 0;
            while (end < text.length() && width + width(text.codePointAt(end), size) <= room + 0.01f) {
                width += width(text.codePointAt(end), size);
                end += Character.charCount(text.codePointAt(end));
            }
            lines.add(text.substring(start, end));
            room = LINE_WIDTH;
            start = end;
        }
        return lines;
    }

    /** The baseline of the next line, on a new page when this one is full. */
    private float nextLine() throws IOException {
        if (y < BOTTOM) {
            endPage();
        }
        float at = y;
        y -= PITCH;
        return at;
    }

    private void endPage() throws IOException {
        if (content.length() == 0) {
            return;
        }
        String header = RUNNING_HEADER;
        show(header, HEADER, (WIDTH - width(header, HEADER)) / 2, HEIGHT - 56);
        String number = "— " + (pages.size() + 1) + " —";
        show(number, FOOTER, (WIDTH - width(number, FOOTER)) / 2, 56);
        pages.add(content.toString());
        content.setLength(0);
        y = TOP;
    }

    /** One line of text, in runs of the font and of the fallback for the characters the font lacks. */
    private void show(String text, float size, float x, float baseline) throws IOException {
        content.append(String.format(Locale.ROOT, "BT 1 0 0 1 %.2f %.2f Tm", x, baseline));
        int start = 0;
        while (start < text.length()) {
            boolean own = font.has(text.codePointAt(start));
            int end = start;
            while (end < text.length() && font.has(text.codePointAt(end)) == own) {
                end += Character.charCount(text.codePointAt(end));
            }
            Font run = own ? font : fallback;
            content.append(String.format(Locale.ROOT, " /%s %.1f Tf <%s> Tj", own ? "F1" : "F2", size,
                    HexFormat.of().formatHex(run.encode(text.substring(start, end)))));
            start = end;
        }
        content.append(String.format(Locale.ROOT, " ET%n"));
    }

    private void save(Path file) throws IOException {
        COSDictionary fonts = new COSDictionary();
        fonts.setItem("F1", font.dictionary());
        fonts.setItem("F2", fallback.dictionary());
        for (String page : pages) {
            PDPage pdfPage = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            pdfPage.setResources(resources);
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(page.getBytes(StandardCharsets.US_ASCII));
            }
            pdfPage.setContents(stream);
            document.addPage(pdfPage);
        }
        document.save(file.toFile());
    }

    private float width(String text, float size) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            width += width(text.codePointAt(i), size);
        }
        return width;
    }

    private float width(int c, float size) throws IOException {
        return (font.has(c) ? font : fallback).width(c) * size / 1000;
    }

    private static COSArray numbers(int... values) {
        COSArray array = new COSArray();
        for (int value : values) {
            array.add(COSInteger.get(value));
        }
        return array;
    }
}
