package org.yandu.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.yandu.BundledLibrary;
import org.yandu.glossary.GlossaryService;
import org.yandu.importer.ImportProgress;
import org.yandu.importer.Importer;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;
import org.yandu.library.UserTerm;
import org.yandu.text.ChineseText;

/** Real libraries for the export tests: the bundled speeches, with a reader's highlights, notes and words. */
final class StudyLibrary {
    static final Path SPEECHES = BundledLibrary.speeches();
    static final String REPORT = "党的报告提出，要围绕保持党的先进性和纯洁性";
    static final String GUIDE = "新形势下党的群众工作的根本指南";
    static final String OUTER_HEADING = "三、以务实的作风认真做好新时期党的群众工作";
    static final String INNER_HEADING = "(一)深入调研，解决群众热点难题。";
    static final String EMPTY_HEADING = "二、正确看待当前党的群众工作的新情况新特点";
    static final String RESEARCH_QUOTE = "积极探索和掌握适应新形势下做群众工作的新途径新方法新机制";
    static final String SCRIPT_NOTE = "要点：<script>alert(1)</script> & \"引号\"";
    static final String MEANING_QUOTE = "群众路线是毛泽东思想的重要内容";
    static final String MULTILINE_NOTE = "第一行\n第二行";
    static final String GUIDE_QUOTE = "始终把人民群众放在心中最高的位置";
    static final String ORPHAN_QUOTE = "这句话不在任何一篇讲话里";
    static final String USER_TERM = "为民务实清廉";
    static final Instant ORPHAN_CREATED = Instant.parse("2024-03-01T08:00:00Z");

    private static ChineseText text;

    private StudyLibrary() {
    }

    /** A new library at {@code file} holding the bundled speeches. */
    static LibraryStore open(Path file) {
        LibraryStore store = LibraryStore.open(file);
        new Importer(store).importPaths(List.of(SPEECHES), ImportProgress.NONE);
        return store;
    }

    /** A new library with the bundled speeches and everything a reader makes in them. */
    static LibraryStore withNotes(Path file) {
        LibraryStore store = open(file);
        long report = speech(store, REPORT);
        highlight(store, report, RESEARCH_QUOTE, HighlightColor.YELLOW, SCRIPT_NOTE, List.of("重点", "群众 路线"));
        highlight(store, report, MEANING_QUOTE, HighlightColor.GREEN, MULTILINE_NOTE, List.of());
        store.annotations().noteOnParagraph(paragraph(store, report, "同志们").id(), "开头的称呼", List.of("称呼"));
        store.annotations().place(report, ORPHAN_QUOTE, "", "", -1, HighlightColor.PINK, "原文改过了",
                List.of("待查"), ORPHAN_CREATED, ORPHAN_CREATED);
        store.lookups().record(report, "群众路线", "群众路线是毛泽东思想的重要内容，是马克思主义唯物史观在开辟中国特色革命道路中正确运用的典范。");
        store.lookups().record(report, "群众路线", "群众路线是毛泽东思想的重要内容。");
        store.lookups().record(report, "血肉联系", "只有坚持群众路线，才能保证党与群众的血肉联系。");
        store.reading().record(report, 9, 300);
        store.reading().markRead(report, true);
        store.putUserTerm(new UserTerm(USER_TERM, "", "群众路线教育实践活动的主要内容\t（2013年）",
                "serve the people,\npragmatic and clean", List.of("作风 建设")));

        long guide = speech(store, GUIDE);
        highlight(store, guide, GUIDE_QUOTE, HighlightColor.BLUE, "", List.of("重点"));
        store.putAnalysis(guide, "keywords", "群众路线\n群众工作\n");
        return store;
    }

    static ChineseText text() {
        if (text == null) {
            text = ChineseText.load();
        }
        return text;
    }

    static Vocabulary vocabulary(LibraryStore store) {
        return Vocabulary.of(GlossaryService.open(store, text()));
    }

    static long speech(LibraryStore store, String title) {
        return store.speeches().stream().filter(s -> s.title().equals(title)).mapToLong(Speech::id).findFirst()
                .orElseThrow();
    }

    static Paragraph paragraph(LibraryStore store, long speechId, String containing) {
        return store.paragraphs(speechId).stream().filter(p -> p.text().contains(containing)).findFirst().orElseThrow();
    }

    static Annotation highlight(LibraryStore store, long speechId, String words, HighlightColor color, String note,
                                List<String> tags) {
        Paragraph p = paragraph(store, speechId, words);
        int at = p.text().indexOf(words);
        return store.annotations().highlight(p.id(), at, at + words.length(), color, note, tags);
    }

    /** Exports the two annotated speeches to {@code target}. */
    static ExportResult export(LibraryStore store, ExportOptions options, Path target) throws Exception {
        ExportScope scope = ExportScope.speeches(List.of(speech(store, REPORT), speech(store, GUIDE)));
        Vocabulary vocabulary = options.needsGlossary() ? vocabulary(store) : Vocabulary.BARE;
        return new NotesExport(store, vocabulary).export(new ExportRequest(scope, options, target, false),
                ExportProgress.NONE, () -> false);
    }
}
