package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.reading.DisplayItem;
import org.yandu.reading.MetaField;
import org.yandu.reading.OutlineEntry;
import org.yandu.reading.ReadingPosition;
import org.yandu.reading.SpeechDocument;
import org.yandu.ui.TestLibraries;

class ReaderViewModelTest {
    @TempDir
    Path dir;
    LibraryStore store;
    ReaderViewModel reader = new ReaderViewModel();

    @BeforeEach
    void openLibrary() {
        store = TestLibraries.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void titleBlockThenHeaderThenTheSpeechWithStyleClasses() {
        SpeechDocument doc = document(TestLibraries.CLASSROOM_TITLE);
        List<DisplayItem> items = doc.items();
        assertEquals(List.of("title"), items.get(0).styleClasses());
        assertEquals(List.of("subtitle"), items.get(1).styleClasses());
        assertEquals(List.of("author"), items.get(2).styleClasses());
        DisplayItem facts = items.get(3);
        assertEquals(DisplayItem.Role.META, facts.role());
        assertEquals(List.of("meta.date", "meta.sources"), facts.fields().stream().map(MetaField::labelKey).toList(),
                "the author already has its own line");
        assertEquals("2024-09-09", facts.fields().get(0).value());
        assertEquals(TestLibraries.COLLECTION_TITLE + "，教育专题", facts.fields().get(1).value(),
                "the collections that hold it, not the names of the files it came from");
        assertEquals("meta.abstract", items.get(4).fields().get(0).labelKey());
        assertEquals("教育；强国", items.get(5).fields().get(0).value());
        assertEquals(TestLibraries.CLASSROOM_BODY, items.get(6).text());
        assertEquals(List.of("body"), items.get(6).styleClasses());
        assertEquals(List.of("heading", "heading-1"), items.get(7).styleClasses());
        assertEquals(2, items.get(8).leadInLength());
    }

    @Test
    void outlineHasHeadingsByLevelAndLeadInsUnderTheirHeading() {
        SpeechDocument doc = document(TestLibraries.CLASSROOM_TITLE);
        List<OutlineEntry> outline = doc.outline();
        assertEquals(List.of("一、坚持党的全面领导", "一是把牢政治方向", "二是健全体制机制", "（一）深化教育综合改革",
                "二、建设高素质教师队伍", "第一，要弘扬教育家精神"), outline.stream().map(OutlineEntry::label).toList());
        assertEquals(List.of(0, 1, 1, 1, 0, 1), outline.stream().map(OutlineEntry::depth).toList());
        assertEquals(List.of(false, true, true, false, false, true),
                outline.stream().map(OutlineEntry::leadIn).toList());
        for (OutlineEntry entry : outline) {
            assertTrue(doc.items().get(entry.itemIndex()).text().startsWith(entry.label().substring(0, 2)));
        }
    }

    @Test
    void outlineDepthsStartAtTheSpeechsTopLevel() {
        SpeechDocument doc = document(TestLibraries.LOOSE_TITLE);
        assertEquals(1, doc.outline().size());
        assertEquals(0, doc.outline().get(0).depth(), "a speech whose only headings are level 3 starts at the margin");
        assertEquals(DisplayItem.Role.TITLE, doc.items().get(0).role(),
                "a derived title is shown though no paragraph holds it");
        assertEquals(-1, doc.items().get(0).paragraph());
    }

    @Test
    void followsTheSectionBeingReadAndJumps() {
        SpeechDocument doc = document(TestLibraries.CLASSROOM_TITLE);
        reader.show(doc, 0);
        assertNull(reader.currentEntryProperty().get());
        OutlineEntry second = doc.outline().get(4);
        ScrollRequest before = reader.scrollRequestProperty().get();
        reader.jumpTo(second);
        assertEquals(second.itemIndex(), reader.topItemProperty().get());
        assertEquals(second, reader.currentEntryProperty().get());
        assertNotEquals(before, reader.scrollRequestProperty().get());
        reader.topItemProperty().set(second.itemIndex() - 1);
        assertEquals(doc.outline().get(3), reader.currentEntryProperty().get());
    }

    @Test
    void repeatedJumpToTheSamePlaceIsANewRequest() {
        SpeechDocument doc = document(TestLibraries.CLASSROOM_TITLE);
        reader.show(doc, 0);
        reader.jumpTo(doc.outline().get(0));
        ScrollRequest first = reader.scrollRequestProperty().get();
        reader.jumpTo(doc.outline().get(0));
        assertNotEquals(first, reader.scrollRequestProperty().get());
    }

    @Test
    void readingPositionIsALibraryParagraph() {
        SpeechDocument doc = document(TestLibraries.CLASSROOM_TITLE);
        reader.show(doc, 7);
        assertEquals(7, doc.items().get(reader.topItemProperty().get()).paragraph());
        assertEquals(new ReadingPosition(doc.speech().id(), 7), reader.readingPosition().orElseThrow());
        reader.topItemProperty().set(4);
        assertEquals(3, reader.readingPosition().orElseThrow().paragraph(),
                "header lines count as the first paragraph after them");
    }

    @Test
    void leadInLabelIsCutToItsFirstClause() {
        DisplayItem item = new DisplayItem(DisplayItem.Role.BODY, 0, 0,
                "三是融入敢担当，把群众的事当作大事来办", 2, List.of());
        assertEquals("三是融入敢担当", SpeechDocument.leadInLabel(item));
        DisplayItem longClause = new DisplayItem(DisplayItem.Role.BODY, 0, 0,
                "其次要把全部心思和精力用在为群众排忧解难上充分发挥先锋模范作用", 2, List.of());
        assertEquals("其次要把全部心思和精力用在为群众排忧…", SpeechDocument.leadInLabel(longClause));
    }

    private SpeechDocument document(String title) {
        Speech speech = store.speeches().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
        return SpeechDocument.of(speech, store.paragraphs(speech.id()));
    }
}
