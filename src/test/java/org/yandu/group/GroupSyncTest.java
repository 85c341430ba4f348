package org.yandu.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.Annotation;
import org.yandu.library.Annotations;
import org.yandu.library.AssignedReading;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.OutgoingNote;
import org.yandu.library.Paragraph;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;
import org.yandu.library.SharedNote;
import org.yandu.library.SourceFile;
import org.yandu.library.SpeechDraft;
import org.yandu.library.StudyCopy;
import org.yandu.library.group.Assignment;
import org.yandu.library.group.GroupAssignments;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupException;
import org.yandu.library.group.GroupNotes;
import org.yandu.library.group.Invitation;
import org.yandu.library.group.NoteRevision;
import org.yandu.library.group.TestGroup;

/**
 * Three real libraries syncing through a real PostgreSQL server: li's laptop and desktop, and wang's. Each test
 * marks words of its own, since the group's server keeps what earlier tests sent.
 */
class GroupSyncTest {
    @RegisterExtension
    static final TestGroup group = new TestGroup();

    @TempDir
    Path dir;
    private LibraryStore laptop;
    private LibraryStore desktop;
    private LibraryStore wang;



    @BeforeEach
    void openLibraries() {
        laptop = group.library(dir.resolve("laptop.db"), group.li());
        desktop = group.library(dir.resolve("desktop.db"), group.li());
        wang = group.library(dir.resolve("wang.db"), group.wang());
    }

    @AfterEach
    void closeLibraries() {
        laptop.close();
        desktop.close();
        wang.close();
    }

    @Test
    void aNoteMadeOnOneDeviceReachesTheOther() throws Exception {
        StudyCopy.highlight(laptop, "生命线", "笔记本上写的");
        assertEquals(1, group.sync(laptop, group.li()).sent());
        group.sync(desktop, group.li());
        Annotation arrived = StudyCopy.on(desktop, "生命线");
        assertEquals("笔记本上写的", arrived.note());
        assertEquals(0, desktop.group().outbox().waiting(), "what arrived is not sent back");
        assertEquals(0, group.sync(desktop, group.li()).sent());
        assertEquals(arrived.id(), StudyCopy.on(desktop, "生命线").id(), "a second sync leaves it as it is");
    }

    @Test
    void twoDevicesEditingTheSameNoteKeepTheLaterEditAndTheOtherAsARevision() throws Exception {
        Annotation made = StudyCopy.highlight(laptop, "根本工作路线", "初稿");
        group.sync(laptop, group.li());
        group.sync(desktop, group.li());
        laptop.annotations().update(made.id(), HighlightColor.YELLOW, "笔记本改的", List.of());
        Annotation there = StudyCopy.on(desktop, "根本工作路线");
        desktop.annotations().update(there.id(), HighlightColor.YELLOW, "台式机改的", List.of());
        group.sync(laptop, group.li());
        group.sync(desktop, group.li());
        group.sync(laptop, group.li());
        assertEquals("台式机改的", StudyCopy.on(laptop, "根本工作路线").note(), "the later edit by server order");
        assertEquals("台式机改的", StudyCopy.on(desktop, "根本工作路线").note());
        assertEquals(List.of("初稿/false", "笔记本改的/true"), revisions(group.li(), "根本工作路线"),
                "the overwritten edit is kept, marked");
    }

    @Test
    void anOverwrittenEditCanBeSeenAndBroughtBackOnEitherDevice() throws Exception {
        Annotation made = StudyCopy.highlight(laptop, "巩固党的执政地位", "初稿");
        group.sync(laptop, group.li());
        group.sync(desktop, group.li());
        laptop.annotations().update(made.id(), HighlightColor.GREEN, "笔记本上的长篇体会", List.of("体会"));
        Annotation there = StudyCopy.on(desktop, "巩固党的执政地位");
        desktop.annotations().update(there.id(), HighlightColor.YELLOW, "台式机上一句话", List.of());
        group.sync(laptop, group.li());
        group.sync(desktop, group.li());
        try (GroupConnection server = group.connect(group.li())) {
            List<NoteRevision> kept = NoteHistory.of(desktop, server, there.id());
            NoteRevision overwritten = kept.stream().filter(NoteRevision::overwritten).findFirst().orElseThrow();
            assertEquals("笔记本上的长篇体会", overwritten.body());
            NoteHistory.restore(desktop, server, there.id(), overwritten.revision());
            assertThrows(GroupException.class, () -> NoteHistory.restore(desktop, server, there.id(), 99));
        }
        group.sync(desktop, group.li());
        group.sync(laptop, group.li());
        Annotation back = StudyCopy.on(laptop, "巩固党的执政地位");
        assertEquals(List.of("笔记本上的长篇体会", "GREEN", "[体会]"),
                List.of(back.note(), String.valueOf(back.color()), back.tags().toString()));
        assertEquals(List.of("初稿/false", "笔记本上的长篇体会/true", "台式机上一句话/false"),
                revisions(group.li(), "巩固党的执政地位"), "the state the restore replaced is kept in its turn");
    }

    @Test
    void aSharedNoteReachesTheOtherMembersAndLeavesWhenUnshared() throws Exception {
        Annotation note = StudyCopy.highlight(laptop, "奋斗目标", "大家怎么看？");
        laptop.group().share(note.id(), true);
        group.sync(laptop, group.li());
        group.sync(wang, group.wang());
        long speech = wang.speeches().get(0).id();
        SharedNote arrived = wang.group().sharedNotes(speech).stream()
                .filter(n -> n.author().equals("li") && n.body().equals("大家怎么看？")).findFirst().orElseThrow();
        assertEquals("李明", arrived.authorName(), "by the name the group shows");
        assertEquals(wang.group().sharedNotes(speech), wang.group().allSharedNotes(),
                "All Notes reads the same, for every speech");
        Paragraph on = laptop.paragraphs(laptop.speeches().get(0).id()).stream()
                .filter(p -> Long.valueOf(p.id()).equals(note.paragraphId())).findFirst().orElseThrow();
        assertEquals(List.of(on.position(), note.start(), note.end()),
                List.of(arrived.position(), arrived.start(), arrived.end()), "on the same words in wang's copy");
        assertTrue(wang.annotations().all().stream().noneMatch(a -> a.quote().equals("奋斗目标")),
                "another's note is not wang's own");
        laptop.group().share(note.id(), false);
        group.sync(laptop, group.li());
        group.sync(wang, group.wang());
        assertTrue(wang.group().sharedNotes(speech).stream().noneMatch(n -> n.body().equals("大家怎么看？")));
    }

    @Test
    void aSharedPassageAcrossParagraphsArrivesAsOneNote() throws Exception {
        long speech = laptop.speeches().get(0).id();
        List<Paragraph> body = laptop.paragraphs(speech).stream().filter(p -> p.position() > 0).toList();
        int from = body.get(1).text().indexOf("全党同志");
        laptop.annotations().highlightPassage(List.of(
                new Annotations.Span(body.get(1).id(), from, body.get(1).text().length()),
                new Annotations.Span(body.get(2).id(), 0, 4)), HighlightColor.PINK, "一段连着读", List.of("连读"));
        laptop.annotations().all().stream().filter(a -> a.note().equals("一段连着读"))
                .forEach(a -> laptop.group().share(a.id(), true));
        group.sync(laptop, group.li());
        group.sync(wang, group.wang());

        List<SharedNote> arrived = wang.group().sharedNotes(wang.speeches().get(0).id()).stream()
                .filter(n -> n.body().equals("一段连着读")).toList();
        assertEquals(1, arrived.size(), "one note, as li made it");
        assertEquals(body.get(1).text().substring(from) + "\n" + body.get(2).text().substring(0, 4),
                arrived.get(0).quote(), "every part's words, a line each");
        assertEquals(List.of(body.get(1).position(), from), List.of(arrived.get(0).position(), arrived.get(0).start()),
                "where the first part is");
    }

    /** The note came first (the speech was imported on one device only); it takes its place when the speech does. */
    @Test
    void aNoteOnASpeechTheOtherDeviceLacksWaitsForIt() throws Exception {
        SpeechDraft speech = new SpeechDraft("关于读书的谈话", false, null, null, null, null, List.of(), List.of(
                new ParagraphDraft(ParagraphKind.TITLE, 0, null, "关于读书的谈话"),
                ParagraphDraft.body("读书要读原著，学原文，悟原理。")));
        SourceFile file = new SourceFile("/speeches/读书.txt", "读书.txt", "txt", "UTF-8", 1, "hash-读书");
        long onLaptop = laptop.recordImport(file, null, List.of(speech)).speechIds().get(0);
        Paragraph body = laptop.paragraphs(onLaptop).get(1);
        laptop.annotations().highlight(body.id(), 0, 4, HighlightColor.BLUE, "先读原著", List.of());
        group.sync(laptop, group.li());
        group.sync(desktop, group.li());
        assertTrue(desktop.annotations().all().stream().noneMatch(a -> a.note().equals("先读原著")));
        desktop.recordImport(file, null, List.of(speech));
        group.sync(desktop, group.li());
        Annotation placed = StudyCopy.on(desktop, "读书要读");
        assertEquals("先读原著", placed.note());
        assertEquals(0, desktop.group().outbox().waiting(), "placing it is not a change to send");
    }

    @Test
    void aDeletionReachesTheOtherDevice() throws Exception {
        Annotation note = StudyCopy.highlight(laptop, "美好生活", "");
        group.sync(laptop, group.li());
        group.sync(desktop, group.li());
        StudyCopy.on(desktop, "美好生活");
        laptop.annotations().delete(note.id());
        group.sync(laptop, group.li());
        group.sync(desktop, group.li());
        assertTrue(desktop.annotations().all().stream().noneMatch(a -> a.quote().equals("美好生活")));
    }

    /** The server applied the push and committed, and the answer never came back: sent again, applied once. */
    @Test
    void aPushWhoseAnswerWasLostIsNotAppliedTwice() throws Exception {
        StudyCopy.highlight(laptop, "执政地位", "只写一次");
        List<OutgoingNote> outgoing = laptop.group().outbox().outgoing(100);
        try (GroupConnection server = group.connect(group.li())) {
            List<GroupNotes.Push> pushes = new ArrayList<>();
            outgoing.forEach(n -> pushes.add(new GroupNotes.Push(UUID.fromString(n.pushId()), n.state())));
            GroupNotes.push(server, pushes);
        }
        assertEquals(1, group.sync(laptop, group.li()).sent());
        assertEquals(0, laptop.group().outbox().waiting());
        assertEquals(List.of(), revisions(group.li(), "执政地位"), "no second revision");
    }

    /** The connection is gone before or during a sync: nothing is lost, and the next sync does the work. */
    @Test
    void aDroppedConnectionLosesNothing() throws Exception {
        StudyCopy.highlight(laptop, "全党同志", "断线前写的");
        try (GroupConnection server = group.connect(group.li()); Connection admin = group.admin()) {
            try (PreparedStatement kill = admin.prepareStatement(
                    "select pg_terminate_backend(pid) from pg_stat_activity where usename = 'li'")) {
                kill.execute();
            }
            assertThrows(GroupException.class, () -> GroupSync.sync(laptop, server));
        }
        assertEquals(1, laptop.group().outbox().waiting(), "the change still waits");
        group.sync(laptop, group.li());
        group.sync(desktop, group.li());
        assertEquals("断线前写的", StudyCopy.on(desktop, "全党同志").note());
    }

    @Test
    void aPublishedSpeechReachesTheMembersWhoLackItOnly() throws Exception {
        LibraryStore organiser = group.library(dir.resolve("zhou.db"), group.organiser());
        try {
            SourceFile source = new SourceFile("/speeches/新.txt", "新.txt", "txt", "UTF-8", 1, "hash-新");
            long fresh = organiser.recordImport(source, null, List.of(new SpeechDraft("在学习会上的讲话", false,
                    "（摘要）", "周老师", "2026-12-01", "讲学习。", List.of("学习", "读书"), List.of(
                            new ParagraphDraft(ParagraphKind.TITLE, 0, null, "在学习会上的讲话"),
                            new ParagraphDraft(ParagraphKind.HEADING, 1, null, "一、为什么学"),
                            new ParagraphDraft(ParagraphKind.BODY, 0, "第一，", "学习是立身之本。"))))).speechIds()
                    .get(0);
            long shared = organiser.speeches().stream().filter(sp -> sp.title().equals(StudyCopy.TITLE))
                    .findFirst().orElseThrow().id();
            try (GroupConnection server = group.connect(group.organiser())) {
                assertEquals(2, GroupSync.publish(organiser, server, List.of(fresh, shared)));
            }
            SyncReport report = group.sync(wang, group.wang());
            assertEquals(1, report.speeches(), "wang had the other one");
            assertEquals(2, wang.speeches().size());
            long arrived = wang.speeches().stream().filter(sp -> sp.title().equals("在学习会上的讲话")).findFirst()
                    .orElseThrow().id();
            assertEquals(organiser.paragraphs(fresh).stream().map(p -> p.kind() + p.text() + p.leadIn()).toList(),
                    wang.paragraphs(arrived).stream().map(p -> p.kind() + p.text() + p.leadIn()).toList());
            assertEquals(List.of("学习", "读书"), wang.speech(arrived).orElseThrow().keywords());
            assertEquals(0, group.sync(wang, group.wang()).speeches(), "a second sync brings nothing again");
            try (GroupConnection member = group.connect(group.li())) {
                assertThrows(GroupException.class, () -> GroupSync.publish(laptop, member, List.of(
                        laptop.speeches().get(0).id())), "a member cannot publish");
            }
        } finally {
            organiser.close();
        }
    }

    /** A speech written on the server past Yandu that cannot be read is left out; the sync goes on. */
    @Test
    void anUnreadableSpeechIsLeftOutAndTheSyncGoesOn() throws Exception {
        try (Connection organiser = group.as(group.organiser()); PreparedStatement insert = organiser.prepareStatement(
                "insert into yandu.speeches (id, fingerprint, content) values (?, 'broken', '{\"title\": 1}')")) {
            insert.setObject(1, UUID.randomUUID());
            insert.executeUpdate();
        }
        StudyCopy.highlight(laptop, "党的执政地位", "照样同步");
        group.sync(laptop, group.li());
        SyncReport report = group.sync(desktop, group.li());
        assertEquals(1, report.unreadable());
        assertEquals("照样同步", StudyCopy.on(desktop, "党的执政地位").note());
    }

    @Test
    void anAssignmentReachesEveryoneAndOrganisersSeeTheReadingMembersShow() throws Exception {
        String fingerprint = laptop.group().outbox().speechToShare(laptop.speeches().get(0).id()).fingerprint();
        UUID id = UUID.randomUUID();
        try (GroupConnection organiser = group.connect(group.organiser())) {
            GroupAssignments.set(organiser, new Assignment(id, "第一周：群众路线", List.of(fingerprint, "未发布的一篇"),
                    LocalDate.parse("2026-12-13"), "读完后写一段体会", false, 0));
        }
        wang.group().showReading(true);
        wang.reading().markRead(wang.speeches().get(0).id(), true);
        laptop.reading().markRead(laptop.speeches().get(0).id(), true);
        group.sync(wang, group.wang());
        group.sync(laptop, group.li());
        Assignment arrived = wang.group().assignments().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow();
        assertEquals(List.of("第一周：群众路线", "2026-12-13", fingerprint),
                List.of(arrived.title(), String.valueOf(arrived.due()), arrived.speechFingerprints().get(0)));
        AssignedReading shown = wang.group().assignedReading().stream().filter(a -> a.id().equals(id.toString()))
                .findFirst().orElseThrow();
        assertEquals(List.of(wang.speeches().get(0).id()), shown.speechIds(), "the speech, as this library has it");
        assertEquals(1, shown.missing(), "one not in the library");
        assertEquals(Map.of(), shown.readBy(), "a member sees no one's reading");
        LibraryStore organiser = group.library(dir.resolve("zhou.db"), group.organiser());
        try {
            group.sync(organiser, group.organiser());
            assertEquals(Boolean.TRUE, organiser.group().readingOf(fingerprint).get("wang"));
            assertFalse(organiser.group().readingOf(fingerprint).containsKey("li"), "li did not let them see it");
            assertTrue(organiser.group().members().stream().anyMatch(m -> m.displayName().equals("王芳")));
            AssignedReading set = organiser.group().assignedReading().stream()
                    .filter(a -> a.id().equals(id.toString())).findFirst().orElseThrow();
            assertEquals(Map.of("王芳", 1), set.readBy(), "an organiser sees who read it, of those who let them");
        } finally {
            organiser.close();
        }
        group.sync(desktop, group.li());
        assertTrue(desktop.reading().progress(desktop.speeches().get(0).id()).read(),
                "li's own reading reaches her other device");
    }



    /** The kept revisions of the member's note on {@code quote}: body and whether another edit overwrote it. */
    private static List<String> revisions(Invitation member, String quote) throws SQLException {
        List<String> kept = new ArrayList<>();
        try (Connection server = group.as(member); PreparedStatement select = server.prepareStatement(
                "select r.body || '/' || r.overwritten_by_another_edit from yandu.note_revisions r join"
                        + " yandu.notes n on n.id = r.note_id where n.anchor ->> 'quote' = ? order by r.revision")) {
            select.setString(1, quote);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    kept.add(rows.getString(1));
                }
            }
        }
        return kept;
    }
}
