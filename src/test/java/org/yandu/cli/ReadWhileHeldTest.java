package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.HeldLibrary;
import org.yandu.library.LibraryStore;

/** While another Yandu process holds the library (an import, a window), the commands that read still work. */
class ReadWhileHeldTest {
    @RegisterExtension
    final CommandRun cli = new CommandRun();

    @TempDir
    Path dir;

    private String told() {
        List<String> lines = cli.err().lines().filter(line -> line.startsWith("yandu: ")).toList();
        assertEquals(1, lines.size(), cli.err());
        return lines.get(0);
    }

    @Test
    void commandsThatReadReadBesideTheHolderAndSeeItsLatestWrite() throws Exception {
        Path library = dir.resolve("library.db");
        try (HeldLibrary held = HeldLibrary.start(library)) {
            held.writeNote("第一条笔记");
            String lib = library.toString();
            assertEquals(0, cli.run("search", "联系群众", "--library", lib), cli.err());
            assertTrue(cli.out().contains("密切【联系群众】是我们党的优良作风"), cli.out());
            assertEquals(0, cli.run("list", "--library", lib), cli.err());
            assertTrue(cli.out().contains("试验"), cli.out());
            assertEquals(0, cli.run("show", "1", "--library", lib), cli.err());
            assertTrue(cli.out().contains("优良作风"), cli.out());
            held.writeNote("第二条笔记");
            assertEquals(0, cli.run("notes", "--library", lib), cli.err());
            assertTrue(cli.out().contains("第一条笔记") && cli.out().contains("第二条笔记"), cli.out());
            Path export = dir.resolve("notes.md");
            assertEquals(0, cli.run("export", "--format", "md", "--out", export.toString(), "--library", lib),
                    cli.err());
            assertTrue(Files.readString(export).contains("第二条笔记"));
            assertEquals(0, cli.run("glossary", "list", "--library", lib), cli.err());
            assertEquals(0, cli.run("lookup", "群众", "--library", lib), cli.err());
            assertTrue(cli.out().contains("in the library: 1 time(s)"), cli.out());
        }
    }

    @Test
    void commandsThatWriteAreStillRefusedAsInUse() throws Exception {
        Path library = dir.resolve("library.db");
        Path speech = Files.writeString(dir.resolve("新.txt"), "新的讲话\n\n坚持从群众中来、到群众中去。\n");
        try (HeldLibrary held = HeldLibrary.start(library)) {
            String lib = library.toString();
            List<String[]> writes = List.of(new String[] {"import", speech.toString(), "--library", lib},
                    new String[] {"note", "add", "1", "1", "--text", "不该保存", "--library", lib},
                    new String[] {"glossary", "add", "群众", "--explanation", "人民", "--library", lib},
                    new String[] {"glossary", "remove", "群众", "--library", lib},
                    new String[] {"backup", "--library", lib});
            for (String[] write : writes) {
                assertEquals(1, cli.run(write), String.join(" ", write) + ": " + cli.err());
                assertTrue(told().contains("is already open in another Yandu window or command"),
                        String.join(" ", write) + ": " + cli.err());
            }
        }
        try (LibraryStore store = LibraryStore.open(library)) {
            assertEquals(1, store.speeches().size());
            assertEquals(List.of(), store.annotations().all());
        }
    }
}
