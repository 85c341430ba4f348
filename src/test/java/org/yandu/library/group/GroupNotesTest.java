package org.yandu.library.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Notes pushed from an outbox and pulled as changes since a number, against a real PostgreSQL server. */
class GroupNotesTest {
    @RegisterExtension
    static final TestGroup group = new TestGroup();



    @Test
    void aPushSentAgainAfterItsAnswerWasLostIsAppliedOnce() throws Exception {
        GroupNotes.Push push = new GroupNotes.Push(UUID.randomUUID(), note(UUID.randomUUID(), "第一次", 0));
        try (GroupConnection li = group.connect(group.li())) {
            PushResult first = GroupNotes.push(li, List.of(push)).get(0);
            PushResult again = GroupNotes.push(li, List.of(push)).get(0);
            assertEquals(1, first.revision());
            assertFalse(first.alreadyApplied());
            assertTrue(again.alreadyApplied());
            assertEquals(1, revision(li.jdbc(), push.note().id()), "the retry made no second revision");
        }
    }

    @Test
    void aBatchThatFailsOnTheServerLeavesNothingApplied() throws Exception {
        UUID wangs = UUID.randomUUID();
        try (GroupConnection wang = group.connect(group.wang())) {
            GroupNotes.push(wang, List.of(new GroupNotes.Push(UUID.randomUUID(), note(wangs, "王的", 0))));
        }
        GroupNotes.Push good = new GroupNotes.Push(UUID.randomUUID(), note(UUID.randomUUID(), "好的", 0));
        // The same id as wang's note: li's device cannot know it, but the server must refuse it.
        GroupNotes.Push bad = new GroupNotes.Push(UUID.randomUUID(), note(wangs, "冒名", 0));
        try (GroupConnection li = group.connect(group.li())) {
            assertThrows(GroupException.class, () -> GroupNotes.push(li, List.of(good, bad)));
            assertEquals(0, revision(li.jdbc(), good.note().id()), "the good push was rolled back with the bad one");
            assertFalse(GroupNotes.push(li, List.of(good)).get(0).alreadyApplied(), "and is applied when sent again");
        }
    }

    @Test
    void twoDevicesEditingTheSameRevisionKeepTheLaterEditAndTheOverwrittenOne() throws Exception {
        UUID id = UUID.randomUUID();
        try (GroupConnection li = group.connect(group.li())) {
            GroupNotes.push(li, List.of(new GroupNotes.Push(UUID.randomUUID(), note(id, "初稿", 0))));
            GroupNotes.push(li, List.of(new GroupNotes.Push(UUID.randomUUID(), note(id, "笔记本上的修改", 1))));
            PushResult later = GroupNotes.push(li,
                    List.of(new GroupNotes.Push(UUID.randomUUID(), note(id, "台式机上的修改", 1)))).get(0);
            assertEquals(3, later.revision());
            List<GroupNote> changed = GroupNotes.since(li, 0, 10_000);
            assertEquals("台式机上的修改", changed.stream().filter(n -> n.state().id().equals(id)).findFirst()
                    .orElseThrow().state().body());
            try (PreparedStatement select = li.jdbc().prepareStatement("select body, overwritten_by_another_edit"
                    + " from yandu.note_revisions where note_id = ? order by revision")) {
                select.setObject(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    List<String> kept = new ArrayList<>();
                    while (rows.next()) {
                        kept.add(rows.getString(1) + "/" + rows.getBoolean(2));
                    }
                    assertEquals(List.of("初稿/false", "笔记本上的修改/true"), kept);
                }
            }
        }
    }

    /**
     * The change numbers' promise: a reader paging through "changes since N" while others write misses nothing,
     * because a number becomes visible only after every smaller one has.
     */
    @Test
    void aReaderPagingWhileOthersWriteMissesNothing() throws Exception {
        int perWriter = 150;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        Set<UUID> written = Collections.synchronizedSet(new HashSet<>());
        long start;
        try (GroupConnection reader = group.connect(group.organiser())) {
            start = latest(reader);
        }
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Invitation writer : List.of(group.li(), group.wang())) {
                done.add(writers.submit(() -> {
                    try (GroupConnection connection = group.connect(writer)) {
                        for (int i = 0; i < perWriter; i++) {
                            NoteState shared = new NoteState(UUID.randomUUID(), "f1", "{}", "yellow", "共享" + i,
                                    List.of(), true, false, 0, Instant.now());
                            GroupNotes.push(connection, List.of(new GroupNotes.Push(UUID.randomUUID(), shared)));
                            written.add(shared.id());
                        }
                    }
                    return null;
                }));
            }
            Set<UUID> pulled = new HashSet<>();
            long since = start;
            try (GroupConnection reader = group.connect(group.organiser())) {
                while (writing.get()) {
                    boolean finished = done.stream().allMatch(Future::isDone);
                    List<GroupNote> page = GroupNotes.since(reader, since, 7);
                    for (GroupNote note : page) {
                        assertTrue(note.change() > since, "pages run in change order");
                        since = note.change();
                        pulled.add(note.state().id());
                    }
                    if (finished && page.isEmpty()) {
                        writing.set(false);
                    }
                }
                for (Future<?> writer : done) {
                    writer.get();
                }
                assertTrue(since > start);
            }
            assertEquals(2 * perWriter, written.size());
            assertTrue(pulled.containsAll(written), "every note written was pulled");
        } finally {
            writers.shutdownNow();
        }
    }

    /**
     * A writer that takes its number and is slow to commit is not overtaken: a second writer's number, though
     * taken later, cannot become visible first, or a reader would pass the first's number and never see it.
     */
    @Test
    void aNumberIsNeverVisibleBeforeASmallerOne() throws Exception {
        long start;
        try (GroupConnection reader = group.connect(group.organiser())) {
            start = latest(reader);
        }
        UUID slow = UUID.randomUUID();
        UUID quick = UUID.randomUUID();
        ExecutorService writers = Executors.newSingleThreadExecutor();
        try (Connection li = group.as(group.li()); GroupConnection wang = group.connect(group.wang());
             GroupConnection reader = group.connect(group.organiser())) {
            li.setAutoCommit(false);
            try (PreparedStatement insert = li.prepareStatement("insert into yandu.notes (id, speech_fingerprint,"
                    + " anchor, colour, shared, edited_at) values (?, 'f1', '{}', 'yellow', true, now())")) {
                insert.setObject(1, slow);
                insert.executeUpdate();
            }
            Future<?> second = writers.submit(() -> GroupNotes.push(wang,
                    List.of(new GroupNotes.Push(UUID.randomUUID(), new NoteState(quick, "f1", "{}", "yellow", "快",
                            List.of(), true, false, 0, Instant.now())))));
            Thread.sleep(300);
            List<UUID> seen = GroupNotes.since(reader, start, 100).stream().map(n -> n.state().id()).toList();
            assertEquals(List.of(), seen, "nothing is visible while the first writer is open");
            li.commit();
            second.get();
            seen = GroupNotes.since(reader, start, 100).stream().map(n -> n.state().id()).toList();
            assertEquals(List.of(slow, quick), seen, "in the order their numbers were taken");
        } finally {
            writers.shutdownNow();
        }
    }

    private static long latest(GroupConnection connection) {
        long latest = 0;
        for (List<GroupNote> page = GroupNotes.since(connection, 0, 1000); !page.isEmpty();
             page = GroupNotes.since(connection, latest, 1000)) {
            latest = page.get(page.size() - 1).change();
        }
        return latest;
    }

    private static NoteState note(UUID id, String body, int baseRevision) {
        return new NoteState(id, "f1", "{\"quote\":\"群众路线\"}", "yellow", body, List.of("学习"), false, false,
                baseRevision, Instant.parse("2026-12-06T12:00:00Z"));
    }

    private static int revision(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select revision from yandu.notes where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }
}
