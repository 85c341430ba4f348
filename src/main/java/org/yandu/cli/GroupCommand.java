package org.yandu.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.yandu.group.GroupSync;
import org.yandu.group.NoteHistory;
import org.yandu.group.SyncReport;
import org.yandu.library.GroupMembership;
import org.yandu.library.GroupStream;
import org.yandu.library.LibraryStore;
import org.yandu.library.SharedNote;
import org.yandu.library.SpeechCollection;
import org.yandu.library.group.Assignment;
import org.yandu.library.group.GroupAddress;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupException;
import org.yandu.library.group.GroupMembers;
import org.yandu.library.group.GroupSetup;
import org.yandu.library.group.GroupSpeeches;
import org.yandu.library.group.Invitation;
import org.yandu.library.group.NoteRevision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yandu group …}: a study group's library on PostgreSQL (ADR 0022). Passwords come from PostgreSQL's
 * password file ({@code PGPASSFILE} or {@code ~/.pgpass}) or are asked for; none is taken as an argument or kept.
 */
@Command(name = "group", description = "Share a library with a study group on a PostgreSQL server.",
        subcommands = {GroupCommand.Create.class, GroupCommand.AddMember.class, GroupCommand.RemoveMember.class,
                GroupCommand.Join.class, GroupCommand.Share.class, GroupCommand.Notes.class,
                GroupCommand.Publish.class, GroupCommand.Withdraw.class, GroupCommand.Assign.class,
                GroupGlossaryCommand.Term.class, GroupGlossaryCommand.Terms.class,
                GroupCommand.Assignments.class, GroupCommand.ShowReading.class, GroupCommand.Sync.class,
                GroupCommand.Revisions.class, GroupCommand.Restore.class, GroupCommand.Status.class,
                GroupCommand.Leave.class})
final class GroupCommand {
    /** The shortest password a member may choose: the server holds the group's notes. */

    private GroupCommand() {
    }

    @Command(name = "create", description = "Set up a group in a database an administrator created for it, and"
            + " print its first organiser's invitation.")
    static final class Create implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Option(names = "--admin-url", required = true, paramLabel = "URL",
                description = "The group's database as an administrator who may create roles:"
                        + " postgresql://admin@host:5432/studygroup")
        String adminUrl;

        @Option(names = "--organiser", required = true, paramLabel = "NAME", description = "The organiser's user"
                + " name on the server.")
        String organiser;

        @Option(names = "--display-name", description = "The organiser's name as members see it.")
        @Nullable String displayName;

        @Override
        public Integer call() {
            GroupAddress address = GroupAddress.parse(adminUrl);
            String admin = Optional.ofNullable(address.user()).orElse(System.getProperty("user.name"));
            Invitation invitation;
            try (GroupConnection connection = connect(address.jdbcUrl(), admin, new Passwords())) {
                invitation = new GroupSetup().create(connection, organiser,
                        displayName == null ? organiser : displayName);
            }
            context.out().println("The group " + address.database() + " is set up.");
            print(context.out(), invitation);
            return 0;
        }
    }

    @Command(name = "add-member", description = "Add a member (you must be an organiser) and print their"
            + " invitation.")
    static final class AddMember implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "NAME", description = "Their user name on the server.")
        String name;

        @Option(names = "--display-name", description = "Their name as the group sees it.")
        @Nullable String displayName;

        @Override
        public Integer call() {
            Invitation invitation;
            try (LibraryStore store = context.open(); GroupConnection connection = connect(member(store))) {
                invitation = new GroupMembers().add(connection, name, displayName == null ? name : displayName);
            }
            print(context.out(), invitation);
            return 0;
        }
    }

    @Command(name = "remove-member", description = "Remove a member: they can no longer log in; their notes stay.")
    static final class RemoveMember implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (LibraryStore store = context.open(); GroupConnection connection = connect(member(store))) {
                new GroupMembers().remove(connection, name);
            }
            context.out().println(name + " is no longer a member of the group.");
            return 0;
        }
    }

    @Command(name = "join", description = "Join a group with an invitation: choose your own password, then this"
            + " library syncs with the group.")
    static final class Join implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "URL", description = "The group's address from the invitation.")
        String url;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "Your user name from the"
                + " invitation.")
        String user;

        @Override
        public Integer call() {
            GroupAddress address = GroupAddress.parse(url);
            try (LibraryStore store = context.openForWriting()) {
                Optional<GroupMembership> already = store.group().membership();
                if (already.isPresent()) {
                    return context.refused("This library already belongs to the group at " + already.get().url()
                            + " as " + already.get().user() + " (yandu group leave first)");
                }
                Passwords passwords = new Passwords();
                char[] temporary = passwords.ask("Temporary password from the invitation: ");
                char[] chosen = passwords.ask("Choose your password (at least " + GroupMembers.MIN_PASSWORD
                        + " characters): ");
                char[] again = passwords.ask("The same again: ");
                if (chosen.length < GroupMembers.MIN_PASSWORD || !Arrays.equals(chosen, again)) {
                    return context.refused(chosen.length < GroupMembers.MIN_PASSWORD ? "The password is shorter"
                            + " than " + GroupMembers.MIN_PASSWORD + " characters: nothing was changed"
                            : "The two passwords differ: nothing was changed");
                }
                SyncReport report = GroupSync.join(store, address.jdbcUrl(), user, temporary, chosen);
                context.out().println("This library is now " + user + "'s copy of the group "
                        + address.database() + ". " + describe(report));
                context.out().println("Put your password in ~/.pgpass (host:port:database:user:password,"
                        + " readable by you alone) so that syncs need not ask for it.");
            }
            return 0;
        }
    }

    @Command(name = "share", description = "Share notes with the group (each note is yours alone until shared),"
            + " or take them back with --not; sent at the next sync.")
    static final class Share implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "NOTE_ID", arity = "0..*", description = "Notes' ids, as yandu notes shows them.")
        List<Long> noteIds = List.of();

        @Option(names = "--speech", paramLabel = "SPEECH_ID", description = "Every note of this speech.")
        @Nullable Long speechId;

        @Option(names = "--not", description = "Take them back to yourself alone.")
        boolean back;

        @Override
        public Integer call() {
            if (noteIds.isEmpty() == (speechId == null)) {
                return context.refused("name the notes, or a speech with --speech, not both");
            }
            try (LibraryStore store = context.openForWriting()) {
                member(store);
                for (long id : noteIds) {
                    if (store.annotations().find(id).isEmpty()) {
                        return context.refused("there is no note " + id + " (see yandu notes)");
                    }
                }
                int changed = noteIds.size();
                if (speechId != null) {
                    changed = store.group().shareSpeech(speechId, !back);
                } else {
                    noteIds.forEach(id -> store.group().share(id, !back));
                }
                context.out().println((back ? "Taken back: " : "Shared: ") + changed
                        + " notes; the group hears of it at the next sync.");
            }
            return 0;
        }
    }

    @Command(name = "notes", description = "The notes others shared on a speech, as the last sync brought them.")
    static final class Notes implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "SPEECH_ID")
        long speechId;

        @Override
        public Integer call() {
            PrintWriter out = context.out();
            try (LibraryStore store = context.open()) {
                member(store);
                for (SharedNote note : store.group().sharedNotes(speechId)) {
                    out.println(note.authorName() + "  " + note.edited() + "  "
                            + OneLine.of(note.body()) + (note.tags().isEmpty() ? "" : "  #"
                            + String.join(" #", note.tags())));
                }
            }
            return 0;
        }
    }

    @Command(name = "publish", description = "Publish speeches of this library to the group (organisers only);"
            + " members receive them at their next sync, unless they have them already.")
    static final class Publish implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Mixin
        SpeechChoice speeches;

        @Override
        public Integer call() {
            try (LibraryStore store = context.open(); GroupConnection connection = connect(member(store))) {
                Optional<SpeechCollection> collection = speeches.collection(store);
                if (collection.isPresent()) {
                    int published = GroupSync.publish(store, connection, collection.get());
                    context.out().println("Published the collection \"" + collection.get().title() + "\" ("
                            + published + " speeches) to the group; members get it as a collection of theirs.");
                } else {
                    int published = GroupSync.publish(store, connection, speeches.ids(store));
                    context.out().println("Published " + published + " speeches to the group.");
                }
            }
            return 0;
        }
    }

    @Command(name = "withdraw", description = "Withdraw published speeches from the group (organisers only):"
            + " members who have them keep their copy and their notes.")
    static final class Withdraw implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Mixin
        SpeechChoice speeches;

        @Override
        public Integer call() {
            int withdrawn = 0;
            try (LibraryStore store = context.open(); GroupConnection connection = connect(member(store))) {
                for (long id : speeches.ids(store)) {
                    if (GroupSpeeches.withdraw(connection, store.group().outbox().speechToShare(id).fingerprint())) {
                        withdrawn++;
                    }
                }
            }
            context.out().println("Withdrew " + withdrawn + " speeches from the group.");
            return 0;
        }
    }

    @Command(name = "assign", description = "Set the group speeches to read by a day (organisers only); publish"
            + " them too, for members who lack them.")
    static final class Assign implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Option(names = "--title", required = true, description = "What members see: 第一周：群众路线.")
        String title;

        @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "The day it is due.")
        @Nullable LocalDate due;

        @Option(names = "--note", description = "A word on why, or what to look for.")
        String note = "";

        @Mixin
        SpeechChoice speeches;

        @Override
        public Integer call() {
            List<Long> speechIds;
            try (LibraryStore store = context.open(); GroupConnection connection = connect(member(store))) {
                speechIds = speeches.ids(store);
                GroupSync.assign(store, connection, title, due, note, speechIds);
            }
            context.out().println("Set \"" + title + "\"" + (due == null ? "" : ", due " + due) + ": "
                    + speechIds.size() + " speeches. Members see it at their next sync.");
            return 0;
        }
    }

    @Command(name = "assignments", description = "What the group is set to read; for organisers, who has read it"
            + " (of the members who let them see).")
    static final class Assignments implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Override
        public Integer call() {
            PrintWriter out = context.out();
            try (LibraryStore store = context.open()) {
                member(store);
                for (Assignment assignment : store.group().assignments()) {
                    out.println(assignment.title() + (assignment.due() == null ? "" : "  (due " + assignment.due()
                            + ")") + (assignment.note().isEmpty() ? "" : "  " + assignment.note()));
                    for (String fingerprint : assignment.speechFingerprints()) {
                        Map<String, Boolean> reading = store.group().readingOf(fingerprint);
                        String speech = store.speechWithFingerprint(fingerprint).flatMap(store::speech)
                                .map(s -> s.id() + "  " + s.title()).orElse("(not in this library yet)");
                        out.println("  " + speech + (reading.isEmpty() ? "" : "  read by: " + reading
                                .entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList()));
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "show-reading", description = "Let the organisers see which speeches you have read, or not.")
    static final class ShowReading implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "yes|no", description = "yes to let them see it, no to stop.")
        String answer;

        @Override
        public Integer call() {
            if (!answer.equals("yes") && !answer.equals("no")) {
                return context.refused("say yes or no, not \"" + answer + "\"");
            }
            try (LibraryStore store = context.openForWriting()) {
                member(store);
                store.group().showReading(answer.equals("yes"));
            }
            context.out().println(answer.equals("yes") ? "The organisers will see which speeches you have read,"
                    + " from the next sync." : "The organisers will no longer see which speeches you have read.");
            return 0;
        }
    }

    @Command(name = "sync", description = "Send this library's changes to the group and receive the group's.")
    static final class Sync implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Override
        public Integer call() {
            try (LibraryStore store = context.openForWriting()) {
                GroupMembership member = member(store);
                SyncReport report;
                try (GroupConnection connection = connect(member)) {
                    report = GroupSync.sync(store, connection);
                    context.out().println(describe(report));
                } catch (GroupException e) {
                    int waiting = store.group().outbox().waiting();
                    throw new GroupException(e.getMessage() + (waiting == 0 ? ""
                            : " (" + waiting + " changed notes wait in this library for the next sync)"), e);
                }
                if (report.terms() > 0) {
                    // The stored words follow the group's terms now, not at the window's next start.
                    context.glossary(store).useGroupTerms();
                }
            }
            return 0;
        }
    }

    @Command(name = "revisions", description = "The earlier states of one of your notes that the group kept.")
    static final class Revisions implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(paramLabel = "NOTE_ID", description = "The note's id, as yandu notes shows it.")
        long noteId;

        @Override
        public Integer call() {
            PrintWriter out = context.out();
            try (LibraryStore store = context.open(); GroupConnection connection = connect(member(store))) {
                List<NoteRevision> revisions = NoteHistory.of(store, connection, noteId);
                if (revisions.isEmpty()) {
                    out.println("The group kept no earlier state of note " + noteId + ".");
                }
                for (NoteRevision revision : revisions) {
                    out.println(revision.revision() + "  " + revision.edited() + "  " + (revision.deleted()
                            ? "(deleted)" : OneLine.of(revision.body())) + (revision.overwritten()
                            ? "  [overwritten by an edit on another device]" : ""));
                }
            }
            return 0;
        }
    }

    @Command(name = "restore", description = "Bring back an earlier state of one of your notes; sent at the next"
            + " sync, the state it replaces is kept in its turn.")
    static final class Restore implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Parameters(index = "0", paramLabel = "NOTE_ID")
        long noteId;

        @Parameters(index = "1", paramLabel = "REVISION", description = "As yandu group revisions shows it.")
        int revision;

        @Override
        public Integer call() {
            try (LibraryStore store = context.openForWriting(); GroupConnection connection = connect(member(store))) {
                NoteRevision restored = NoteHistory.restore(store, connection, noteId, revision);
                context.out().println("Note " + noteId + " is as it was at revision " + restored.revision()
                        + "; it goes to the group at the next sync.");
            }
            return 0;
        }
    }

    @Command(name = "status", description = "Which group this library belongs to and what waits to be sent.")
    static final class Status implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Option(names = "--json", description = "As one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = context.out();
            try (LibraryStore store = context.open()) {
                Optional<GroupMembership> member = store.group().membership();
                int waiting = store.group().outbox().waiting();
                if (json) {
                    ObjectNode node = Json.MAPPER.createObjectNode();
                    node.put("member", member.isPresent());
                    member.ifPresent(m -> {
                        node.put("url", m.url());
                        node.put("user", m.user());
                        node.put("joined", m.joined().toString());
                        ObjectNode pulled = node.putObject("pulled_up_to");
                        for (GroupStream stream : GroupStream.values()) {
                            pulled.put(stream.name().toLowerCase(Locale.ROOT), store.group().pulledUpTo(stream));
                        }
                    });
                    node.put("waiting", waiting);
                    out.println(Json.MAPPER.writeValueAsString(node));
                } else if (member.isEmpty()) {
                    out.println("This library belongs to no group.");
                } else {
                    out.println(member.get().user() + " in the group at " + member.get().url() + "; " + waiting
                            + " changed notes waiting to be sent.");
                }
            }
            return 0;
        }
    }

    @Command(name = "leave", description = "Leave the group: your notes stay in this library, as its own.")
    static final class Leave implements Callable<Integer> {
        @Mixin
        CommandContext context;

        @Override
        public Integer call() {
            try (LibraryStore store = context.openForWriting()) {
                GroupMembership member = member(store);
                int waiting = store.group().outbox().waiting();
                store.group().leave();
                context.out().println("This library has left the group at " + member.url() + (waiting == 0 ? "."
                        : "; " + waiting + " changed notes that were not sent stay here only."));
            }
            return 0;
        }
    }

    static GroupMembership member(LibraryStore store) {
        return store.group().membership().orElseThrow(() -> new GroupException(
                "This library belongs to no group (yandu group join URL --user NAME)"));
    }

    static GroupConnection connect(GroupMembership member) {
        return connect(member.url(), member.user(), new Passwords());
    }

    /** Connects with the password file's password, or the one asked for when it has none. */
    private static GroupConnection connect(String url, String user, Passwords passwords) {
        try {
            return GroupConnection.open(url, user, null);
        } catch (GroupException e) {
            if (e.trouble() != GroupException.Trouble.NO_PASSWORD) {
                throw e;
            }
        }
        return GroupConnection.open(url, user, passwords.ask("Password for " + user + ": "));
    }

    private static void print(PrintWriter out, Invitation invitation) {
        out.println("Invitation (give it to " + invitation.user() + " alone; Yandu keeps no copy):");
        out.println("  address:            " + invitation.url());
        out.println("  user:               " + invitation.user());
        out.println("  temporary password: " + invitation.temporaryPassword());
        out.println("  to join:            yandu group join " + invitation.url() + " --user " + invitation.user());
    }

    private static String describe(SyncReport report) {
        return "Sent " + report.sent() + " changed notes, received " + report.received() + " and "
                + report.speeches() + " new speeches" + (report.collections() == 0 ? ""
                : ", " + report.collections() + " changed collections") + (report.terms() == 0 ? ""
                : ", " + report.terms() + " changed terms of the group's glossary") + (report.unreadable() == 0 ? "."
                : "; " + report.unreadable() + " of the group's speeches could not be read (see the log).");
    }
}
