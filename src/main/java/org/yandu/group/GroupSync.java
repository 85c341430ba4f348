package org.yandu.group;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.yandu.library.GroupMembership;
import org.yandu.library.LibraryGroup;
import org.yandu.library.LibraryStore;
import org.yandu.library.OutgoingNote;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupNote;
import org.yandu.library.group.GroupNotes;
import org.yandu.library.group.PushResult;

/**
 * Brings a library and its group up to date with each other: first the outbox goes, a batch at a time, each batch
 * applied on the server in one transaction; then the group's changes come, a page at a time, each page applied
 * here in one transaction with the number it reaches. A sync cut off anywhere (the connection lost, the server
 * restarted, the app killed) leaves each side with whole batches and pages only; the next sync sends again what
 * was not recorded as sent, which the server skips if it had it, and reads again from the last number applied.
 */
public final class GroupSync {
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
        int received = 0;
        long upTo = group.membership().map(GroupMembership::pulledUpTo).orElse(0L);
        for (List<GroupNote> page = GroupNotes.since(server, upTo, PULL_PAGE); !page.isEmpty();
             page = GroupNotes.since(server, upTo, PULL_PAGE)) {
            upTo = page.get(page.size() - 1).change();
            group.apply(page, upTo);
            received += page.size();
        }
        return new SyncReport(sent, received, upTo);
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
