package org.yandu.library.group;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The collections a group's organisers publish: a title and the fingerprints of its speeches, which are published
 * as speeches of their own. Publishing one again under its id replaces its title and speeches.
 */
public final class GroupCollections {
    private static final String PUBLISH = "insert into yandu.collections (id, title, speech_fingerprints)"
            + " values (?, ?, ?) on conflict (id) do update set title = excluded.title,"
            + " speech_fingerprints = excluded.speech_fingerprints, withdrawn = false";
    static final String SINCE = "select id, title, speech_fingerprints, withdrawn, change from yandu.collections"
            + " where change > ? order by change limit ?";

    private GroupCollections() {
    }

    /** Publishes the collection's speeches and then the collection, in one transaction. */
    public static void publish(GroupConnection organiser, GroupCollection collection, List<SharedSpeech> speeches) {
        try {
            Transactions.inTransaction(organiser.jdbc(), () -> {
                GroupSpeeches.publish(organiser, speeches);
                try (PreparedStatement publish = organiser.jdbc().prepareStatement(PUBLISH)) {
                    publish.setObject(1, collection.id());
                    publish.setString(2, collection.title());
                    publish.setArray(3, organiser.jdbc().createArrayOf("text",
                            collection.speechFingerprints().toArray()));
                    return publish.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new GroupException("Could not publish the collection \"" + collection.title() + "\": "
                    + e.getMessage(), e);
        }
    }

    /** Withdraws a collection: members lose the folder and keep its speeches. Whether it was published. */
    public static boolean withdraw(GroupConnection organiser, UUID id) {
        return Transactions.updateOne(organiser, "withdraw the collection",
                "update yandu.collections set withdrawn = true where id = ? and not withdrawn", id);
    }

    /** The collections published or withdrawn since {@code since}, in change order, at most {@code limit}. */
    public static List<GroupCollection> since(GroupConnection member, long since, int limit) {
        return Changes.since(member, "collections", SINCE, since, limit, row -> new GroupCollection(
                row.getObject(1, UUID.class), row.getString(2), Arrays.asList((String[]) row.getArray(3).getArray()),
                row.getBoolean(4), row.getLong(5)));
    }
}
