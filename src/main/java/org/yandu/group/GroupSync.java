package org.yandu.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.library.GroupArrivals;
import org.yandu.library.GroupMembership;
import org.yandu.library.GroupOutbox;
import org.yandu.library.GroupSpeech;
import org.yandu.library.GroupStream;
import org.yandu.library.LibraryGroup;
import org.yandu.library.LibraryStore;
import org.yandu.library.OutgoingNote;
import org.yandu.library.OutgoingReading;
import org.yandu.library.SpeechCollection;
import org.yandu.library.group.Assignment;
import org.yandu.library.group.GroupAssignments;
import org.yandu.library.group.GroupCollection;
import org.yandu.library.group.GroupCollections;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupException;
import org.yandu.library.group.GroupGlossary;
import org.yandu.library.group.GroupMembers;
import org.yandu.library.group.GroupNotes;
import org.yandu.library.group.GroupReading;
import org.yandu.library.group.GroupSpeeches;
import org.yandu.library.group.GroupTerm;
import org.yandu.library.group.PushResult;
import org.yandu.library.group.ReadingState;
import org.yandu.library.group.SharedSpeech;

/**
 * Brings a library and its group up to date with each other: first what waits here goes (the notes' outbox a
 * batch at a time, each batch applied on the server in one transaction, then the reading), then the group's
 * changes come, a stream at a time ({@link GroupStream}, speeches before the notes on them) and a page at a time,
 * each page applied here in one transaction with the number it reaches. A sync cut off anywhere (the connection
 * lost, the server restarted, the app killed) leaves each side with whole batches and pages only; the next sync
 * sends again what was not recorded as sent, which the server skips if it had it, and reads again from the last
 * number applied.
 */
public final class GroupSync {
    static final int PUSH_BATCH = 100;
    public static final int PULL_PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(GroupSync.class);

    private GroupSync() {
    }

    /** @param server a connection to the group as this library's member */
    public static SyncReport sync(LibraryStore library, GroupConnection server) {
        LibraryGroup group = library.group();
        if (group.membership().isEmpty()) {
            throw new IllegalStateException("This library belongs to no group");
        }
        GroupArrivals arrivals = group.arrivals();
        int sent = pushNotes(group.outbox(), server);
        pushReading(group, server);
        pull(group, GroupStream.MEMBERS, (since, n) -> GroupMembers.since(server, since, n), m -> m.change(),
                arrivals::applyMembers);
        int[] speeches = {0, 0};
        pull(group, GroupStream.SPEECHES, (since, n) -> GroupSpeeches.since(server, since, n), SharedSpeech::change,
                (page, upTo) -> {
                    List<GroupSpeech> readable = readable(page);
                    speeches[1] += (int) page.stream().filter(s -> !s.withdrawn()).count() - readable.size();
                    speeches[0] += arrivals.applySpeeches(readable, upTo, library);
                });
        int collections = pull(group, GroupStream.COLLECTIONS, (since, n) -> GroupCollections.since(server, since, n),
                GroupCollection::change, arrivals::applyCollections);
        pull(group, GroupStream.ASSIGNMENTS, (since, n) -> GroupAssignments.since(server, since, n),
                a -> a.change(), arrivals::applyAssignments);
        int terms = pull(group, GroupStream.GLOSSARY, (since, n) -> GroupGlossary.since(server, since, n),
                GroupTerm::change, arrivals::applyGlossary);
        pull(group, GroupStream.READING, (since, n) -> GroupReading.since(server, since, n),
                ReadingState::change, arrivals::applyReading);
        int received = pull(group, GroupStream.NOTES, (since, n) -> GroupNotes.since(server, since, n),
                n -> n.change(), arrivals::applyNotes);
        arrivals.placeWaitingNotes();
        return new SyncReport(sent, speeches[0], received, speeches[1], terms, collections);
    }

    /**
     * Syncs as the library's member, with the password file's password when {@code password} is null.
     *
     * @throws GroupException naming what failed; its {@link GroupException#trouble()} says what to do next
     */
    public static SyncReport sync(LibraryStore library, char @Nullable [] password) {
        GroupMembership member = library.group().membership()
                .orElseThrow(() -> new IllegalStateException("This library belongs to no group"));
        try (GroupConnection server = GroupConnection.open(member.url(), member.user(), password)) {
            return sync(library, server);
        }
    }

    /**
     * Joins a group with an invitation: connects with its temporary password, sets the member's own, records the
     * membership and syncs for the first time. A library that belongs to a group already is refused.
     *
     * @param url the group's JDBC address
     * @param chosen the member's own password, at least {@link GroupMembers#MIN_PASSWORD} characters
     */
    public static SyncReport join(LibraryStore library, String url, String user, char[] temporary, char[] chosen) {
        library.group().membership().ifPresent(already -> {
            throw new IllegalStateException("This library already belongs to the group at " + already.url());
        });
        try (GroupConnection server = GroupConnection.open(url, user, temporary)) {
            GroupMembers.changeOwnPassword(server, chosen);
            library.group().join(url, user);
            return sync(library, server);
        }
    }

    /** Publishes speeches of the library to the group (the connection must be an organiser's). */
    public static int publish(LibraryStore library, GroupConnection organiser, List<Long> speechIds) {
        List<SharedSpeech> speeches = shared(library, speechIds);
        GroupSpeeches.publish(organiser, speeches);
        return speeches.size();
    }

    /**
     * Publishes a collection of the library: its speeches, and the collection that members get as a folder of
     * theirs. Published again, it replaces what the group had of it. How many speeches it holds.
     */
    public static int publish(LibraryStore library, GroupConnection organiser, SpeechCollection collection) {
        List<SharedSpeech> speeches = shared(library, collection.speechIds());
        UUID id = library.group().folders().publishedId(collection.id());
        GroupCollections.publish(organiser, new GroupCollection(id, collection.title(),
                speeches.stream().map(SharedSpeech::fingerprint).toList(), false, 0), speeches);
        return speeches.size();
    }

    private static List<SharedSpeech> shared(LibraryStore library, List<Long> speechIds) {
        List<SharedSpeech> speeches = new ArrayList<>(speechIds.size());
        for (long id : speechIds) {
            GroupSpeech speech = library.group().outbox().speechToShare(id);
            speeches.add(new SharedSpeech(speech.fingerprint(), SpeechContent.write(speech.speech()), false, 0));
        }
        return speeches;
    }

    /**
     * Sets the group to read speeches of the library (the connection must be an organiser's); members see it at their
     * next sync, and get the speeches that were published.
     */
    public static Assignment assign(LibraryStore library, GroupConnection organiser, String title,
                                    @Nullable LocalDate due, String note, List<Long> speechIds) {
        Assignment assignment = new Assignment(UUID.randomUUID(), title,
                speechIds.stream().map(library::fingerprint).toList(), due, note, false, 0);
        GroupAssignments.set(organiser, assignment);
        return assignment;
    }

    private interface Page<T> {
        List<T> after(long since, int limit);
    }

    /** Pulls one stream page by page from where this library reached; how many changes came. */
    private static <T> int pull(LibraryGroup group, GroupStream stream, Page<T> pages, ToLongFunction<T> change,
                                BiConsumer<List<T>, Long> apply) {
        int received = 0;
        long upTo = group.pulledUpTo(stream);
        for (List<T> page = pages.after(upTo, PULL_PAGE); !page.isEmpty(); page = pages.after(upTo, PULL_PAGE)) {
            upTo = change.applyAsLong(page.get(page.size() - 1));
            apply.accept(page, upTo);
            received += page.size();
        }
        return received;
    }

    /** The page's speeches that can be read; one written past Yandu that cannot is left out and logged. */
    private static List<GroupSpeech> readable(List<SharedSpeech> page) {
        List<GroupSpeech> readable = new ArrayList<>();
        for (SharedSpeech speech : page) {
            if (speech.withdrawn()) {
                continue;
            }
            try {
                readable.add(new GroupSpeech(speech.fingerprint(),
                        SpeechContent.read(speech.fingerprint(), speech.content())));
            } catch (GroupException e) {
                log.warn("{}", e.getMessage());
            }
        }
        return readable;
    }

    private static int pushNotes(GroupOutbox outbox, GroupConnection server) {
        int sent = 0;
        for (List<OutgoingNote> batch = outbox.outgoing(PUSH_BATCH); !batch.isEmpty();
             batch = outbox.outgoing(PUSH_BATCH)) {
            List<GroupNotes.Push> pushes = new ArrayList<>(batch.size());
            for (OutgoingNote note : batch) {
                pushes.add(new GroupNotes.Push(UUID.fromString(note.pushId()), note.state()));
            }
            List<Integer> revisions = GroupNotes.push(server, pushes).stream().map(PushResult::revision).toList();
            outbox.sent(batch, revisions);
            sent += batch.size();
        }
        return sent;
    }

    private static void pushReading(LibraryGroup group, GroupConnection server) {
        List<OutgoingReading> waiting = group.outbox().readingToSend();
        if (waiting.isEmpty()) {
            return;
        }
        boolean shown = group.showsReading();
        GroupReading.push(server, waiting.stream().map(r -> new ReadingState("", r.speechFingerprint(), r.read(),
                shown, 0)).toList());
        group.outbox().readingSent(waiting);
    }
}
