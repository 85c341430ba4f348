package org.yandu.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yandu.group.GroupSync;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupMembers;
import org.yandu.library.group.GroupNotes;
import org.yandu.library.group.GroupServer;
import org.yandu.library.group.GroupSetup;
import org.yandu.library.group.Invitation;
import org.yandu.library.group.NoteState;
import org.yandu.library.group.PushResult;

/**
 * The bench's study group on a PostgreSQL server, made as an organisation makes one: a database of a name no
 * earlier run took, the first organiser by {@link GroupSetup}, the other members by {@link GroupMembers}, every
 * speech of a library published, and the notes each pushed by its author, one in ten of a member's shared. Closing
 * it drops the database and every role it made.
 */
final class BenchGroup implements AutoCloseable {
    private static final int SHARED_EVERY = 10;
    private static final int QUOTE = 8;
    private static final int SUFFIX = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A note as its author last pushed it: the revision the server gave it is the base of their next edit. */
    private record Pushed(Invitation author, NoteState note, int revision) {
    }

    private final GroupServer server;
    private final String database;
    private final List<Invitation> members = new ArrayList<>();
    private final List<Pushed> shared = new ArrayList<>();
    private long characters;
    private int speeches;
    private int nextEdit;

    private BenchGroup(GroupServer server, String database) {
        this.server = server;
        this.database = database;
    }

    /**
     * Sets the group up with {@code memberCount} members (the first its organiser), publishes every speech of
     * {@code library} and pushes {@code noteCount} notes on them, spread over the members.
     */
    static BenchGroup make(GroupServer server, LibraryStore library, int memberCount, int noteCount,
            PrintWriter log) {
        String database = "yandu_bench_" + Long.toString(System.currentTimeMillis(), 36);
        BenchGroup group = new BenchGroup(server, database);
        try {
            group.setUp(library, memberCount, noteCount, log);
            return group;
        } catch (RuntimeException e) {
            try {
                group.close();
            } catch (RuntimeException dropping) {
                e.addSuppressed(dropping);
            }
            throw e;
        }
    }

    private void setUp(LibraryStore library, int memberCount, int noteCount, PrintWriter log) {
        log.printf("Setting up the study group %s: %,d members, the library's speeches, %,d notes…%n", database,
                memberCount, noteCount);
        log.flush();
        long start = System.nanoTime();
        try (GroupConnection admin = server.newDatabase(database)) {
            members.add(new GroupSetup().create(admin, database + "_m1", "成员 1"));
            try (GroupConnection organiser = connect(members.get(0))) {
                GroupMembers add = new GroupMembers();
                for (int i = 2; i <= memberCount; i++) {
                    members.add(add.add(organiser, database + "_m" + i, "成员 " + i));
                }
                List<Long> ids = library.speeches().stream().map(Speech::id).toList();
                speeches = GroupSync.publish(library, organiser, ids);
            }
            List<List<NoteState>> notes = notes(library, noteCount);
            for (int i = 0; i < members.size(); i++) {
                push(members.get(i), notes.get(i));
            }
            GroupServer.analyse(admin);
        }
        log.printf("  set up in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Note {@code n} is on speech {@code n} modulo the speeches, by member {@code n} modulo the members, on a body
     * paragraph's first words; made speech by speech, so each speech's paragraphs are read once.
     */
    private List<List<NoteState>> notes(LibraryStore library, int noteCount) {
        List<Speech> all = library.speeches();
        List<List<NoteState>> byMember = new ArrayList<>();
        members.forEach(m -> byMember.add(new ArrayList<>()));
        for (int s = 0; s < all.size(); s++) {
            List<Paragraph> paragraphs = library.paragraphs(all.get(s).id());
            paragraphs.forEach(p -> characters += p.text().length());
            String fingerprint = library.fingerprint(all.get(s).id());
            for (int n = s, k = 0; n < noteCount; n += all.size(), k++) {
                // The title and the first heading are left alone: notes go on the body.
                Paragraph on = paragraphs.get(2 + k % (paragraphs.size() - 2));
                int author = n % members.size();
                boolean sharedNote = (n / members.size()) % SHARED_EVERY == 0;
                byMember.get(author).add(new NoteState(UUID.randomUUID(), fingerprint, anchor(on), "YELLOW",
                        "第" + (n + 1) + "条笔记", List.of(), sharedNote, false, 0, Instant.now()));
            }
        }
        return byMember;
    }

    /** Where a note sits, as a member's Yandu writes it. */
    private static String anchor(Paragraph on) {
        String text = on.text();
        int end = Math.min(QUOTE, text.length());
        ObjectNode anchor = JSON.createObjectNode();
        anchor.put("paragraph", on.position());
        anchor.put("start", 0);
        anchor.put("end", end);
        anchor.put("quote", text.substring(0, end));
        anchor.put("prefix", "");
        anchor.put("suffix", text.substring(end, Math.min(end + SUFFIX, text.length())));
        anchor.putNull("passage");
        return anchor.toString();
    }

    /** Pushes a member's notes as they push them; keeps the shared ones, for others' edits later. */
    private void push(Invitation author, List<NoteState> notes) {
        List<GroupNotes.Push> pushes = notes.stream().map(n -> new GroupNotes.Push(UUID.randomUUID(), n)).toList();
        List<PushResult> results;
        try (GroupConnection connection = connect(author)) {
            results = GroupNotes.push(connection, pushes);
        }
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).shared()) {
                shared.add(new Pushed(author, notes.get(i), results.get(i).revision()));
            }
        }
    }

    /**
     * The next {@code count} shared notes of members other than {@code reader} edited, each pushed by its author as
     * their device would, on the revision they had. (The notes edited follow each other round the group's.)
     */
    int othersEdit(Invitation reader, int count, String body) {
        Map<Invitation, List<Integer>> byAuthor = new LinkedHashMap<>();
        int edited = 0;
        for (int looked = 0; edited < count && looked < shared.size(); looked++) {
            int at = nextEdit++ % shared.size();
            if (!shared.get(at).author().equals(reader)) {
                byAuthor.computeIfAbsent(shared.get(at).author(), a -> new ArrayList<>()).add(at);
                edited++;
            }
        }
        for (Map.Entry<Invitation, List<Integer>> author : byAuthor.entrySet()) {
            List<GroupNotes.Push> pushes = new ArrayList<>();
            for (int at : author.getValue()) {
                Pushed was = shared.get(at);
                NoteState note = was.note();
                pushes.add(new GroupNotes.Push(UUID.randomUUID(), new NoteState(note.id(), note.speechFingerprint(),
                        note.anchor(), note.colour(), body, note.tags(), true, false, was.revision(), Instant.now())));
            }
            List<PushResult> results;
            try (GroupConnection connection = connect(author.getKey())) {
                results = GroupNotes.push(connection, pushes);
            }
            for (int i = 0; i < pushes.size(); i++) {
                int at = author.getValue().get(i);
                shared.set(at, new Pushed(author.getKey(), pushes.get(i).note(), results.get(i).revision()));
            }
        }
        return edited;
    }

    Invitation member(int index) {
        return members.get(index);
    }

    /** The speeches published. */
    int speeches() {
        return speeches;
    }

    /** The characters of the speeches' paragraphs, as the import figures count them. */
    long characters() {
        return characters;
    }

    private static GroupConnection connect(Invitation member) {
        return GroupConnection.open(member.url(), member.user(), member.temporaryPassword().toCharArray());
    }

    /** Drops the group's database and roles. */
    @Override
    public void close() {
        server.drop(database);
    }
}
