package org.yandu.ui.group;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.group.GroupSync;
import org.yandu.group.NoteHistory;
import org.yandu.group.SyncReport;
import org.yandu.library.GroupMembership;
import org.yandu.library.LibraryStore;
import org.yandu.library.SpeechCollection;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupException;
import org.yandu.library.group.GroupGlossary;
import org.yandu.library.group.GroupMember;
import org.yandu.library.group.GroupMembers;
import org.yandu.library.group.GroupSetup;
import org.yandu.library.group.GroupTerm;
import org.yandu.library.group.Invitation;
import org.yandu.library.group.NoteRevision;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.TaskExecutor;

/**
 * The library's study group in the window: syncs in the background (once the library is open, every
 * {@link #SYNC_EVERY}, soon after the reader changes a note, and on demand), keeps the status bar's
 * {@link GroupSyncState}, and joins and leaves. The reader is asked for their password only when they started
 * the sync (at start or on demand), never by the timer; it is kept in memory until the window closes, never
 * written. Nothing here waits on the network on the FX thread: syncs run on the group's lane.
 */
public final class GroupController {
    /** How often the library syncs while the window is open. */
    public static final Duration SYNC_EVERY = Duration.ofMinutes(5);
    /** How long after the last change to a note the change goes, so typing a note is one sync, not many. */
    public static final Duration AFTER_CHANGE = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(GroupController.class);

    /** Runs work on the FX thread after a delay (a pause transition in the window; by hand in tests). */
    @FunctionalInterface
    public interface Scheduler {
        void later(Duration delay, Runnable task);
    }

    /** Asks the reader for their password (on the FX thread); empty when they would rather not. */
    @FunctionalInterface
    public interface PasswordPrompt {
        /** @param refused whether the server refused the password given before */
        Optional<char[]> ask(GroupMembership member, boolean refused);
    }

    private final TaskExecutor tasks;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Consumer<SyncReport> arrived;
    private final ReadOnlyObjectWrapper<GroupSyncState> state = new ReadOnlyObjectWrapper<>(GroupSyncState.NO_GROUP);
    private final ReadOnlyObjectWrapper<Optional<GroupMembership>> membership =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper organiser = new ReadOnlyBooleanWrapper(false);
    private PasswordPrompt prompt = (member, refused) -> Optional.empty();
    private @Nullable LibraryStore store;
    private char @Nullable [] password;
    private boolean running;
    private boolean askedAgain;
    /** Counts the timers set; a timer that is not the newest does nothing when it fires. */
    private long timers;

    /** @param arrived told on the FX thread of each sync that brought speeches or notes, to show them */
    public GroupController(TaskExecutor tasks, Scheduler scheduler, Clock clock, Consumer<SyncReport> arrived) {
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.clock = clock;
        this.arrived = arrived;
    }

    /** How the reader is asked for their password (a dialog in the window). */
    public void askPasswordsWith(PasswordPrompt passwords) {
        prompt = passwords;
    }

    /**
     * The open library: if it belongs to a group, the first sync starts (asking for the password if the password
     * file has none). A library only read beside the Yandu that holds it is synced by that one, not here.
     */
    public void use(LibraryStore library) {
        store = library;
        forget();
        if (library.openedForReading()) {
            return;
        }
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.group", () -> Standing.of(library))
                .onSuccess(standing -> {
                    membership.set(standing.member());
                    organiser.set(standing.organiser());
                    if (standing.member().isPresent()) {
                        state.set(GroupSyncState.idle(standing.waiting(), null));
                        sync(true);
                    }
                }));
    }

    /** Syncs now, asking for the password if the server wants one. */
    public void syncNow() {
        sync(true);
    }

    /** The reader changed a note: the status bar counts it, and it goes {@link #AFTER_CHANGE} later. */
    public void notesChanged() {
        LibraryStore library = store;
        if (library == null || membership.get().isEmpty()) {
            return;
        }
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.group", () -> library.group().outbox().waiting())
                .onSuccess(waiting -> state.set(state.get().waiting(waiting))));
        syncAfter(AFTER_CHANGE);
    }

    /**
     * Joins a group with an invitation (the library must belong to none) and syncs for the first time.
     *
     * @param url the group's JDBC address
     * @param failed told on the FX thread of what went wrong, with nothing joined
     */
    public void join(String url, String user, char[] temporary, char[] chosen, Consumer<GroupException> failed) {
        LibraryStore library = store;
        if (library == null) {
            return;
        }
        running = true;
        state.set(GroupSyncState.idle(0, null).syncing());
        // The driver blanks the password it sets; the copy serves this session's syncs.
        char[] kept = chosen.clone();
        tasks.execute(BackgroundTask.on(Lane.GROUP, "error.group",
                () -> GroupSync.join(library, url, user, temporary, chosen))
                .onSuccess(report -> {
                    password = kept;
                    synced(report, library);
                })
                .onFailure(e -> {
                    Arrays.fill(kept, '\0');
                    running = false;
                    state.set(GroupSyncState.NO_GROUP);
                    failed.accept(asGroupTrouble(e));
                })
                .toldBy(e -> { }));
    }

    /**
     * Sets a group up in a database an administrator made (the schema, its roles and policies, the first organiser)
     * as that administrator, on the group lane; {@code done} gets the organiser's invitation. The library is not
     * changed: the organiser joins with the invitation like any member.
     *
     * @param adminPassword null to take it from PostgreSQL's password file
     */
    public void create(String jdbcUrl, String admin, char @Nullable [] adminPassword, String organiser,
                       String shownName, Consumer<Invitation> done, Consumer<GroupException> failed) {
        tasks.execute(BackgroundTask.on(Lane.GROUP, "error.group", () -> {
            try (GroupConnection server = GroupConnection.open(jdbcUrl, admin, adminPassword)) {
                return new GroupSetup().create(server, organiser, shownName);
            } finally {
                if (adminPassword != null) {
                    Arrays.fill(adminPassword, '\0');
                }
            }
        }).onSuccess(done).onFailure(e -> failed.accept(asGroupTrouble(e))).toldBy(e -> { }));
    }

    /** Leaves the group: the library keeps its speeches and notes as its own; changes not sent stay here only. */
    public void leave() {
        LibraryStore library = store;
        if (library == null) {
            return;
        }
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.group", () -> {
            library.group().leave();
            return library;
        }).onSuccess(left -> forget()));
    }

    /** Shares the reader's notes on a speech with the group, or takes them back; they go at the next sync. */
    public void shareNotesOn(long speechId, boolean shared) {
        LibraryStore library = store;
        if (library != null) {
            tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.group",
                    () -> library.group().shareSpeech(speechId, shared)).onSuccess(changed -> notesChanged()));
        }
    }

    /** Publishes speeches of the library to the group; {@code done} hears how many, on the FX thread. */
    public void publish(List<Long> speechIds, IntConsumer done, Consumer<GroupException> failed) {
        onServer((library, server) -> GroupSync.publish(library, server, speechIds), published -> {
            done.accept(published);
            syncNow();
        }, failed);
    }

    /**
     * Publishes a collection: its speeches, and the collection members get as one of theirs; {@code done} gets how
     * many speeches it holds.
     */
    public void publish(SpeechCollection collection, IntConsumer done, Consumer<GroupException> failed) {
        onServer((library, server) -> GroupSync.publish(library, server, collection), published -> {
            done.accept(published);
            syncNow();
        }, failed);
    }

    /** The group's glossary as the last sync brought it, by term; on the FX thread. */
    public void terms(Consumer<List<GroupTerm>> done) {
        LibraryStore library = store;
        if (library != null) {
            tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.group", () -> library.group().terms().inUse())
                    .onSuccess(done));
        }
    }

    /** Puts a term into the group's glossary (or changes it); members take it up at their next sync. */
    public void putTerm(GroupTerm term, Runnable done, Consumer<GroupException> failed) {
        onServer((library, server) -> {
            GroupGlossary.put(server, term);
            return term;
        }, put -> {
            done.run();
            syncNow();
        }, failed);
    }

    /** Takes a term out of the group's glossary. */
    public void removeTerm(String term, Runnable done, Consumer<GroupException> failed) {
        onServer((library, server) -> GroupGlossary.remove(server, term), removed -> {
            done.run();
            syncNow();
        }, failed);
    }

    /** Sets the group to read speeches of the library by a day (or none); the reader's own library hears it too. */
    public void assign(String title, @Nullable LocalDate due, String note, List<Long> speechIds, Runnable done,
                       Consumer<GroupException> failed) {
        onServer((library, server) -> GroupSync.assign(library, server, title, due, note, speechIds), set -> {
            done.run();
            syncNow();
        }, failed);
    }

    /** Adds a member; {@code done} gets their invitation, whose temporary password is shown once and not kept. */
    public void addMember(String name, String displayName, Consumer<Invitation> done,
                         Consumer<GroupException> failed) {
        onServer((library, server) -> new GroupMembers().add(server, name, displayName), invitation -> {
            done.accept(invitation);
            syncNow();
        }, failed);
    }

    /** Removes a member: they can no longer log in; their shared notes stay with the group. */
    public void removeMember(String name, Runnable done, Consumer<GroupException> failed) {
        onServer((library, server) -> {
            new GroupMembers().remove(server, name);
            return name;
        }, removed -> {
            done.run();
            syncNow();
        }, failed);
    }

    /** The earlier states of one of the reader's notes the group's server kept, newest first; on the FX thread. */
    public void revisions(long annotationId, Consumer<List<NoteRevision>> done, Consumer<GroupException> failed) {
        onServer((library, server) -> NoteHistory.of(library, server, annotationId), done, failed);
    }

    /**
     * Brings back a kept state of a note: an edit like any other, sent soon; the state it replaces is kept in turn.
     */
    public void restore(long annotationId, int revision, Runnable done, Consumer<GroupException> failed) {
        onServer((library, server) -> NoteHistory.restore(library, server, annotationId, revision), restored -> {
            done.run();
            notesChanged();
        }, failed);
    }

    /** The group's members as the last sync brought them, for choosing one; on the FX thread. */
    public void members(Consumer<List<GroupMember>> done) {
        LibraryStore library = store;
        if (library != null) {
            tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.group", () -> library.group().members())
                    .onSuccess(done));
        }
    }

    /** Whether this library's member organises the group: publishes, assigns, adds and removes members. */
    public ReadOnlyBooleanProperty organiserProperty() {
        return organiser.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GroupSyncState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The group the library belongs to, if any. */
    public ReadOnlyObjectProperty<Optional<GroupMembership>> membershipProperty() {
        return membership.getReadOnlyProperty();
    }

    /** The window closes: no more syncs, and the password is forgotten. */
    public void stop() {
        store = null;
        forget();
    }

    /** The library's place in its group: the membership, the changes waiting, whether the member organises it. */
    private record Standing(Optional<GroupMembership> member, int waiting, boolean organiser) {
        static Standing of(LibraryStore library) {
            return new Standing(library.group().membership(), library.group().outbox().waiting(),
                    library.group().organises());
        }
    }

    private void forget() {
        timers++;
        forgetPassword();
        membership.set(Optional.empty());
        organiser.set(false);
        state.set(GroupSyncState.NO_GROUP);
    }

    /** @param asked whether the reader asked for it (or opened the library), so may be asked for a password */
    private void sync(boolean asked) {
        LibraryStore library = store;
        if (library == null || membership.get().isEmpty()) {
            return;
        }
        if (running) {
            askedAgain = true;
            return;
        }
        running = true;
        state.set(state.get().syncing());
        char @Nullable [] given = password;
        tasks.execute(BackgroundTask.on(Lane.GROUP, "error.group", () -> GroupSync.sync(library, given))
                .onSuccess(report -> synced(report, library))
                .onFailure(e -> failed(e, asked, library))
                .toldBy(e -> { }));
    }

    private void synced(SyncReport report, LibraryStore library) {
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.group", () -> Standing.of(library))
                .onSuccess(standing -> {
                    membership.set(standing.member());
                    organiser.set(standing.organiser());
                    state.set(GroupSyncState.idle(standing.waiting(), ZonedDateTime.now(clock)));
                    finished();
                }));
        if (report.speeches() > 0 || report.received() > 0) {
            arrived.accept(report);
        }
    }

    private void failed(Throwable error, boolean asked, LibraryStore library) {
        GroupException why = asGroupTrouble(error);
        GroupException.Trouble trouble = why.trouble();
        if (why.wantsPassword()) {
            forgetPassword();
        }
        if (why.wantsPassword() && asked && library == store) {
            running = false;
            if (passwordGiven(membership.get().orElseThrow(), trouble)) {
                sync(true);
                return;
            }
        }
        log.warn("The group's sync did not finish: {}", why.getMessage());
        state.set(trouble == GroupException.Trouble.NO_PASSWORD ? state.get().needsPassword()
                : state.get().failed(trouble, String.valueOf(why.getMessage())));
        finished();
    }

    /** Work on the group's server as this library's member, such as an organiser's. */
    @FunctionalInterface
    private interface ServerWork<T> {
        T on(LibraryStore library, GroupConnection server);
    }

    /**
     * Runs work on the group lane with a connection as the library's member, asking for the password (and trying
     * again) if the server wants one; a failure reaches {@code failed} on the FX thread, the library unchanged.
     */
    private <T> void onServer(ServerWork<T> work, Consumer<T> done, Consumer<GroupException> failed) {
        LibraryStore library = store;
        GroupMembership member = membership.get().orElse(null);
        if (library == null || member == null) {
            return;
        }
        char @Nullable [] given = password;
        tasks.execute(BackgroundTask.on(Lane.GROUP, "error.group", () -> {
            try (GroupConnection server = GroupConnection.open(member.url(), member.user(), given)) {
                return work.on(library, server);
            }
        }).onSuccess(done).onFailure(e -> {
            GroupException why = asGroupTrouble(e);
            if (why.wantsPassword() && library == store) {
                forgetPassword();
                if (passwordGiven(member, why.trouble())) {
                    onServer(work, done, failed);
                    return;
                }
            }
            failed.accept(why);
        }).toldBy(e -> { }));
    }

    /** Asks the reader for the password the server wants; whether they gave one (it is kept for the session). */
    private boolean passwordGiven(GroupMembership member, GroupException.Trouble trouble) {
        Optional<char[]> given = prompt.ask(member, trouble == GroupException.Trouble.WRONG_PASSWORD);
        given.ifPresent(typed -> password = typed);
        return given.isPresent();
    }

    /** A failure as the group's trouble: one the server or driver did not name is {@code FAILED}. */
    private static GroupException asGroupTrouble(Throwable error) {
        return error instanceof GroupException g ? g : new GroupException(String.valueOf(error.getMessage()), error);
    }

    private void forgetPassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }

    /** The sync is over: one asked for meanwhile runs now; otherwise the next comes in {@link #SYNC_EVERY}. */
    private void finished() {
        running = false;
        if (askedAgain) {
            askedAgain = false;
            sync(false);
        } else {
            syncAfter(SYNC_EVERY);
        }
    }

    private void syncAfter(Duration delay) {
        long timer = ++timers;
        scheduler.later(delay, () -> {
            if (timer == timers) {
                sync(false);
            }
        });
    }
}
