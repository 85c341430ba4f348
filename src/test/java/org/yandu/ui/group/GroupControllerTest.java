package org.yandu.ui.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.group.SyncReport;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.SourceFile;
import org.yandu.library.StudyCopy;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupException;
import org.yandu.library.group.GroupMembers;
import org.yandu.library.group.GroupTerm;
import org.yandu.library.group.Invitation;
import org.yandu.library.group.NoteRevision;
import org.yandu.library.group.TestGroup;
import org.yandu.settings.Language;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.SameThreadTaskExecutor;

/**
 * The window's syncs, run on the test's thread against a real PostgreSQL server and a real library: when they run,
 * when the reader is asked for a password, and what the status bar says. Timers are kept and fired by hand.
 */
class GroupControllerTest {
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    @RegisterExtension
    static final TestGroup group = new TestGroup();

    @TempDir
    Path dir;
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final List<Timer> timers = new ArrayList<>();
    private final List<Boolean> asked = new ArrayList<>();
    private final List<Optional<char[]>> answers = new ArrayList<>();
    private final List<SyncReport> arrivals = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-06T09:00:00Z");
    private LibraryStore library;
    private GroupController controller;

    private record Timer(Duration delay, Runnable task) {
    }



    @BeforeEach
    void openLibrary() {
        // No password file: the server's password comes from the reader or not at all.
        System.setProperty("org.postgresql.pgpassfile", dir.resolve("no-pgpass").toString());
        library = StudyCopy.open(dir.resolve("library.db"));
        controller = new GroupController(tasks, (delay, task) -> timers.add(new Timer(delay, task)),
                new Clock() {
                    @Override
                    public ZoneOffset getZone() {
                        return ZoneOffset.UTC;
                    }

                    @Override
                    public Clock withZone(java.time.ZoneId zone) {
                        return this;
                    }

                    @Override
                    public Instant instant() {
                        return now;
                    }
                }, arrivals::add);
        controller.askPasswordsWith((member, refused) -> {
            asked.add(refused);
            return answers.isEmpty() ? Optional.empty() : answers.remove(0);
        });
    }

    @AfterEach
    void closeLibrary() {
        controller.stop();
        library.close();
        System.clearProperty("org.postgresql.pgpassfile");
    }

    @Test
    void aGroupsLibrarySyncsWhenOpenedAndSoonAfterANoteChanges() {
        library.group().join(group.li().url(), group.li().user());
        answers.add(Optional.of(group.li().temporaryPassword().toCharArray()));
        controller.use(library);

        assertEquals(List.of(false), asked, "asked once, at start, for the password the server wants");
        GroupSyncState state = controller.stateProperty().get();
        assertEquals(GroupSyncState.Kind.SYNCED, state.kind());
        assertEquals("Group: synced at 9:00 AM", state.text(ENGLISH, "li"));
        assertEquals(GroupController.SYNC_EVERY, lastTimer().delay(), "the next sync is set");

        StudyCopy.highlight(library, "群众路线", "要点");
        controller.notesChanged();
        assertEquals("Group: 1 change waiting", controller.stateProperty().get().text(ENGLISH, "li"));
        assertEquals(GroupController.AFTER_CHANGE, lastTimer().delay());
        now = now.plusSeconds(20);
        Timer periodic = timers.get(timers.size() - 2);
        lastTimer().task().run();
        assertEquals(List.of(false), asked, "the password given at start is kept for the session");
        assertEquals(0, library.group().outbox().waiting(), "the change went");
        assertEquals(now, controller.stateProperty().get().synced().toInstant());

        Instant synced = now;
        now = now.plusSeconds(60);
        periodic.task().run();
        assertEquals(synced, controller.stateProperty().get().synced().toInstant(),
                "a timer set before a newer one does nothing");
    }

    @Test
    void aTimerNeverAsksForThePasswordButTheReaderCan() {
        library.group().join(group.li().url(), group.li().user());
        controller.use(library);
        assertEquals(List.of(false), asked);
        assertEquals(GroupSyncState.Kind.NEEDS_PASSWORD, controller.stateProperty().get().kind());
        assertEquals("Group: your password is needed (click to sync)",
                controller.stateProperty().get().text(ENGLISH, "li"));

        lastTimer().task().run();
        assertEquals(List.of(false), asked, "no dialog pops up by itself every few minutes");
        assertEquals(GroupSyncState.Kind.NEEDS_PASSWORD, controller.stateProperty().get().kind());

        answers.add(Optional.of(group.li().temporaryPassword().toCharArray()));
        controller.syncNow();
        assertEquals(List.of(false, false), asked);
        assertEquals(GroupSyncState.Kind.SYNCED, controller.stateProperty().get().kind());
    }

    @Test
    void aRefusedPasswordIsAskedForAgainAndThenTheStatusBarSaysWhy() {
        library.group().join(group.li().url(), group.li().user());
        answers.add(Optional.of("not-the-password".toCharArray()));
        controller.use(library);

        assertEquals(List.of(false, true), asked, "asked again, saying the server refused it");
        GroupSyncState state = controller.stateProperty().get();
        assertEquals(GroupSyncState.Kind.FAILED, state.kind());
        assertEquals(GroupException.Trouble.WRONG_PASSWORD, state.trouble());
        assertEquals("Group: not synced: the server refused the password for li", state.text(ENGLISH, "li"));
        assertTrue(state.detail().contains("password authentication failed"), state.detail());
    }

    @Test
    void anUnreachableServerIsOfflineWithTheChangesWaiting() {
        library.group().join("jdbc:postgresql://localhost:1/" + TestGroup.DATABASE + "?connectTimeout=2", "li");
        StudyCopy.highlight(library, "群众路线", "离线时写的");
        controller.use(library);

        GroupSyncState state = controller.stateProperty().get();
        assertEquals(GroupSyncState.Kind.OFFLINE, state.kind());
        assertEquals("Group: offline, 1 change waiting", state.text(ENGLISH, "li"));
        assertEquals(List.of(), asked, "nothing to ask while the server cannot be reached");
        assertEquals(1, library.group().outbox().waiting(), "the change waits in the library");
        assertEquals(GroupController.SYNC_EVERY, lastTimer().delay(), "and is tried again later");
    }

    @Test
    void joiningWithAnInvitationSyncsAndKeepsTheNewPasswordForTheSession() {
        Invitation zhao = invite("zhao");
        controller.use(library);
        assertEquals(GroupSyncState.Kind.NO_GROUP, controller.stateProperty().get().kind());
        assertEquals("", controller.stateProperty().get().text(ENGLISH, ""), "no group, nothing in the status bar");
        List<GroupException> failures = new ArrayList<>();

        controller.join(zhao.url(), "zhao", zhao.temporaryPassword().toCharArray(),
                "赵的新密码很长很长".toCharArray(), failures::add);

        assertEquals(List.of(), failures);
        assertEquals("zhao", controller.membershipProperty().get().orElseThrow().user());
        assertEquals("zhao", library.group().membership().orElseThrow().user());
        assertEquals(GroupSyncState.Kind.SYNCED, controller.stateProperty().get().kind());
        controller.syncNow();
        assertEquals(List.of(), asked, "the password chosen on joining serves the session's syncs");
        assertEquals(GroupSyncState.Kind.SYNCED, controller.stateProperty().get().kind());
        try (GroupConnection again = GroupConnection.open(zhao.url(), "zhao", "赵的新密码很长很长".toCharArray())) {
            assertEquals(zhao.url(), again.url(), "the server has the member's own password now");
        }

        controller.leave();
        assertEquals(GroupSyncState.Kind.NO_GROUP, controller.stateProperty().get().kind());
        assertTrue(library.group().membership().isEmpty());
    }

    @Test
    void aRefusedInvitationJoinsNothing() {
        Invitation sun = invite("sun");
        controller.use(library);
        List<GroupException> failures = new ArrayList<>();

        controller.join(sun.url(), "sun", "not-the-temporary-one".toCharArray(), "孙的新密码很长很长".toCharArray(),
                failures::add);

        assertEquals(1, failures.size());
        assertEquals(GroupException.Trouble.WRONG_PASSWORD, failures.get(0).trouble());
        assertTrue(library.group().membership().isEmpty(), "the library belongs to no group");
        assertFalse(controller.membershipProperty().get().isPresent());
        assertEquals(GroupSyncState.Kind.NO_GROUP, controller.stateProperty().get().kind());
        assertEquals(List.of(), tasks.shownFailures(), "said in the join's own message, not the error dialog");
    }

    @Test
    void anOrganiserPublishesAssignsAndAddsAndRemovesMembersFromTheWindow() throws Exception {
        library.group().join(group.organiser().url(), group.organiser().user());
        answers.add(Optional.of(group.organiser().temporaryPassword().toCharArray()));
        controller.use(library);
        assertTrue(controller.organiserProperty().get(), "the members' stream says zhou organises the group");
        long speech = library.speeches().get(0).id();
        List<String> done = new ArrayList<>();
        List<GroupException> failures = new ArrayList<>();

        controller.publish(List.of(speech), n -> done.add("published " + n), failures::add);
        controller.assign("第一周", LocalDate.parse("2026-12-20"), "写体会", List.of(speech),
                () -> done.add("assigned"), failures::add);
        List<Invitation> invited = new ArrayList<>();
        controller.addMember("qian", "钱进", invited::add, failures::add);

        assertEquals(List.of(), failures);
        assertEquals(List.of("published 1", "assigned"), done);
        assertEquals(List.of("第一周"), library.group().assignedReading().stream().map(a -> a.title()).toList(),
                "the organiser's own library hears of it at once");
        try (GroupConnection qian = GroupConnection.open(invited.get(0).url(), "qian",
                invited.get(0).temporaryPassword().toCharArray())) {
            assertEquals("qian", invited.get(0).user(), "the invitation lets the new member in");
        }
        controller.addMember("qian", "另一个钱", invited::add, failures::add);
        assertEquals(GroupException.Trouble.NAME_TAKEN, failures.remove(0).trouble(), "one user name, one member");
        controller.removeMember("qian", () -> done.add("removed"), failures::add);
        assertEquals("removed", done.get(done.size() - 1));
        GroupException refused = assertThrows(GroupException.class,
                () -> GroupConnection.open(invited.get(0).url(), "qian",
                        invited.get(0).temporaryPassword().toCharArray()));
        assertTrue(refused.getMessage().contains("qian"), refused.getMessage());
        assertEquals(List.of(false), asked, "the password was asked once, at start");
    }

    @Test
    void anEarlierVersionOfANoteIsReadFromTheServerAndBroughtBack() {
        library.group().join(group.li().url(), group.li().user());
        answers.add(Optional.of(group.li().temporaryPassword().toCharArray()));
        Annotation note = StudyCopy.highlight(library, "巩固党的执政地位", "初稿");
        controller.use(library);
        library.annotations().update(note.id(), HighlightColor.YELLOW, "二稿", List.of("改过"));
        controller.syncNow();
        List<List<NoteRevision>> read = new ArrayList<>();
        List<GroupException> failures = new ArrayList<>();

        controller.revisions(note.id(), read::add, failures::add);
        NoteRevision first = read.get(0).stream().filter(r -> r.body().equals("初稿")).findFirst().orElseThrow();
        controller.restore(note.id(), first.revision(), () -> { }, failures::add);

        assertEquals(List.of(), failures);
        assertEquals("初稿", library.annotations().find(note.id()).orElseThrow().note(), "the first draft is back");
        assertEquals(1, library.group().outbox().waiting(), "and goes to the group as an edit");
        assertEquals("Group: 1 change waiting", controller.stateProperty().get().text(ENGLISH, "li"));
    }

    @Test
    void aGroupCreatedFromTheWindowIsJoinedAsItsOrganiser() throws Exception {
        group.server().createDatabase("second_group");
        controller.use(library);
        List<Invitation> invited = new ArrayList<>();
        List<GroupException> failures = new ArrayList<>();

        controller.create(group.server().url("second_group"), "postgres", null, "chen", "陈老师", invited::add,
                failures::add);
        assertEquals(List.of(), failures);
        assertEquals("chen", invited.get(0).user());
        assertTrue(library.group().membership().isEmpty(), "creating joins nothing by itself");
        controller.join(invited.get(0).url(), "chen", invited.get(0).temporaryPassword().toCharArray(),
                "陈老师自己的密码很长".toCharArray(), failures::add);

        assertEquals(List.of(), failures);
        assertTrue(controller.organiserProperty().get(), "the library's member organises the new group");
        controller.create(group.server().url("second_group"), "no_such_admin", "x".toCharArray(), "zhao", "赵",
                invited::add, failures::add);
        assertEquals(GroupException.Trouble.WRONG_PASSWORD, failures.get(0).trouble(), failures.get(0).getMessage());
    }

    @Test
    void aMemberWhoDoesNotOrganiseIsRefusedByTheServer() {
        library.group().join(group.li().url(), group.li().user());
        answers.add(Optional.of(group.li().temporaryPassword().toCharArray()));
        controller.use(library);
        assertFalse(controller.organiserProperty().get());
        List<GroupException> failures = new ArrayList<>();

        controller.assign("我来布置", null, "", List.of(library.speeches().get(0).id()), () -> { }, failures::add);

        assertEquals(1, failures.size(), "the server's policies refuse it, whatever the window shows");
        assertEquals(GroupException.Trouble.REFUSED, failures.get(0).trouble(), failures.get(0).getMessage());
    }

    @Test
    void anOrganisersGlossaryTermAndCollectionReachTheirOwnLibraryAtOnce() {
        library.group().join(group.organiser().url(), group.organiser().user());
        answers.add(Optional.of(group.organiser().temporaryPassword().toCharArray()));
        library.recordImport(new SourceFile("/汇编.html", "汇编.html", "html", "UTF-8", 1, "hash-汇编"), "学习汇编",
                List.of(StudyCopy.speech()));
        controller.use(library);
        List<String> done = new ArrayList<>();
        List<GroupException> failures = new ArrayList<>();

        controller.putTerm(new GroupTerm("执政地位", "zhí zhèng dì wèi", null, "position as the ruling party",
                List.of(), false, 0), () -> done.add("put"), failures::add);
        controller.publish(library.collections().get(0), n -> done.add("published " + n), failures::add);
        List<List<GroupTerm>> listed = new ArrayList<>();
        controller.terms(listed::add);

        assertEquals(List.of(), failures);
        assertEquals(List.of("put", "published 1"), done);
        assertEquals(List.of("执政地位"), listed.get(0).stream().map(GroupTerm::term).toList(),
                "the sync that follows brings it into the organiser's own library");
        assertEquals(1, library.collections().size(), "the collection published stays the one it was");
        controller.removeTerm("执政地位", () -> done.add("removed"), failures::add);
        controller.terms(listed::add);
        assertEquals(List.of(), listed.get(1));
    }

    private Timer lastTimer() {
        return timers.get(timers.size() - 1);
    }

    private static Invitation invite(String name) {
        try (GroupConnection organiser = group.connect(group.organiser())) {
            return new GroupMembers().add(organiser, name, name);
        }
    }
}
