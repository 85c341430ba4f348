package org.yandu.library.group;

import java.util.List;

/**
 * Members' reading of the group's speeches: each member writes their own, read back on their other devices, and
 * by the organisers only where the member let them see it (the server's policies).
 */
public final class GroupReading {
    private static final String PUSH = "insert into yandu.reading (speech_fingerprint, read, shown_to_organisers)"
            + " values (?, ?, ?) on conflict (member, speech_fingerprint) do update set read = excluded.read,"
            + " shown_to_organisers = excluded.shown_to_organisers";
    static final String SINCE = "select member, speech_fingerprint, read, shown_to_organisers, change"
            + " from yandu.reading where change > ? order by change limit ?";

    private GroupReading() {
    }

    /** Sends the member's reading, in one transaction; sending a state again changes nothing but its number. */
    public static void push(GroupConnection member, List<ReadingState> states) {
        Transactions.batch(member, "the reading of " + states.size() + " speeches", PUSH, states, (push, state) -> {
            push.setString(1, state.speechFingerprint());
            push.setBoolean(2, state.read());
            push.setBoolean(3, state.shownToOrganisers());
        });
    }

    public static List<ReadingState> since(GroupConnection member, long since, int limit) {
        return Changes.since(member, "reading", SINCE, since, limit, row -> new ReadingState(row.getString(1),
                row.getString(2), row.getBoolean(3), row.getBoolean(4), row.getLong(5)));
    }
}
