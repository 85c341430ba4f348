package org.yandu.export;

/** The stylesheet of the HTML export: Chinese fonts of every platform, soft highlight colours, print rules. */
final class HtmlStyle {
    static final String CSS = """
            :root {
              --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", "宋体", serif;
              --sans: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
                      "Microsoft YaHei", "微软雅黑", "SimHei", "黑体", sans-serif;
            }
            body { margin: 0; background: #fafaf7; color: #222; font-family: var(--serif); font-size: 17px;
                   line-height: 1.8; }
            main { max-width: 46em; margin: 0 auto; padding: 2em 1.5em 4em; }
            h1, h2, h3, h4, h5, h6, .export-title, dt, figcaption, .tag { font-family: var(--sans); }
            h1 { font-size: 1.7em; line-height: 1.4; margin: 1.6em 0 0.3em; }
            h2 { font-size: 1.3em; margin: 1.6em 0 0.5em; }
            h3, h4, h5, h6 { font-size: 1.1em; margin: 1.3em 0 0.4em; }
            header.export { color: #666; border-bottom: 1px solid #ddd; }
            .export-title { font-size: 1.1em; margin: 0; }
            .exported { font-size: 0.85em; margin: 0.2em 0 0.8em; }
            .subtitle { color: #555; margin: 0 0 0.5em; }
            dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0 1em; color: #555;
                      font-size: 0.9em; }
            dl.meta dt, dl.meta dd { margin: 0; }
            .keywords { color: #555; font-size: 0.95em; }
            figure.note { margin: 1.2em 0; padding: 0.6em 1em; border-left: 4px solid #bbb; background: #fff;
                          break-inside: avoid; page-break-inside: avoid; }
            figure.note blockquote { margin: 0; padding: 0.1em 0.3em; }
            figure.note figcaption { font-size: 0.75em; color: #888; }
            .note-text { white-space: pre-wrap; margin-top: 0.5em; }
            .tags { margin: 0.4em 0 0; }
            .tag { font-size: 0.8em; color: #3a6ea5; margin-right: 0.6em; }
            figure.yellow { border-color: #e6c700; } figure.yellow blockquote { background: #fff6bf; }
            figure.green { border-color: #52b04f; } figure.green blockquote { background: #dff3d8; }
            figure.blue { border-color: #4a8fd8; } figure.blue blockquote { background: #dcebfb; }
            figure.pink { border-color: #e0709b; } figure.pink blockquote { background: #fbe0ea; }
            figure.purple { border-color: #9a6fd0; } figure.purple blockquote { background: #ece2f8; }
            figure.orange { border-color: #ec8a2d; } figure.orange blockquote { background: #fde7d2; }
            dl.terms dt { margin-top: 0.8em; font-weight: bold; }
            dl.terms .pinyin { font-weight: normal; color: #666; margin-left: 0.6em; }
            dl.terms dd { margin-left: 1.5em; }
            dl.terms dd p { margin: 0.1em 0; }
            .sentence { color: #555; }
            .orphaned .hint { color: #888; font-size: 0.9em; }
            @page { size: A4; margin: 2cm; }
            @media print {
              body { background: #fff; font-size: 11pt; }
              main { max-width: none; padding: 0; }
              article.speech + article.speech { break-before: page; page-break-before: always; }
              h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
              figure.note, figure.note blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private HtmlStyle() {
    }
}
