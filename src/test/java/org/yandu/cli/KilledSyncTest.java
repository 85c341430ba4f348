package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.group.GroupSync;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.StudyCopy;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupException;
import org.yandu.library.group.TestGroup;

/**
 * Syncs cut off the hard ways: the real {@code yandu group sync} killed with SIGKILL partway, and the server
 * restarted under a member's open connection. The next sync finishes the work with nothing lost or applied twice.
 */
class KilledSyncTest {
    private static final int NOTES = 600;

    @TempDir
    Path dir;
    private TestGroup group;

    @BeforeEach
    void startServer() throws Exception {
        group = TestGroup.start(dir.resolve("server"));
    }

    @AfterEach
    void stopServer() throws Exception {
        group.close();
    }

    @Test
    void aSyncKilledPartwayIsFinishedByTheNextWithEveryNoteOnce() throws Exception {
        Path laptop = dir.resolve("laptop.db");
        try (LibraryStore store = StudyCopy.open(laptop)) {
            store.group().join(group.li().url(), group.li().user());
            highlightMany(store);
        }
        String port = group.li().url().replaceAll(".*:(\\d+)/.*", "$1");
        Path pgpass = Files.writeString(dir.resolve("pgpass"), "localhost:" + port + ":*:li:"
                + group.li().temporaryPassword() + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        // Killed while pushing (some batches on the server, not all), then again once all are there (recording
        // them as sent, or pulling).
        long before = 0;
        for (int run = 0; run < 2; run++) {
            ProcessBuilder sync = YanduProcess.of(laptop, "group", "sync").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("killed-" + run + ".log").toFile());
            sync.environment().put("PGPASSFILE", pgpass.toString());
            Process process = sync.start();
            long seen = before;
            while (process.isAlive() && (seen == before || run == 1 && seen < NOTES)) {
                Thread.sleep(5);
                seen = serverNotes().get(0);
            }
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed sync ended");
            before = seen;
        }
        assertTrue(before > 0, "the kills came while the notes were being sent");
        try (LibraryStore store = LibraryStore.open(laptop); GroupConnection server = group.connect(group.li())) {
            GroupSync.sync(store, server);
            assertEquals(0, store.group().outbox().waiting());
        }
        assertEquals(List.of((long) NOTES, 1L, 1L), serverNotes(), "every note once, at its first revision");
        try (LibraryStore desktop = StudyCopy.open(dir.resolve("desktop.db"));
             GroupConnection server = group.connect(group.li())) {
            desktop.group().join(group.li().url(), group.li().user());
            GroupSync.sync(desktop, server);
            assertEquals(NOTES, desktop.annotations().all().size());
        }
    }

    @Test
    void aServerRestartedUnderAnOpenConnectionLosesNothing() throws Exception {
        try (LibraryStore laptop = StudyCopy.open(dir.resolve("laptop.db"))) {
            laptop.group().join(group.li().url(), group.li().user());
            StudyCopy.highlight(laptop, "生命线", "重启前");
            try (GroupConnection server = group.connect(group.li())) {
                GroupSync.sync(laptop, server);
                StudyCopy.highlight(laptop, "美好生活", "重启时写的");
                group.server().restart();
                assertThrows(GroupException.class, () -> GroupSync.sync(laptop, server));
            }
            assertEquals(1, laptop.group().outbox().waiting(), "the change made meanwhile still waits");
            try (GroupConnection server = group.connect(group.li())) {
                GroupSync.sync(laptop, server);
            }
            assertEquals(0, laptop.group().outbox().waiting());
        }
        assertEquals(List.of(2L, 1L, 1L), serverNotes());
    }

    /** Many small highlights on the speech's words, so that a sync takes long enough to be cut. */
    private static void highlightMany(LibraryStore store) {
        List<Paragraph> paragraphs = store.paragraphs(store.speeches().get(0).id());
        for (int i = 0; i < NOTES; i++) {
            Paragraph p = paragraphs.get(1 + i % (paragraphs.size() - 1));
            int at = i / (paragraphs.size() - 1) % (p.text().length() - 1);
            store.annotations().highlight(p.id(), at, at + 1, HighlightColor.YELLOW, "第" + i + "条", List.of());
        }
    }

    /** How many notes li has on the server, and their lowest and highest revision. */
    private List<Long> serverNotes() throws SQLException {
        try (Connection admin = group.admin(); Statement statement = admin.createStatement();
             ResultSet row = statement.executeQuery("select count(*), min(revision), max(revision)"
                     + " from yandu.notes where author = 'li'")) {
            row.next();
            return List.of(row.getLong(1), row.getLong(2), row.getLong(3));
        }
    }
}
