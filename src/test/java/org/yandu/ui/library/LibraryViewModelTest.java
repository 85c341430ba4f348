package org.yandu.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.AssignedReading;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.ui.TestLibraries;

class LibraryViewModelTest {
    @TempDir
    Path dir;
    LibraryStore store;
    LibraryViewModel library = new LibraryViewModel();

    @BeforeEach
    void openLibrary() {
        store = TestLibraries.open(dir);
        library.show(LibrarySnapshot.readFrom(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void collectionsComeFirstWithTheirSpeechesThenLooseSpeeches() {
        List<LibraryNode> roots = library.roots();
        assertEquals(List.of("2024年讲话选编", "教育专题", TestLibraries.LOOSE_TITLE), titles(roots));
        assertTrue(roots.get(0).isFolder());
        assertEquals(List.of(TestLibraries.CLASSROOM_TITLE, TestLibraries.VILLAGE_TITLE),
                titles(roots.get(0).children()));
        assertFalse(roots.get(2).isFolder());
        assertEquals(3, library.speechCount());
    }

    @Test
    void theGroupsAssignmentsComeFirstWithTheirSpeechesAndFollowTheFilter() {
        LibrarySnapshot read = LibrarySnapshot.readFrom(store);
        long loose = read.speeches().stream().filter(s -> s.title().equals(TestLibraries.LOOSE_TITLE)).findFirst()
                .orElseThrow().id();
        long classroom = read.speeches().stream().filter(s -> s.title().equals(TestLibraries.CLASSROOM_TITLE))
                .findFirst().orElseThrow().id();
        AssignedReading week = new AssignedReading("a1", "第一周", LocalDate.parse("2026-12-13"), "", List.of(loose,
                classroom, 9999L), 1, Map.of());
        library.show(new LibrarySnapshot(read.speeches(), read.collections(), read.progress(), List.of(week)));

        LibraryNode first = library.roots().get(0);
        assertEquals(week, first.assignment());
        assertTrue(first.isFolder(), "a folder of speeches");
        assertEquals(List.of(TestLibraries.LOOSE_TITLE, TestLibraries.CLASSROOM_TITLE), titles(first.children()),
                "in the assignment's order, a speech not in the library left out");
        assertEquals(List.of("第一周", "2024年讲话选编", "教育专题", TestLibraries.LOOSE_TITLE),
                titles(library.roots()), "its speeches stay where they are too");
        library.filterProperty().set("第一周");
        assertEquals(2, library.roots().get(0).children().size(), "a matching title keeps all its speeches");
        library.filterProperty().set("群众");
        assertEquals(List.of(TestLibraries.LOOSE_TITLE), titles(library.roots().get(0).children()));
    }

    @Test
    void theFirstSpeechIsTheTopOfTheTreeAsShown() {
        assertEquals(library.roots().get(0).children().get(0).speech().id(), library.firstSpeech().orElseThrow());
        library.filterProperty().set("群众");
        assertEquals(library.roots().get(0).speech().id(), library.firstSpeech().orElseThrow(), "a loose speech");
        library.filterProperty().set("nothing like this");
        assertTrue(library.firstSpeech().isEmpty());
    }

    @Test
    void aSpeechInTwoCollectionsAppearsUnderBoth() {
        long classroomId = library.roots().get(0).children().get(0).speech().id();
        assertEquals(classroomId, library.roots().get(1).children().get(0).speech().id());
    }

    @Test
    void filterKeepsMatchingSpeechesAndTheirCollections() {
        library.filterProperty().set("乡村");
        assertEquals(List.of("2024年讲话选编"), titles(library.roots()));
        assertEquals(List.of(TestLibraries.VILLAGE_TITLE), titles(library.roots().get(0).children()));
        assertTrue(library.isFiltering());
    }

    @Test
    void filterMatchingACollectionTitleKeepsAllOfIt() {
        library.filterProperty().set("专题");
        assertEquals(List.of("教育专题"), titles(library.roots()));
        assertEquals(1, library.roots().get(0).children().size());
    }

    @Test
    void filterNeedsEveryWordAndIgnoresWidthAndCase() {
        library.filterProperty().set("群众 生命线");
        assertEquals(List.of(TestLibraries.LOOSE_TITLE), titles(library.roots()));
        library.filterProperty().set("２０２４");
        assertEquals(List.of("2024年讲话选编"), titles(library.roots()));
        library.filterProperty().set("不存在");
        assertTrue(library.roots().isEmpty());
        library.filterProperty().set("  ");
        assertEquals(3, library.roots().size());
        assertFalse(library.isFiltering());
    }

    @Test
    void newSnapshotKeepsTheFilter() {
        library.filterProperty().set("乡村");
        TestLibraries.add(store, dir, "extra.txt", TestLibraries.longSpeech("乡村产业", 3, 40));
        library.show(LibrarySnapshot.readFrom(store));
        assertEquals(List.of("2024年讲话选编", "乡村产业"), titles(library.roots()));
    }

    @Test
    void manySpeechesInNoCollectionAreShownInPartsUntilTheFilterNarrowsThem() {
        LibrarySnapshot read = LibrarySnapshot.readFrom(store);
        List<Speech> speeches = new ArrayList<>(read.speeches());
        for (int i = 0; i < 2 * LibraryViewModel.PART_SIZE + 500; i++) {
            speeches.add(new Speech(1000 + i, (i == 1500 ? "第一千五百篇" : "讲话") + i, false, null, null, null, null,
                    List.of(), 3, 120, List.of(), List.of()));
        }
        library.show(new LibrarySnapshot(speeches, read.collections(), read.progress(), List.of()));

        List<LibraryNode> roots = library.roots();
        assertEquals(List.of("2024年讲话选编", "教育专题"), titles(roots.subList(0, 2)));
        List<LibraryNode.Part> parts = roots.subList(2, roots.size()).stream().map(LibraryNode::part).toList();
        assertEquals(List.of(new LibraryNode.Part(1, 1000), new LibraryNode.Part(1001, 2000),
                new LibraryNode.Part(2001, 2501)), parts, "the loose speech first, then the 2,500 added");
        assertEquals(TestLibraries.LOOSE_TITLE, roots.get(2).children().get(0).title());
        assertEquals("讲话999", roots.get(3).children().get(0).title());
        assertTrue(roots.get(4).holds(2999) && !roots.get(4).holds(2998), "a part holds its own speeches");
        assertEquals("讲话2499", library.speech(3499).orElseThrow().title());

        library.show(new LibrarySnapshot(speeches.subList(0, 3 + 2 * LibraryViewModel.PART_SIZE + 50),
                read.collections(), read.progress(), List.of()));
        assertEquals(new LibraryNode.Part(1001, 2051), library.roots().get(library.roots().size() - 1).part(),
                "fifty-one speeches after the second thousand join it");

        library.filterProperty().set("第一千五百");
        assertEquals(List.of("第一千五百篇1500"), titles(library.roots()), "a few matches are shown as they are");
    }

    @Test
    void emptyLibraryHasNoRows() {
        LibraryViewModel empty = new LibraryViewModel();
        empty.show(LibrarySnapshot.EMPTY);
        assertTrue(empty.isEmpty());
        assertTrue(empty.roots().isEmpty());
    }

    private static List<String> titles(List<LibraryNode> nodes) {
        return nodes.stream().map(LibraryNode::title).toList();
    }
}
