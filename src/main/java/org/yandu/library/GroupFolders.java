package org.yandu.library;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yandu.library.group.GroupCollection;

/**
 * The group's published collections as collections of this library. A member gets a folder made for each,
 * holding those of its speeches this library has, in the collection's order (filled again as more of them come);
 * the organiser who published one keeps the collection it came from, known to the group by its id. Withdrawn, a
 * folder made for the group goes and its speeches stay.
 */
public final class GroupFolders {
    private static final String SOURCE = "group:collection:";

    private final Queries queries;
    private final Statements statements;

    GroupFolders(Queries queries, Statements statements) {
        this.queries = queries;
        this.statements = statements;
    }

    /** The group's id of a collection of this library, made (and kept) the first time it is published. */
    public UUID publishedId(long collectionId) {
        return queries.inTransaction("name collection " + collectionId + " for the group", () -> {
            Optional<UUID> known = queries.first("SELECT id FROM group_collections WHERE collection_id = ?",
                    rs -> UUID.fromString(rs.getString(1)), collectionId);
            if (known.isPresent()) {
                return known.get();
            }
            UUID id = UUID.randomUUID();
            statements.execute("INSERT INTO group_collections(id, collection_id, speech_fingerprints)"
                    + " VALUES (?, ?, '')", id.toString(), collectionId);
            return id;
        });
    }

    /** Applies collections pulled from the group, inside the caller's transaction. */
    void apply(List<GroupCollection> collections) throws SQLException {
        for (GroupCollection collection : collections) {
            String id = collection.id().toString();
            Optional<Folder> here = queries.first("SELECT g.collection_id, f.path = ? FROM group_collections g"
                    + " JOIN collections c ON c.id = g.collection_id JOIN source_files f ON f.id = c.source_file_id"
                    + " WHERE g.id = ?", rs -> new Folder(rs.getLong(1), rs.getBoolean(2)), SOURCE + id, id);
            if (here.isPresent() && !here.get().madeForGroup()) {
                continue;
            }
            if (collection.withdrawn()) {
                statements.execute("DELETE FROM source_files WHERE path = ?", SOURCE + id);
                continue;
            }
            long folder = here.isPresent() ? here.get().collectionId() : make(id, collection.title());
            statements.execute("UPDATE collections SET title = ? WHERE id = ?", collection.title(), folder);
            statements.execute("UPDATE group_collections SET speech_fingerprints = ? WHERE id = ?",
                    String.join("\n", collection.speechFingerprints()), id);
        }
        refill();
    }

    /** Puts in each folder made for the group the speeches of it this library has now, in their order. */
    void refill() throws SQLException {
        List<Long> folders = queries.rows("SELECT g.collection_id FROM group_collections g JOIN collections c"
                + " ON c.id = g.collection_id JOIN source_files f ON f.id = c.source_file_id WHERE f.path = ? || g.id",
                rs -> rs.getLong(1), SOURCE);
        for (long folder : folders) {
            statements.execute("DELETE FROM collection_speeches WHERE collection_id = ?", folder);
            // The fingerprints, one a line, as numbered rows.
            statements.execute("WITH RECURSIVE f(n, fp, rest) AS (SELECT -1, '', speech_fingerprints || char(10)"
                    + " FROM group_collections WHERE collection_id = ?1 UNION ALL SELECT n + 1, substr(rest, 1,"
                    + " instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1) FROM f WHERE rest <> '')"
                    + " INSERT INTO collection_speeches(collection_id, speech_id, position) SELECT ?1, s.id, f.n"
                    + " FROM f JOIN speeches s ON s.fingerprint = f.fp WHERE f.n >= 0", folder);
        }
    }

    /** The library left its group: the folders stay, as the reader's own collections. */
    void forgetAll() throws SQLException {
        statements.execute("DELETE FROM group_collections");
    }

    private long make(String id, String title) throws SQLException {
        long source = statements.insert("INSERT INTO source_files(path, file_name, format, encoding, size,"
                + " content_hash, imported_at) VALUES (?, ?, 'group', 'UTF-8', 0, ?, ?) RETURNING id", SOURCE + id,
                title, SOURCE + id, Instant.now().toString());
        long folder = statements.insert("INSERT INTO collections(title, source_file_id) VALUES (?, ?) RETURNING id",
                title, source);
        statements.execute("INSERT INTO group_collections(id, collection_id, speech_fingerprints) VALUES (?, ?, '')",
                id, folder);
        return folder;
    }

    private record Folder(long collectionId, boolean madeForGroup) {
    }
}
