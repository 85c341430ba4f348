package org.yandu.ui.group;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.yandu.library.group.GroupException;
import org.yandu.ui.base.Messages;

/**
 * Where the library stands with its group, as the status bar says it: synced (and when), changes waiting, syncing,
 * offline, waiting for the password, or not synced and why.
 *
 * @param waiting the library's changed notes not yet sent
 * @param synced when the last sync ended well, in the reader's time zone; null before the first of this session
 * @param trouble why the last sync failed (OFFLINE and FAILED only)
 * @param detail the server's own words for a failure, for the tooltip
 */
public record GroupSyncState(Kind kind, int waiting, @Nullable ZonedDateTime synced,
                             GroupException.@Nullable Trouble trouble, String detail) {
    /** What the status bar says. */
    public enum Kind { NO_GROUP, IDLE, SYNCING, SYNCED, OFFLINE, NEEDS_PASSWORD, FAILED }

    static final GroupSyncState NO_GROUP = new GroupSyncState(Kind.NO_GROUP, 0, null, null, "");

    static GroupSyncState idle(int waiting, @Nullable ZonedDateTime synced) {
        return new GroupSyncState(synced == null ? Kind.IDLE : Kind.SYNCED, waiting, synced, null, "");
    }

    GroupSyncState syncing() {
        return new GroupSyncState(Kind.SYNCING, waiting, synced, null, "");
    }

    GroupSyncState needsPassword() {
        return new GroupSyncState(Kind.NEEDS_PASSWORD, waiting, synced, null, "");
    }

    GroupSyncState failed(GroupException.Trouble why, String serverWords) {
        Kind kind = why == GroupException.Trouble.UNREACHABLE ? Kind.OFFLINE : Kind.FAILED;
        return new GroupSyncState(kind, waiting, synced, why, serverWords);
    }

    GroupSyncState waiting(int changes) {
        return new GroupSyncState(kind, changes, synced, trouble, detail);
    }

    /** The status bar's words, in the window's language. */
    public String text(Messages messages, String user) {
        String waitingText = messages.format("group.status.waiting", waiting);
        return switch (kind) {
            case NO_GROUP -> "";
            case IDLE -> waiting == 0 ? messages.get("group.status.idle") : waitingText;
            case SYNCING -> messages.get("group.status.syncing");
            case SYNCED -> waiting == 0 && synced != null ? messages.format("group.status.synced",
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale()).format(synced))
                    : waitingText;
            case OFFLINE -> messages.format("group.status.offline", waiting);
            case NEEDS_PASSWORD -> messages.get("group.status.password");
            case FAILED -> messages.format("group.status.failed", messages.format("group.trouble." + trouble, user));
        };
    }
}
