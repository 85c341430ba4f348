package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library search of speeches' titles, subtitles, abstracts and keywords (issue #15), on real library files. */
class FieldSearchTest {
    private static final String ABSTRACT = "本文论述了反对“四风”、践行群众路线的意义。";

    @TempDir
    Path dir;

    /** A speech whose title and subtitle are its first paragraphs, as a file's own title lines make them. */
    private static SpeechDraft headed(String title, @Nullable String subtitle, String... body) {
        List<ParagraphDraft> paragraphs = new ArrayList<>();
        paragraphs.add(new ParagraphDraft(ParagraphKind.TITLE, 0, null, title));
        if (subtitle != null) {
            paragraphs.add(new ParagraphDraft(ParagraphKind.SUBTITLE, 0, null, subtitle));
        }
        for (String text : body) {
            paragraphs.add(ParagraphDraft.body(text));
        }
        return new SpeechDraft(title, false, subtitle, null, null, ABSTRACT, List.of("作风建设", "调查研究"),
                paragraphs);
    }

    /** A speech whose title is no paragraph of it, as a collection's heading line names a speech. */
    private static SpeechDraft titledApart(String title, String... body) {
        return new SpeechDraft(title, false, null, null, null, null, List.of(),
                List.of(body).stream().map(ParagraphDraft::body).toList());
    }

    private static SourceFile source(String path, String hash) {
        return new SourceFile(path, Path.of(path).getFileName().toString(), "txt", "UTF-8", 100, hash);
    }

    private LibraryStore open() {
        return LibraryStore.open(dir.resolve("library.db"));
    }

    private static List<SpeechField> fields(SearchPage page) {
        return page.fields().stream().map(FieldHit::field).toList();
    }

    @Test
    void aTitleThatIsNoParagraphIsFound() {
        try (LibraryStore store = open()) {
            store.recordImport(source("/a/one.txt", "h1"), "文集",
                    List.of(titledApart("在纪念大会上的讲话", "同志们：今天我们隆重集会。")));
            SearchPage page = store.searchLibrary("纪念大会", 10, 0);
            assertEquals(1, page.total());
            assertEquals(List.of(SpeechField.TITLE), fields(page));
            assertEquals("在纪念大会上的讲话", page.fields().get(0).text());
            assertEquals("在纪念大会上的讲话", page.fields().get(0).speechTitle());
            assertEquals(List.of(), page.hits());
        }
    }

    @Test
    void aTitleThatIsAlsoTheTitleParagraphIsFoundOnceAsTheTitle() {
        try (LibraryStore store = open()) {
            store.recordImport(source("/a/one.txt", "h1"), null,
                    List.of(headed("论群众路线", "——在座谈会上的讲话", "群众路线是党的生命线。")));
            SearchPage title = store.searchLibrary("论群众", 10, 0);
            assertEquals(1, title.total());
            assertEquals(List.of(SpeechField.TITLE), fields(title));
            assertEquals(List.of(), title.hits());
            SearchPage subtitle = store.searchLibrary("座谈会", 10, 0);
            assertEquals(1, subtitle.total());
            assertEquals(List.of(SpeechField.SUBTITLE), fields(subtitle));
            assertEquals(List.of(), subtitle.hits());
            assertEquals(1, store.search("论群众", 10, 0).total(), "lookups still count the title line's words");
        }
    }

    @Test
    void theAbstractAndTheKeywordsAreFoundAndAFieldMatchComesFirst() {
        try (LibraryStore store = open()) {
            store.recordImport(source("/a/one.txt", "h1"), null,
                    List.of(headed("甲", null, "我们要大兴调查研究之风。")));
            SearchPage abstractText = store.searchLibrary("践行", 10, 0);
            assertEquals(List.of(SpeechField.ABSTRACT), fields(abstractText));
            assertEquals(ABSTRACT, abstractText.fields().get(0).text());
            SearchPage keywords = store.searchLibrary("调查研究", 10, 0);
            assertEquals(2, keywords.total(), "the keyword and the paragraph");
            assertEquals(List.of(SpeechField.KEYWORDS), fields(keywords));
            assertEquals("作风建设；调查研究", keywords.fields().get(0).text());
            assertEquals(1, keywords.hits().size());
        }
    }

    @Test
    void aQueryWithOtherQuotesOrWidthFindsTheFieldText() {
        try (LibraryStore store = open()) {
            store.recordImport(source("/a/one.txt", "h1"), null, List.of(headed("甲", null, "正文。")));
            for (String query : List.of("“四风”", "「四风」", "\"四风\"", "四风” 践行")) {
                assertEquals(List.of(SpeechField.ABSTRACT), fields(store.searchLibrary(query, 10, 0)), query);
            }
        }
    }

    @Test
    void aTitleMadeFromTheOpeningWordsIsFoundOnlyAsTheirParagraph() {
        try (LibraryStore store = open()) {
            store.recordImport(source("/a/one.txt", "h1"), null, List.of(new SpeechDraft("同志们今天我们隆重集会",
                    true, null, null, null, null, List.of(), List.of(ParagraphDraft.body("同志们今天我们隆重集会。")))));
            SearchPage page = store.searchLibrary("隆重集会", 10, 0);
            assertEquals(1, page.total());
            assertEquals(List.of(), page.fields());
            assertEquals(1, page.hits().size());
        }
    }

    @Test
    void aSpeechRemovedOrCorrectedByAReimportLeavesNoStaleFieldHits() {
        try (LibraryStore store = open()) {
            String kept = "密切联系群众是我们党的优良作风，也是我们党的最大政治优势。";
            store.recordImport(source("/a/one.txt", "h1"), null,
                    List.of(headed("甲篇", null, kept, "旧的一段话。"), titledApart("乙篇讲话", "另一篇讲话的正文。")));
            assertEquals(1, store.searchLibrary("乙篇", 10, 0).total());
            SpeechDraft corrected = new SpeechDraft("甲篇", false, null, null, null, "改正后的摘要。", List.of(),
                    headed("甲篇", null, kept, "改正后的一段话。").paragraphs());
            store.recordImport(source("/a/one.txt", "h2"), null, List.of(corrected));
            assertEquals(List.of("甲篇"), store.speeches().stream().map(Speech::title).toList());
            assertEquals(0, store.searchLibrary("乙篇", 10, 0).total(), "the removed speech's title");
            assertEquals(0, store.searchLibrary("践行", 10, 0).total(), "the corrected speech's old abstract");
            assertEquals(0, store.searchLibrary("作风建设", 10, 0).total(), "its old keywords");
            assertEquals(List.of(SpeechField.ABSTRACT), fields(store.searchLibrary("改正后的摘", 10, 0)));
            assertEquals(List.of(SpeechField.TITLE), fields(store.searchLibrary("甲篇", 10, 0)));
        }
    }

    @Test
    void pastTenThousandMatchesTheLibrarySearchSaysMoreThanAndStillPagesToTheLast() {
        int paragraphs = Searches.COUNTED_UP_TO + 50;
        List<String> body = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            body.add("第" + i + "段：联系群众。");
        }
        try (LibraryStore store = open()) {
            store.recordImport(source("/a/long.txt", "h1"), null,
                    List.of(titledApart("长文", body.toArray(String[]::new))));
            SearchPage first = store.searchLibrary("群众", 20, 0);
            assertEquals(Searches.COUNTED_UP_TO, first.total());
            assertFalse(first.exact(), "more than ten thousand match");
            assertEquals(List.of("第0段：联系群众。", "第19段：联系群众。"), List.of(first.hits().get(0).paragraph().text(),
                    first.hits().get(19).paragraph().text()), "in the library's order");
            SearchPage last = store.searchLibrary("群众", 20, paragraphs - 10);
            assertEquals(paragraphs, last.total());
            assertTrue(last.exact(), "counted as far as the page asked for");
            assertEquals(10, last.hits().size());
            assertEquals("第" + (paragraphs - 1) + "段：联系群众。", last.hits().get(9).paragraph().text());
            assertEquals(paragraphs, store.search("群众", 5, 0).total(), "lookups count every occurrence");
            SearchPage few = store.searchLibrary("第1段", 20, 0);
            assertTrue(few.exact());
            assertEquals(1, few.total());
        }
    }

    @Test
    void pagesRunThroughTheFieldsThenTheParagraphsWithoutGapOrRepeat() {
        List<SpeechDraft> speeches = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            speeches.add(headed("群众工作第" + i + "讲", null, "第" + i + "篇：联系群众。", "第" + i + "篇：依靠群众。"));
        }
        try (LibraryStore store = open()) {
            store.recordImport(source("/a/one.txt", "h1"), null, speeches);
            int pageSize = 3;
            SearchPage first = store.searchLibrary("群众", pageSize, 0);
            assertEquals(4 + 4 + 8, first.total(), "titles, abstracts and paragraphs, each once");
            List<String> seen = new ArrayList<>();
            List<SpeechField> order = new ArrayList<>();
            for (int offset = 0; offset < first.total(); offset += pageSize) {
                SearchPage page = store.searchLibrary("群众", pageSize, offset);
                assertEquals(first.total(), page.total());
                assertEquals(Math.min(pageSize, first.total() - offset), page.fields().size() + page.hits().size());
                page.fields().forEach(f -> seen.add(f.field() + " " + f.speechId()));
                page.fields().forEach(f -> order.add(f.field()));
                page.hits().forEach(h -> seen.add("paragraph " + h.paragraph().id()));
            }
            assertEquals(first.total(), new HashSet<>(seen).size(), "no match twice: " + seen);
            assertEquals(List.of(SpeechField.TITLE, SpeechField.TITLE, SpeechField.TITLE, SpeechField.TITLE,
                    SpeechField.ABSTRACT, SpeechField.ABSTRACT, SpeechField.ABSTRACT, SpeechField.ABSTRACT), order);
            assertTrue(seen.subList(8, seen.size()).stream().allMatch(s -> s.startsWith("paragraph")));
        }
    }

    @Test
    void aLibraryMadeBeforeFieldsWereSearchedHasThemIndexedWhenOpened() throws Exception {
        Path file = EarlierVersions.write(dir.resolve("library.db"), 14,
                EarlierVersions.ONE_SOURCE,
                "INSERT INTO speeches(id, title, subtitle, abstract, keywords, fingerprint, char_count,"
                        + " added_at) VALUES (1, '论群众路线', '在座谈会上', '反对“四风”。', '作风；调研', 'f', 9, 'now')",
                "INSERT INTO speeches(id, title, title_derived, fingerprint, char_count, added_at)"
                        + " VALUES (2, '同志们好', 1, 'g', 5, 'now')",
                "INSERT INTO paragraphs(id, speech_id, position, kind, text) VALUES"
                        + " (1, 1, 0, 'TITLE', '论群众路线'), (2, 1, 1, 'BODY', '正文。'), (3, 2, 0, 'BODY', '同志们好。')",
                "INSERT INTO paragraph_pairs(rowid, pairs) SELECT id, yandu_pairs(text) FROM paragraphs",
                "INSERT INTO paragraph_chars(rowid, chars) SELECT id, yandu_chars(text) FROM paragraphs",
                "INSERT INTO speech_sources VALUES (1, 1, 0), (2, 1, 1)");
        try (LibraryStore store = LibraryStore.open(file)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            SearchPage title = store.searchLibrary("群众路线", 10, 0);
            assertEquals(1, title.total());
            assertEquals(List.of(SpeechField.TITLE), fields(title));
            assertEquals(List.of(SpeechField.SUBTITLE), fields(store.searchLibrary("座谈", 10, 0)));
            assertEquals(List.of(SpeechField.ABSTRACT), fields(store.searchLibrary("「四风」", 10, 0)));
            assertEquals(List.of(SpeechField.KEYWORDS), fields(store.searchLibrary("调研", 10, 0)));
            SearchPage derived = store.searchLibrary("同志们", 10, 0);
            assertEquals(1, derived.total());
            assertEquals(List.of(), derived.fields());
        }
    }
}
