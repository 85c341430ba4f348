package org.yandu.library.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a member could try with psql and plain JDBC, never through Yandu, and the database refuses: the rights are
 * the row-level security policies' and the grants', not the app's. Against a real PostgreSQL server.
 */
class GroupSecurityTest {
    /** PostgreSQL's SQLSTATE for a privilege the role lacks. */
    private static final String NO_PRIVILEGE = "42501";

    @RegisterExtension
    static final TestGroup group = new TestGroup();
    private static Invitation organiser;
    private static Invitation li;
    private static Invitation wang;

    @BeforeAll
    static void setUpGroup() throws Exception {
        organiser = group.organiser();
        li = group.li();
        wang = group.wang();
        try (Connection connection = as(organiser)) {
            update(connection, "insert into yandu.speeches (id, fingerprint, content) values (?, 'f1', '{}')",
                    UUID.randomUUID());
        }
    }


    @Test
    void aMemberReadsTheirOwnNotesAndSharedOnesOnly() throws Exception {
        UUID privateNote = note(li, "我的想法", false);
        UUID sharedNote = note(li, "大家看看", true);
        UUID own = note(wang, "王的笔记", false);
        try (Connection connection = as(wang)) {
            List<UUID> seen = ids(connection, "select id from yandu.notes");
            assertTrue(seen.contains(sharedNote) && seen.contains(own), seen::toString);
            assertFalse(seen.contains(privateNote), "another member's private note is not readable");
        }
    }

    @Test
    void aMemberCannotChangeOrDeleteAnothersNote() throws Exception {
        UUID shared = note(li, "原文", true);
        try (Connection connection = as(wang)) {
            assertEquals(0, update(connection, "update yandu.notes set body = '改了' where id = ?", shared));
            assertRefused(() -> update(connection, "delete from yandu.notes where id = ?", shared));
        }
        try (Connection connection = as(li)) {
            assertEquals("原文", text(connection, "select body from yandu.notes where id = ?", shared));
        }
    }

    @Test
    void aMemberCannotWriteInAnothersName() throws Exception {
        try (Connection connection = as(wang)) {
            assertRefused(() -> update(connection, "insert into yandu.notes (id, author, speech_fingerprint, anchor,"
                    + " colour, edited_at) values (?, 'li', 'f1', '{}', 'yellow', now())", UUID.randomUUID()));
            assertRefused(() -> update(connection, "update yandu.notes set author = 'li' where author = 'wang'"));
            assertRefused(() -> update(connection, "update yandu.reading set member = 'li'"));
        }
    }

    @Test
    void onlyAnOrganiserPublishesSetsAssignmentsAndEditsTheGlossary() throws Exception {
        try (Connection connection = as(wang)) {
            assertRefused(() -> update(connection, "insert into yandu.speeches (id, fingerprint, content)"
                    + " values (?, 'f2', '{}')", UUID.randomUUID()));
            assertRefused(() -> update(connection, "update yandu.speeches set withdrawn = true"));
            assertRefused(() -> update(connection, "insert into yandu.assignments (id, title) values (?, '第一周')",
                    UUID.randomUUID()));
            assertRefused(() -> update(connection, "insert into yandu.glossary (term) values ('新质生产力')"));
            assertRefused(() -> update(connection, "update yandu.glossary set deleted = true"));
            assertRefused(() -> update(connection, "insert into yandu.collections (id, title) values (?, '汇编')",
                    UUID.randomUUID()));
            assertRefused(() -> update(connection, "update yandu.collections set withdrawn = true"));
        }
        try (Connection connection = as(organiser)) {
            assertEquals(1, update(connection, "insert into yandu.assignments (id, title) values (?, '第一周')",
                    UUID.randomUUID()));
        }
    }

    @Test
    void changeNumbersAreTheServersAndIncrease() throws Exception {
        UUID first = note(li, "一", false);
        UUID second = note(li, "二", false);
        try (Connection connection = as(li)) {
            long before = number(connection, "select change from yandu.notes where id = ?", first);
            assertTrue(number(connection, "select change from yandu.notes where id = ?", second) > before);
            assertRefused(() -> update(connection, "update yandu.notes set change = 1 where id = ?", first));
            assertRefused(() -> update(connection, "select setval('yandu.changes', 1)"));
            assertRefused(() -> update(connection, "insert into yandu.notes (id, speech_fingerprint, anchor, colour,"
                    + " edited_at, change) values (?, 'f1', '{}', 'yellow', now(), 1)", UUID.randomUUID()));
            update(connection, "update yandu.notes set body = '一改' where id = ?", first);
            assertTrue(number(connection, "select change from yandu.notes where id = ?", first)
                    > number(connection, "select change from yandu.notes where id = ?", second),
                    "an edit takes a new number");
        }
    }

    @Test
    void rowLevelSecurityCannotBeTurnedOff() throws Exception {
        try (Connection connection = as(wang)) {
            assertRefused(() -> update(connection, "alter table yandu.notes disable row level security"));
            assertRefused(() -> update(connection, "alter table yandu.notes no force row level security"));
            assertRefused(() -> update(connection, "drop policy own_and_shared on yandu.notes"));
            update(connection, "set row_security = off");
            assertRefused(() -> ids(connection, "select id from yandu.notes"));
        }
    }

    @Test
    void noteTextAndTagsAreNeverRunAsCode() throws Exception {
        String body = "'); drop table yandu.notes; --";
        String tag = "x'); delete from yandu.speeches; --";
        UUID id = UUID.randomUUID();
        try (Connection connection = as(li);
             PreparedStatement insert = connection.prepareStatement("insert into yandu.notes (id,"
                     + " speech_fingerprint, anchor, colour, body, tags, edited_at) values (?, 'f1', '{}', 'yellow',"
                     + " ?, ?, now())")) {
            insert.setObject(1, id);
            insert.setString(2, body);
            insert.setArray(3, connection.createArrayOf("text", new String[] {tag}));
            insert.executeUpdate();
            assertEquals(body, text(connection, "select body from yandu.notes where id = ?", id));
            assertEquals(tag, text(connection, "select tags[1] from yandu.notes where id = ?", id));
        }
        try (Connection connection = group.admin()) {
            assertEquals(1, number(connection, "select count(*) from yandu.speeches where fingerprint = 'f1'"));
        }
    }

    @Test
    void membersAreAddedByOrganisersOnlyAndAnyNameIsJustAName() throws Exception {
        try (Connection connection = as(wang)) {
            assertRefused(() -> update(connection, "select yandu.add_member('mallory', 'M',"
                    + " 'SCRAM-SHA-256$4096:x', true)"));
            assertRefused(() -> update(connection, "select yandu.remove_member('li')"));
            assertRefused(() -> update(connection, "create role mallory login password 'x'"));
        }
        String odd = "robert\"; drop table yandu.notes; --";
        Invitation invitation;
        try (GroupConnection connection = group.connect(organiser)) {
            invitation = new GroupMembers().add(connection, odd, "Bobby");
        }
        try (Connection connection = as(invitation)) {
            assertEquals(odd, text(connection, "select current_user"));
            assertTrue(number(connection, "select count(*) from yandu.notes") >= 0, "the notes are still there");
        }
    }

    @Test
    void passwordsAreCheckedAndNeverKeptInClear() throws Exception {
        SQLException wrong = assertThrows(SQLException.class,
                () -> group.server().connect(TestGroup.DATABASE, "li", li.temporaryPassword() + "x").close());
        assertEquals("28P01", wrong.getSQLState(), wrong::getMessage);
        try (Connection connection = group.admin()) {
            String stored = text(connection, "select rolpassword from pg_authid where rolname = 'li'");
            assertTrue(stored.startsWith("SCRAM-SHA-256$"), stored);
            assertFalse(stored.contains(li.temporaryPassword()));
        }
    }

    @Test
    void aRemovedMemberCannotLogInAndTheirNotesStay() throws Exception {
        Invitation leaving;
        try (GroupConnection connection = group.connect(organiser)) {
            leaving = new GroupMembers().add(connection, "zhao", "赵");
        }
        UUID kept = note(leaving, "留下的笔记", true);
        try (GroupConnection connection = group.connect(organiser)) {
            new GroupMembers().remove(connection, "zhao");
        }
        assertThrows(SQLException.class, () -> as(leaving).close());
        try (Connection connection = as(wang)) {
            assertEquals("留下的笔记", text(connection, "select body from yandu.notes where id = ?", kept));
            assertEquals("false", text(connection, "select active::text from yandu.members where name = 'zhao'"));
        }
    }

    @Test
    void everyEditKeepsTheRevisionItReplacedAndMarksOneItOverwrote() throws Exception {
        UUID id = note(li, "第一稿", false);
        try (Connection connection = as(li)) {
            // Edited on a device that had revision 1: a plain edit.
            update(connection, "update yandu.notes set body = '第二稿', base_revision = 1 where id = ?", id);
            // Edited on another device that still had revision 1: it overwrites the second draft.
            update(connection, "update yandu.notes set body = '另一台电脑上的稿', base_revision = 1 where id = ?", id);
            assertEquals(3, number(connection, "select revision from yandu.notes where id = ?", id));
            assertEquals("第一稿/false,第二稿/true", text(connection, "select string_agg(body || '/'"
                    + " || overwritten_by_another_edit, ',' order by revision) from yandu.note_revisions"
                    + " where note_id = ?", id));
            assertRefused(() -> update(connection, "insert into yandu.note_revisions (note_id, revision, author,"
                    + " speech_fingerprint, anchor, colour, body, tags, shared, deleted, edited_at,"
                    + " overwritten_by_another_edit, change) select id, 9, author, speech_fingerprint, anchor, colour,"
                    + " body, tags, shared, deleted, edited_at, false, 0 from yandu.notes where id = ?", id));
        }
        try (Connection connection = as(wang)) {
            assertEquals(0, number(connection, "select count(*) from yandu.note_revisions where note_id = ?", id));
        }
    }

    @Test
    void aMembersReadingIsSeenByOrganisersOnlyWhenTheyAllowIt() throws Exception {
        try (Connection connection = as(li)) {
            update(connection, "insert into yandu.reading (speech_fingerprint, read, shown_to_organisers)"
                    + " values ('private', true, false), ('shown', true, true)");
        }
        try (Connection connection = as(organiser)) {
            assertEquals("shown", text(connection, "select string_agg(speech_fingerprint, ',')"
                    + " from yandu.reading where member = 'li'"));
        }
        try (Connection connection = as(wang)) {
            assertEquals(0, number(connection, "select count(*) from yandu.reading where member = 'li'"));
        }
    }

    @Test
    void aPushIsRecordedOnceAMember() throws Exception {
        UUID push = UUID.randomUUID();
        try (Connection connection = as(li)) {
            update(connection, "insert into yandu.pushes (id) values (?)", push);
            SQLException again = assertThrows(SQLException.class,
                    () -> update(connection, "insert into yandu.pushes (id) values (?)", push));
            assertEquals("23505", again.getSQLState(), again::getMessage);
        }
        try (Connection connection = as(wang)) {
            assertEquals(0, number(connection, "select count(*) from yandu.pushes where id = ?", push));
            assertRefused(() -> update(connection, "insert into yandu.pushes (member, id) values ('li', ?)",
                    UUID.randomUUID()));
        }
    }

    private static Connection as(Invitation member) throws SQLException {
        return group.as(member);
    }

    private static UUID note(Invitation author, String body, boolean shared) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = as(author)) {
            update(connection, "insert into yandu.notes (id, speech_fingerprint, anchor, colour, body, shared,"
                    + " edited_at) values (?, 'f1', '{}', 'yellow', '" + body + "', " + shared + ", now())", id);
        }
        return id;
    }

    private static void assertRefused(ThrowingRun run) {
        SQLException e = assertThrows(SQLException.class, run::run);
        assertEquals(NO_PRIVILEGE, e.getSQLState(), e::getMessage);
    }

    private interface ThrowingRun {
        void run() throws SQLException;
    }

    private static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, values)) {
            if (statement.execute()) {
                return -1;
            }
            return statement.getUpdateCount();
        }
    }

    private static List<UUID> ids(Connection connection, String sql, Object... values) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement statement = prepared(connection, sql, values);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static String text(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, values);
             ResultSet row = statement.executeQuery()) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }

    private static long number(Connection connection, String sql, Object... values) throws SQLException {
        return Long.parseLong(text(connection, sql, values));
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
