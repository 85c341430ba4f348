package org.yandu.group;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.library.GroupSpeech;
import org.yandu.library.GroupStream;
import org.yandu.library.LibraryGroup;
import org.yandu.library.LibraryStore;
import org.yandu.library.OutgoingNote;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupException;
import org.yandu.library.group.GroupNote;
import org.yandu.library.group.GroupNotes;
import org.yandu.library.group.GroupSpeeches;
import org.yandu.library.group.PushResult;
import org.yandu.library.group.SharedSpeech;

/**
 * Brings a library and its group up to date with each other: first the outbox goes, a batch at a time, each batch
 * applied on the server in one transaction; then the group's changes come, a page at a time, each page applied
 * here in one transaction with the number it reaches. A sync cut off anywhere (the connection lost, the server
 * restarted, the app killed) leaves each side with whole batches and pages only; the next sync sends again what
 * was not recorded as sent, which the server skips if it had it, and reads again from the last number applied.
 */
public final class GroupSync {
    private static final Logger log = LoggerFactory.getLogger(GroupSync.class);
    static final int PUSH_BATCH = 100;
    static final int PULL_PAGE = 500;

    private GroupSync() {
    }

    /** @param server a connection to the group as this library's member */
    public static SyncReport sync(LibraryStore library, GroupConnection server) {
        LibraryGroup group = library.group();
        if (group.membership().isEmpty()) {
            throw new IllegalStateException("This library belongs to no group");
        }
        int sent = push(group, server);
        int[] speeches = pullSpeeches(library, server);
        int received = 0;
        // Speeches first: a note arriving for a speech already here is placed on its words at once.
        long upTo = group.pulledUpTo(GroupStream.NOTES);
        for (List<GroupNote> page = GroupNotes.since(server, upTo, PULL_PAGE); !page.isEmpty();
             page = GroupNotes.since(server, upTo, PULL_PAGE)) {
            upTo = page.get(page.size() - 1).change();
            group.apply(page, upTo);
            received += page.size();
        }
        return new SyncReport(sent, speeches[0], received, speeches[1]);
    }

    /** Publishes speeches of the library to the group (the connection must be an organiser's). */
    public static int publish(LibraryStore library, GroupConnection organiser, List<Long> speechIds) {
        List<SharedSpeech> speeches = new ArrayList<>(speechIds.size());
        for (long id : speechIds) {
            GroupSpeech speech = library.group().speechToShare(id);
            speeches.add(new SharedSpeech(speech.fingerprint(), SpeechContent.write(speech.speech()), false, 0));
        }
        GroupSpeeches.publish(organiser, speeches);
        return speeches.size();
    }

    /** The speeches stored and those that could not be read. */
    private static int[] pullSpeeches(LibraryStore library, GroupConnection server) {
        LibraryGroup group = library.group();
        int added = 0;
        int unreadable = 0;
        long upTo = group.pulledUpTo(GroupStream.SPEECHES);
        for (List<SharedSpeech> page = GroupSpeeches.since(server, upTo, PULL_PAGE); !page.isEmpty();
             page = GroupSpeeches.since(server, upTo, PULL_PAGE)) {
            upTo = page.get(page.size() - 1).change();
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
                    unreadable++;
                }
            }
            added += group.applySpeeches(readable, upTo, library);
        }
        return new int[] {added, unreadable};
    }

    private static int push(LibraryGroup group, GroupConnection server) {
        int sent = 0;
        for (List<OutgoingNote> batch = group.outgoing(PUSH_BATCH); !batch.isEmpty();
             batch = group.outgoing(PUSH_BATCH)) {
            List<GroupNotes.Push> pushes = new ArrayList<>(batch.size());
            for (OutgoingNote note : batch) {
                pushes.add(new GroupNotes.Push(UUID.fromString(note.pushId()), note.state()));
            }
            List<Integer> revisions = GroupNotes.push(server, pushes).stream().map(PushResult::revision).toList();
            group.sent(batch, revisions);
            sent += batch.size();
        }
        return sent;
    }
}
