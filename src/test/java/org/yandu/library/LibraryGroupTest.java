package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.group.GroupMember;
import org.yandu.library.group.GroupNote;
import org.yandu.library.group.NoteState;

/** A library's side of its group: the outbox every note change fills, and the group's changes applied. */
class LibraryGroupTest {
    private static final String URL = "jdbc:postgresql://server/studygroup";

    @TempDir
    Path dir;
    private LibraryStore store;

    @BeforeEach
    void open() {
        store = StudyCopy.open(dir.resolve("library.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void notesWaitForTheGroupOnlyOnceTheLibraryIsInOne() {
        StudyCopy.highlight(store, "群众路线", "");
        assertEquals(0, store.group().outbox().waiting());
        store.group().join(URL, "li");
        assertEquals(1, store.group().outbox().waiting(), "the notes already here go to the group on joining");
        StudyCopy.highlight(store, "生命线", "");
        assertEquals(2, store.group().outbox().waiting());
        assertEquals("li", store.group().membership().orElseThrow().user());
    }

    @Test
    void everyChangeToANoteWaitsAndGoesAsTheNoteIsNow() {
        store.group().join(URL, "li");
        Annotation note = StudyCopy.highlight(store, "群众路线", "初读");
        store.annotations().update(note.id(), HighlightColor.GREEN, "再读", List.of("路线"));
        List<OutgoingNote> outgoing = store.group().outbox().outgoing(100);
        assertEquals(1, outgoing.size(), "one note, however often it changed");
        assertTrue(outgoing.get(0).pushIds().size() >= 3, "made, recoloured and written, tagged");
        NoteState state = outgoing.get(0).state();
        assertEquals(List.of("再读", "GREEN", "路线"), List.of(state.body(), state.colour(), state.tags().get(0)));
        assertTrue(state.anchor().contains("\"quote\":\"群众路线\""), state.anchor());
        assertEquals(fingerprint(), state.speechFingerprint());
        assertFalse(state.deleted());
    }

    @Test
    void aDeletedNoteWaitsAsATombstone() {
        store.group().join(URL, "li");
        Annotation note = StudyCopy.highlight(store, "群众路线", "");
        store.annotations().delete(note.id());
        NoteState state = store.group().outbox().outgoing(100).get(0).state();
        assertTrue(state.deleted());
        assertEquals(fingerprint(), state.speechFingerprint());
    }

    @Test
    void aChangeThatFailsLeavesNothingWaiting() {
        store.group().join(URL, "li");
        Paragraph p = store.paragraphs(store.speeches().get(0).id()).get(1);
        assertThrows(RuntimeException.class, () -> store.annotations().highlight(p.id(), 0, p.text().length() + 5,
                HighlightColor.YELLOW, "", List.of()));
        assertEquals(0, store.group().outbox().waiting());
    }

    @Test
    void aSentNoteStopsWaitingButAChangeMadeWhileItWasSentStillWaits() {
        store.group().join(URL, "li");
        Annotation note = StudyCopy.highlight(store, "群众路线", "");
        List<OutgoingNote> sending = store.group().outbox().outgoing(100);
        store.annotations().update(note.id(), HighlightColor.YELLOW, "寄出时写的", List.of());
        store.group().outbox().sent(sending, List.of(1));
        assertEquals(1, store.group().outbox().waiting());
        assertEquals(1, store.group().outbox().outgoing(100).get(0).state().baseRevision(), "edited from revision 1");
    }

    @Test
    void aNoteFromAnotherDeviceIsPlacedOnItsWordsAndNotSentBack() {
        store.group().join(URL, "li");
        String anchor = "{\"paragraph\":2,\"quote\":\"群众观\",\"prefix\":\"牢固树立正确的\",\"suffix\":\"。\"}";
        UUID id = UUID.randomUUID();
        NoteState fromDesktop = new NoteState(id, fingerprint(), anchor, "BLUE", "台式机上写的", List.of("观点"), false,
                false, 0, Instant.parse("2026-12-06T10:00:00Z"));
        store.group().arrivals().applyNotes(List.of(new GroupNote(fromDesktop, "li", 1, 17)), 17);
        Annotation placed = StudyCopy.on(store, "群众观");
        assertEquals("台式机上写的", placed.note());
        assertEquals(HighlightColor.BLUE, placed.color());
        assertEquals(List.of("观点"), placed.tags());
        assertFalse(placed.orphaned());
        assertEquals(0, store.group().outbox().waiting(), "what came from the group is not sent back");
        assertEquals(17, store.group().pulledUpTo(GroupStream.NOTES));
    }

    @Test
    void aNoteChangedHereIsNotOverwrittenByTheGroupsOlderState() {
        store.group().join(URL, "li");
        Annotation note = StudyCopy.highlight(store, "群众路线", "这里改的");
        UUID id = UUID.fromString(store.group().outbox().outgoing(1).get(0).state().id().toString());
        NoteState older = new NoteState(id, fingerprint(), "{\"quote\":\"群众路线\"}", "YELLOW", "服务器上的旧稿",
                List.of(), false, false, 0, Instant.now());
        store.group().arrivals().applyNotes(List.of(new GroupNote(older, "li", 1, 5)), 5);
        assertEquals("这里改的", store.annotations().find(note.id()).orElseThrow().note());
    }

    @Test
    void othersSharedNotesAreKeptApartAndGoWhenUnshared() {
        store.group().join(URL, "li");
        UUID id = UUID.randomUUID();
        NoteState shared = new NoteState(id, fingerprint(), "{\"quote\":\"生命线\"}", "PINK", "王的看法", List.of(), true,
                false, 0, Instant.now());
        store.group().arrivals().applyNotes(List.of(new GroupNote(shared, "wang", 1, 3)), 3);
        assertEquals(0, store.annotations().all().size(), "another's note is not the reader's own");
        assertEquals(List.of("wang: 王的看法"), othersNotes());
        NoteState unshared = new NoteState(id, fingerprint(), "{\"quote\":\"生命线\"}", "PINK", "王的看法", List.of(),
                false, false, 1, Instant.now());
        store.group().arrivals().applyNotes(List.of(new GroupNote(unshared, "wang", 2, 4)), 4);
        assertEquals(List.of(), othersNotes());
    }

    @Test
    void othersNotesArePlacedOnTheirWordsOrListedWhenThisCopyLacksThem() {
        store.group().join(URL, "li");
        store.group().arrivals().applyMembers(List.of(new GroupMember("wang", "王芳", false, true, 1)), 1);
        NoteState here = new NoteState(UUID.randomUUID(), fingerprint(), "{\"paragraph\": 2, \"quote\": \"执政地位\","
                + " \"prefix\": \"密切联系群众是巩固党的\", \"suffix\": \"的根本保证，全党同志\"}", "BLUE", "在这里", List.of("要点"),
                true, false, 0, Instant.parse("2026-12-06T08:00:00Z"));
        NoteState gone = new NoteState(UUID.randomUUID(), fingerprint(), "{\"paragraph\": 2, \"quote\":"
                + " \"这句话在这一版里没有了\", \"prefix\": \"\", \"suffix\": \"\"}", "", "别处的", List.of(), true, false, 0,
                Instant.parse("2026-12-06T09:00:00Z"));
        store.group().arrivals().applyNotes(List.of(new GroupNote(here, "wang", 1, 2), new GroupNote(gone, "wang", 1,
                3)), 3);

        List<SharedNote> notes = store.group().sharedNotes(store.speeches().get(0).id());
        Paragraph second = store.paragraphs(store.speeches().get(0).id()).stream()
                .filter(p -> p.text().startsWith("密切联系群众")).findFirst().orElseThrow();
        int at = second.text().indexOf("执政地位");
        assertEquals(List.of("王芳 " + second.position() + " " + at + " " + (at + 4) + " 在这里 [要点]",
                "王芳 -1 0 0 别处的 []"), notes.stream().map(n -> n.authorName() + " " + n.position() + " "
                + n.start() + " " + n.end() + " " + n.body() + " " + n.tags()).toList());
    }

    @Test
    void leavingKeepsTheNotesAsTheLibrarysOwn() {
        store.group().join(URL, "li");
        StudyCopy.highlight(store, "群众路线", "我的");
        store.group().leave();
        assertTrue(store.group().membership().isEmpty());
        assertEquals(0, store.group().outbox().waiting());
        assertEquals("我的", StudyCopy.on(store, "群众路线").note());
    }

    private String fingerprint() {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             ResultSet row = db.createStatement().executeQuery("SELECT fingerprint FROM speeches")) {
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> othersNotes() {
        return store.group().sharedNotes(store.speeches().get(0).id()).stream()
                .map(n -> n.author() + ": " + n.body()).toList();
    }
}
