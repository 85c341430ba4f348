package org.yandu.library.group;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * The speeches a group's organisers publish, by fingerprint: publishing one the group has again replaces what it
 * holds, and brings back one withdrawn. Only organisers may write them; the server's policies see to it.
 */
public final class GroupSpeeches {
    private static final String PUBLISH = "insert into yandu.speeches (id, fingerprint, content)"
            + " values (?, ?, ?::jsonb) on conflict (fingerprint)"
            + " do update set content = excluded.content, withdrawn = false";
    static final String SINCE = "select fingerprint, content::text, withdrawn, change from yandu.speeches"
            + " where change > ? order by change limit ?";

    private GroupSpeeches() {
    }

    /** Publishes the speeches (fingerprint and content) in one transaction. */
    public static void publish(GroupConnection organiser, List<SharedSpeech> speeches) {
        Transactions.batch(organiser, speeches.size() + " speeches", PUBLISH, speeches, (publish, speech) -> {
            publish.setObject(1, UUID.randomUUID());
            publish.setString(2, speech.fingerprint());
            publish.setString(3, speech.content());
        });
    }

    /** Withdraws a speech from the group: members keep their copy, the group no longer lists it. */
    public static boolean withdraw(GroupConnection organiser, String fingerprint) {
        return Transactions.updateOne(organiser, "withdraw the speech",
                "update yandu.speeches set withdrawn = true where fingerprint = ? and not withdrawn", fingerprint);
    }

    /**
     * Reads the content of every speech as COPY streams it, unparsed: the fastest the server hands them over, which
     * a first download cannot beat. How many speeches came.
     */
    public static long copyAll(GroupConnection member) {
        try {
            return member.jdbc().unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "copy (select content from yandu.speeches) to stdout", OutputStream.nullOutputStream());
        } catch (SQLException | IOException e) {
            throw new GroupException("Could not read the group's speeches: " + e.getMessage(), e);
        }
    }

    /** The speeches published or withdrawn since {@code since}, in change order, at most {@code limit}. */
    public static List<SharedSpeech> since(GroupConnection member, long since, int limit) {
        return Changes.since(member, "speeches", SINCE, since, limit, row -> new SharedSpeech(row.getString(1),
                row.getString(2), row.getBoolean(3), row.getLong(4)));
    }
}
