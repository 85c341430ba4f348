package org.yandu.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The Word document's styles. Headings carry Word's built-in names ("heading 1", style id Heading1) and an
 * outline level, which is what the navigation panes of Word, WPS and LibreOffice look for; every style names
 * its East Asian font (宋体 body, 黑体 headings, 楷体 quotes) so Chinese text never falls back to a Latin font.
 */
final class DocxStyles {
    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String QUOTE_FONT = "楷体";
    static final String TITLE = "Title";
    static final String QUOTE = "Quote";
    static final String NOTE = "Note";
    static final int DEEPEST_HEADING = 4;

    private static final int[] HEADING_SIZES = {32, 28, 24, 24};

    private DocxStyles() {
    }

    /** The style id of heading level {@code level} (1 outermost), deeper levels sharing the deepest style. */
    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(DEEPEST_HEADING, level));
    }

    static void install(XWPFDocument doc) {
        String body = fonts("Times New Roman", BODY_FONT);
        String heading = fonts("Arial", HEADING_FONT);
        StringBuilder headings = new StringBuilder();
        for (int level = 1; level <= DEEPEST_HEADING; level++) {
            headings.append(headingStyle(level, heading));
        }
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(
                    styles(body, heading, fonts("Times New Roman", QUOTE_FONT), headings)).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("the Word styles do not parse", e);
        }
    }

    /** The document's styles: body, title, quote and note, around the heading styles given. */
    private static String styles(String body, String heading, String quote, CharSequence headings) {
        return String.format("""
                <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:docDefaults>
                    <w:rPrDefault><w:rPr>%1$s<w:sz w:val="24"/><w:szCs w:val="24"/>
                      <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
                    <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr>
                    </w:pPrDefault>
                  </w:docDefaults>
                  <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
                    <w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr>%1$s</w:rPr>
                  </w:style>
                  <w:style w:type="paragraph" w:styleId="Title">
                    <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
                    <w:uiPriority w:val="10"/><w:qFormat/>
                    <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/></w:pPr>
                    <w:rPr>%2$s<w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>
                  </w:style>
                  %4$s
                  <w:style w:type="paragraph" w:styleId="Quote">
                    <w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Note"/>
                    <w:uiPriority w:val="29"/><w:qFormat/>
                    <w:pPr><w:keepNext/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="BFBFBF"/></w:pBdr>
                      <w:spacing w:before="240" w:after="60"/><w:ind w:left="420" w:right="420"/></w:pPr>
                    <w:rPr>%3$s</w:rPr>
                  </w:style>
                  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Note">
                    <w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
                    <w:uiPriority w:val="30"/><w:qFormat/>
                    <w:pPr><w:spacing w:after="60"/><w:ind w:left="420"/></w:pPr>
                    <w:rPr>%1$s<w:color w:val="404040"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>
                  </w:style>
                </w:styles>""", body, heading, quote, headings);
    }

    /** The style of heading level {@code level} (1 outermost), in the fonts given. */
    private static String headingStyle(int level, String fonts) {
        int size = HEADING_SIZES[level - 1];
        return String.format("""
                <w:style w:type="paragraph" w:styleId="Heading%1$d">
                  <w:name w:val="heading %1$d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
                  <w:uiPriority w:val="9"/><w:qFormat/>
                  <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="%2$d" w:after="120"/><w:jc w:val="left"/>
                    <w:outlineLvl w:val="%3$d"/></w:pPr>
                  <w:rPr>%4$s<w:b/><w:bCs/><w:sz w:val="%5$d"/><w:szCs w:val="%5$d"/></w:rPr>
                </w:style>
                """, level, level == 1 ? 480 : 240, level - 1, fonts, size);
    }

    private static String fonts(String latin, String eastAsia) {
        return String.format("""
                <w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s" w:hint="eastAsia"/>""",
                latin, latin, eastAsia, latin);
    }
}
