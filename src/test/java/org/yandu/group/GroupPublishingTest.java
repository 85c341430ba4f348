package org.yandu.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossaryService;
import org.yandu.glossary.GlossarySource;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;
import org.yandu.library.SourceFile;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;
import org.yandu.library.SpeechDraft;
import org.yandu.library.StudyCopy;
import org.yandu.library.group.GroupCollections;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupException;
import org.yandu.library.group.GroupGlossary;
import org.yandu.library.group.GroupTerm;
import org.yandu.library.group.TestGroup;
import org.yandu.text.ChineseText;

/**
 * What organisers publish besides speeches, through a real PostgreSQL server into real libraries: the group's
 * glossary, which every member's segmentation and lookups take up, and collections, which members get as folders.
 */
class GroupPublishingTest {
    /** HanLP cuts it in two; the group's glossary makes it one word. */
    private static final String TERM = "根本保证";

    @RegisterExtension
    static final TestGroup group = new TestGroup();
    private static ChineseText text;

    @TempDir
    Path dir;
    private LibraryStore wang;
    private LibraryStore zhou;

    @BeforeAll
    static void loadHanLp() {
        text = ChineseText.load();
    }

    @BeforeEach
    void openLibraries() {
        wang = group.library(dir.resolve("wang.db"), group.wang());
        zhou = group.library(dir.resolve("zhou.db"), group.organiser());
    }

    @AfterEach
    void closeLibraries() {
        wang.close();
        zhou.close();
    }

    @Test
    void anOrganisersTermIsOneWordForEveryMemberUntilTakenOut() {
        GlossaryService glossary = GlossaryService.open(wang, text);
        glossary.segmentPending(done -> { });
        assertFalse(wordsOf(wang, TERM).contains(TERM), "HanLP alone cuts it");
        try (GroupConnection organiser = group.connect(group.organiser())) {
            GroupGlossary.put(organiser, new GroupTerm(TERM, "gēn běn bǎo zhèng", "从根本上提供的保障",
                    "fundamental guarantee", List.of("党建"), false, 0));
        }
        assertTrue(group.sync(wang, group.wang()).terms() >= 1, "with any other test's term");
        GlossaryService started = GlossaryService.open(wang, text);
        GlossaryEntry entry = started.glossary().lookup(TERM).exact(GlossarySource.GROUP).get(0);
        assertEquals(List.of("gēn běn bǎo zhèng", "fundamental guarantee", "[党建]"),
                List.of(entry.pinyin(), String.valueOf(entry.english()), entry.tags().toString()),
                "a start after a sync from the command line looks it up at once");
        assertTrue(started.useGroupTerms() >= 1);
        assertTrue(wordsOf(wang, TERM).contains(TERM), "the stored words now keep it whole");
        assertEquals(0, started.useGroupTerms(), "done once");

        try (GroupConnection organiser = group.connect(group.organiser())) {
            assertTrue(GroupGlossary.remove(organiser, TERM));
        }
        assertEquals(1, group.sync(wang, group.wang()).terms());
        assertEquals(1, started.useGroupTerms());
        assertTrue(started.glossary().lookup(TERM).exact(GlossarySource.GROUP).isEmpty());
        assertFalse(wordsOf(wang, TERM).contains(TERM), "cut as HanLP cuts it again");
        assertTrue(wang.group().terms().toSegment().isEmpty(), "the removed term is let go");
    }

    @Test
    void onlyAnOrganiserPutsTerms() {
        try (GroupConnection member = group.connect(group.wang())) {
            assertThrows(GroupException.class, () -> GroupGlossary.put(member, new GroupTerm("群众路线", "", null,
                    null, List.of(), false, 0)));
            assertThrows(GroupException.class, () -> GroupGlossary.remove(member, TERM));
        }
    }

    @Test
    void aLibraryThatLeavesTheGroupStopsUsingItsTerms() {
        try (GroupConnection organiser = group.connect(group.organiser())) {
            GroupGlossary.put(organiser, new GroupTerm("向往作为", "", null, "aspiration as", List.of(), false, 0));
        }
        group.sync(wang, group.wang());
        GlossaryService glossary = GlossaryService.open(wang, text);
        glossary.useGroupTerms();
        assertFalse(glossary.glossary().lookup("向往作为").exact(GlossarySource.GROUP).isEmpty());
        wang.group().leave();
        glossary.useGroupTerms();
        assertTrue(glossary.glossary().lookup("向往作为").exact(GlossarySource.GROUP).isEmpty());
        assertTrue(wang.group().terms().inUse().isEmpty());
    }

    @Test
    void aPublishedCollectionBecomesAFolderOfEachMember() {
        SpeechCollection published = importCollection(zhou, "学习材料汇编");
        try (GroupConnection organiser = group.connect(group.organiser())) {
            assertEquals(2, GroupSync.publish(zhou, organiser, published));
        }
        group.sync(wang, group.wang());
        SpeechCollection folder = folder(wang, "学习材料汇编");
        assertEquals(List.of("在学习会上的讲话", StudyCopy.TITLE), titles(wang, folder),
                "its speeches in order, the one wang had among them");
        group.sync(zhou, group.organiser());
        assertEquals(1, zhou.collections().stream().filter(c -> c.title().equals("学习材料汇编")).count(),
                "the organiser keeps their own collection, not a second one");

        try (GroupConnection organiser = group.connect(group.organiser())) {
            assertEquals(2, GroupSync.publish(zhou, organiser, published), "published again, it is replaced");
            assertTrue(GroupCollections.withdraw(organiser, zhou.group().folders().publishedId(published.id())));
        }
        group.sync(wang, group.wang());
        assertTrue(wang.collections().stream().noneMatch(c -> c.title().equals("学习材料汇编")), "the folder goes");
        assertEquals(2, wang.speeches().size(), "its speeches stay");
        group.sync(zhou, group.organiser());
        folder(zhou, "学习材料汇编");
    }

    private SpeechCollection importCollection(LibraryStore library, String title) {
        SourceFile source = new SourceFile("/speeches/汇编.html", "汇编.html", "html", "UTF-8", 1, "hash-汇编");
        library.recordImport(source, title, List.of(new SpeechDraft("在学习会上的讲话", false, null, "周老师", null, null,
                List.of(), List.of(new ParagraphDraft(ParagraphKind.TITLE, 0, null, "在学习会上的讲话"),
                        ParagraphDraft.body("学习是立身之本。"))), StudyCopy.speech()));
        return folder(library, title);
    }

    private static SpeechCollection folder(LibraryStore library, String title) {
        return library.collections().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    private static List<String> titles(LibraryStore library, SpeechCollection collection) {
        Map<Long, String> titles = new HashMap<>();
        library.speeches().forEach(s -> titles.put(s.id(), s.title()));
        return collection.speechIds().stream().map(titles::get).toList();
    }

    /** The stored words of the paragraph holding {@code words}. */
    private static List<String> wordsOf(LibraryStore library, String words) {
        Speech speech = library.speeches().stream().filter(s -> s.title().equals(StudyCopy.TITLE)).findFirst()
                .orElseThrow();
        Paragraph paragraph = library.paragraphs(speech.id()).stream().filter(p -> p.text().contains(words))
                .findFirst().orElseThrow();
        int[] lengths = library.tokens(speech.id()).get(paragraph.id());
        List<String> cut = new ArrayList<>();
        int at = 0;
        for (int length : lengths) {
            cut.add(paragraph.text().substring(at, at + length));
            at += length;
        }
        return cut;
    }


}
