package org.yandu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.LibraryStore;
import org.yandu.library.SourceFile;
import org.yandu.library.group.GroupAddress;
import org.yandu.library.group.GroupServer;
import org.yandu.library.group.TestGroup;

/** The bench's study-group figures on a small group, made on a real server and dropped again. */
class GroupFiguresTest {
    private static final GroupFigures.Scale SMALL = new GroupFigures.Scale(3, 100, 5);
    private static final List<String> PARAGRAPHS = List.of(
            "群众路线是我们党的生命线和根本工作路线。",
            "密切联系群众是巩固党的执政地位的根本保证，全党同志要牢固树立正确的群众观。",
            "我们要把人民对美好生活的向往作为奋斗目标，坚持以人民为中心的发展思想。",
            "读书要读原著，学原文，悟原理，知其然更要知其所以然。");

    @RegisterExtension
    static final TestGroup group = new TestGroup();

    @TempDir
    Path dir;

    @Test
    void aSmallGroupIsMeasuredOnEveryFigureAndDroppedAgain() throws Exception {
        StringWriter output = new StringWriter();
        List<Figure> figures;
        try (LibraryStore library = LibraryStore.open(dir.resolve("organiser.db"))) {
            library.recordImport(new SourceFile("bench/group", "group.txt", "txt", "UTF-8", 0, "bench-group"), null,
                    new SyntheticLibrary(PARAGRAPHS, 20, 300, 1).speeches().toList());
            GroupServer server = new GroupServer(new GroupAddress(group.server().url("postgres"), "postgres"));
            figures = new GroupFigures(server, library, dir, SMALL, new PrintWriter(output)).measure();
        }

        assertEquals(GroupFigures.notRun(SMALL, 21, "").stream().map(f -> f.name() + ": " + f.target()).toList(),
                figures.stream().map(f -> f.name() + ": " + f.target()).toList(), "as when not run: " + output);
        for (Figure figure : figures) {
            assertTrue(figure.median() > 0 && figure.limitMedian() > 0, "measured: " + figure);
        }
        assertTrue(figures.subList(3, figures.size()).stream().allMatch(Figure::met),
                "no table this small needs an index: " + figures);
        assertTrue(Files.readString(dir.resolve("group-plans.txt")).contains("-- NOTES, first page"));
        try (Connection admin = group.server().admin("postgres"); Statement statement = admin.createStatement();
             ResultSet left = statement.executeQuery("select (select count(*) from pg_database where datname like"
                     + " 'yandu_bench%') + (select count(*) from pg_roles where rolname like 'yandu_bench%')")) {
            left.next();
            assertEquals(0, left.getInt(1), "the group's database and roles are dropped");
        }
    }
}
