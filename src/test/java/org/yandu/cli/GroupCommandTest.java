package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.LibraryStore;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;
import org.yandu.library.SourceFile;
import org.yandu.library.SpeechDraft;
import org.yandu.library.StudyCopy;
import org.yandu.library.group.PostgresServer;

/**
 * {@code yandu group} as an organiser and a member use it, against a real PostgreSQL server: set up, invite, join
 * with a password of one's own, sync, status, leave; the passwords asked for (here on standard input, as a script
 * gives them) or read from a password file, and never kept.
 */
class GroupCommandTest {
    private static final String DATABASE = "readers";
    private static final Pattern TEMPORARY = Pattern.compile("temporary password: (\\S+)");

    @TempDir
    static Path serverDir;
    private static PostgresServer server;

    @TempDir
    Path dir;
    @RegisterExtension
    final CommandRun cli = new CommandRun();
    private final InputStream stdin = System.in;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start(serverDir.resolve("data"));
        server.createDatabase(DATABASE);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @AfterEach
    void restoreInput() {
        System.setIn(stdin);
        System.clearProperty("org.postgresql.pgpassfile");
    }

    @Test
    void anOrganiserSetsUpAGroupInvitesAMemberAndTheirNotesMeet() throws Exception {
        String address = "postgresql://postgres@localhost:" + port() + "/" + DATABASE;
        assertEquals(0, cli.run("group", "create", "--admin-url", address, "--organiser", "zhou",
                "--display-name", "周老师"), cli.err());
        String zhouTemporary = temporaryPassword();
        String groupUrl = "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
        assertTrue(cli.out().contains("yandu group join " + groupUrl + " --user zhou"), cli.out());

        Path zhouLibrary = dir.resolve("zhou.db");
        try (LibraryStore zhou = StudyCopy.open(zhouLibrary)) {
            zhou.recordImport(new SourceFile("/讲话合集.html", "讲话合集.html", "html", "UTF-8", 1, "hash-合集"), "讲话合集",
                    List.of(speech("第一篇讲话", "第一篇的正文。"), speech("第二篇讲话", "第二篇的正文。")));
        }
        input(zhouTemporary, "周老师的新密码123", "周老师的新密码123");
        assertEquals(0, cli.run("--library", zhouLibrary.toString(), "group", "join", groupUrl, "--user", "zhou"),
                cli.err());
        assertTrue(cli.out().contains("now zhou's copy of the group readers"), cli.out());

        // The organiser's own password from a password file, as PostgreSQL's tools read it: nothing is asked.
        Path pgpass = Files.writeString(dir.resolve("pgpass"), "localhost:" + port() + ":" + DATABASE
                + ":zhou:周老师的新密码123\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        input();
        assertEquals(0, cli.run("--library", zhouLibrary.toString(), "group", "add-member", "li", "--display-name",
                "李明"), cli.err());
        String liTemporary = temporaryPassword();

        Path liLibrary = dir.resolve("li.db");
        try (LibraryStore li = StudyCopy.open(liLibrary)) {
            StudyCopy.highlight(li, "生命线", "入组前写的").id();
        }
        input(liTemporary, "li-own-password", "li-own-password");
        assertEquals(0, cli.run("--library", liLibrary.toString(), "group", "join", groupUrl, "--user", "li"),
                cli.err());
        assertTrue(cli.out().contains("Sent 1 changed notes"), cli.out());

        assertEquals(0, cli.run("--library", liLibrary.toString(), "group", "status", "--json"), cli.err());
        assertTrue(cli.out().contains("\"user\":\"li\"") && cli.out().contains("\"waiting\":0"), cli.out());

        for (Path library : new Path[] {zhouLibrary, liLibrary}) {
            String bytes = new String(Files.readAllBytes(library), StandardCharsets.ISO_8859_1);
            for (String secret : new String[] {zhouTemporary, liTemporary, "li-own-password"}) {
                assertFalse(bytes.contains(secret), "no password is kept in the library");
            }
        }

        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        assertEquals(0, cli.run("--library", zhouLibrary.toString(), "group", "publish", "1"), cli.err());
        assertEquals(0, cli.run("--library", zhouLibrary.toString(), "group", "publish", "--collection", "1"),
                cli.err());
        assertTrue(cli.out().contains("Published the collection \"讲话合集\" (2 speeches)"), cli.out());
        assertEquals(0, cli.run("--library", zhouLibrary.toString(), "group", "term", "自我革命", "--pinyin",
                "zi4 wo3 ge2 ming4", "--english", "self-revolution"), cli.err());
        assertTrue(cli.out().contains("自我革命 (zì wǒ gé mìng) is in the group's glossary"), cli.out());
        assertEquals(2, cli.run("--library", zhouLibrary.toString(), "group", "term", "革命", "--pinyin", "zi4 wo3 ge2"));
        assertTrue(cli.err().contains("革命"), "a term the rule refuses is named, and not sent: " + cli.err());
        assertEquals(2, cli.run("--library", zhouLibrary.toString(), "group", "publish", "--collection", "9"));
        assertTrue(cli.err().contains("There is no collection 9"), cli.err());
        assertEquals(2, cli.run("--library", zhouLibrary.toString(), "group", "publish"));
        assertEquals(0, cli.run("--library", zhouLibrary.toString(), "group", "withdraw", "3"), cli.err());
        assertTrue(cli.out().contains("Withdrew 1 speeches"), cli.out());
        assertEquals(0, cli.run("--library", zhouLibrary.toString(), "group", "assign", "--title", "第一周",
                "--due", "2026-12-13", "--note", "写体会", "1"), cli.err());
        assertEquals(0, cli.run("--library", liLibrary.toString(), "group", "show-reading", "yes"), cli.err());
        assertEquals(2, cli.run("--library", liLibrary.toString(), "group", "share"));
        assertEquals(0, cli.run("--library", liLibrary.toString(), "group", "share", "1"), cli.err());
        try (LibraryStore li = LibraryStore.open(liLibrary)) {
            li.reading().markRead(li.speeches().get(0).id(), true);
        }
        input("li-own-password");
        System.clearProperty("org.postgresql.pgpassfile");
        assertEquals(0, cli.run("--library", liLibrary.toString(), "group", "sync"), cli.err());
        assertTrue(cli.out().contains("1 changed collections, 1 changed terms of the group's glossary"), cli.out());
        assertEquals(0, cli.run("--library", liLibrary.toString(), "group", "terms"), cli.err());
        assertTrue(cli.out().contains("自我革命  zì wǒ gé mìng  self-revolution"), cli.out());
        try (LibraryStore li = LibraryStore.open(liLibrary)) {
            assertTrue(li.collections().stream().anyMatch(c -> c.title().equals("讲话合集")));
            assertTrue(li.group().terms().toSegment().isEmpty(), "the sync segmented its paragraphs again");
        }
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        assertEquals(0, cli.run("--library", zhouLibrary.toString(), "group", "sync"), cli.err());
        assertEquals(0, cli.run("--library", zhouLibrary.toString(), "group", "assignments"), cli.err());
        assertTrue(cli.out().contains("第一周  (due 2026-12-13)  写体会") && cli.out().contains("read by: [li]"),
                cli.out());
        assertEquals(0, cli.run("--library", zhouLibrary.toString(), "group", "notes", "1"), cli.err());
        assertTrue(cli.out().startsWith("李明  ") && cli.out().contains("入组前写的"), cli.out());

        input("wrong-password");
        System.clearProperty("org.postgresql.pgpassfile");
        assertEquals(1, cli.run("--library", liLibrary.toString(), "group", "sync"));
        assertTrue(cli.err().contains("Could not connect to the group"), cli.err());

        assertEquals(0, cli.run("--library", liLibrary.toString(), "group", "leave"), cli.err());
        assertEquals(0, cli.run("--library", liLibrary.toString(), "group", "status"));
        assertTrue(cli.out().contains("belongs to no group"), cli.out());
    }

    @Test
    void aPasswordInTheAddressIsRefusedBeforeAnythingHappens() {
        assertEquals(1, cli.run("group", "create", "--admin-url", "postgresql://postgres:secret@localhost:"
                + port() + "/" + DATABASE, "--organiser", "zhou"));
        assertTrue(cli.err().contains("holds a password") && !cli.err().contains("secret"), cli.err());
    }

    @Test
    void aLibraryInNoGroupSaysSo() {
        StudyCopy.open(dir.resolve("alone.db")).close();
        assertEquals(1, cli.run("--library", dir.resolve("alone.db").toString(), "group", "sync"));
        assertTrue(cli.err().contains("belongs to no group (yandu group join URL --user NAME)"), cli.err());
    }

    private static SpeechDraft speech(String title, String body) {
        return new SpeechDraft(title, false, null, null, null, null, List.of(), List.of(
                new ParagraphDraft(ParagraphKind.TITLE, 0, null, title), ParagraphDraft.body(body)));
    }

    private String temporaryPassword() {
        Matcher found = TEMPORARY.matcher(cli.out());
        assertTrue(found.find(), cli.out());
        return found.group(1);
    }

    private static void input(String... lines) {
        System.setIn(new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private static int port() {
        String url = server.url(DATABASE);
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1, url.lastIndexOf('/')));
    }
}
