package org.yandu.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.yandu.files.AtomicFiles;
import org.yandu.group.GroupSync;
import org.yandu.group.SyncReport;
import org.yandu.library.Annotation;
import org.yandu.library.GroupStream;
import org.yandu.library.LibraryStore;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupServer;
import org.yandu.library.group.GroupSpeeches;
import org.yandu.library.group.Invitation;
import org.yandu.library.group.SyncQuery;

/**
 * The study-group figures (issue #17), on a group the bench makes on a real server ({@link BenchGroup}): a new
 * member's first download of the speeches against a COPY of the same rows; a sync of notes changed by other members
 * and one of notes changed here, each against a sync with nothing to do; and each query a sync runs on the server,
 * its plan at this size read for sequential scans of the large tables.
 */
final class GroupFigures {
    /** The group of issue #17. */
    static final Scale ISSUE = new Scale(200, 200_000, 1_000);
    /** PostgreSQL rightly reads a table of a few hundred rows whole; a larger one a sync must read by its index. */
    private static final int LARGE_TABLE = 1_000;
    private static final int ROUNDS = 5;
    private static final int COPY_RUNS = 3;
    /**
     * COPY only hands the rows over; the download stores and indexes every character as an import does, which
     * costs 20 to 40 times as much (docs/PERFORMANCE.md, "Study groups").
     */
    private static final String FIRST_DOWNLOAD_TARGET = "ratio ≥ 0.02";
    private static final double FIRST_DOWNLOAD_RATIO = 0.02;
    private static final String SYNC_TARGET = "median < 1,000 ms";
    private static final String QUERY_TARGET = "by index on tables of " + LARGE_TABLE + "+ rows";

    /**
     * @param members the first one organises
     * @param notes spread over the members, on the speeches
     * @param changed notes changed before each timed sync
     */
    record Scale(int members, int notes, int changed) {
    }

    private final GroupServer server;
    private final LibraryStore library;
    private final Path work;
    private final Scale scale;
    private final PrintWriter log;

    /**
     * @param library the speeches the group publishes (the organiser's library)
     * @param work where the new member's library and the plans ({@code group-plans.txt}) go
     */
    GroupFigures(GroupServer server, LibraryStore library, Path work, Scale scale, PrintWriter log) {
        this.server = server;
        this.library = library;
        this.work = work;
        this.scale = scale;
        this.log = log;
    }

    /** The figures, listed as not run, and why: the same names and targets as when measured. */
    static List<Figure> notRun(Scale scale, int speeches, String reason) {
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.notRun(firstDownload(speeches), "chars/s", FIRST_DOWNLOAD_TARGET, reason),
                Figure.notRun(pulled(scale), "ms", SYNC_TARGET, reason),
                Figure.notRun(pushed(scale), "ms", SYNC_TARGET, reason)));
        for (SyncQuery query : SyncQuery.values()) {
            figures.add(Figure.notRun(query(query), "ms", QUERY_TARGET, reason));
        }
        return figures;
    }

    List<Figure> measure() throws Exception {
        List<Figure> figures = new ArrayList<>();
        try (BenchGroup group = BenchGroup.make(server, library, scale.members(), scale.notes(), log)) {
            Invitation reader = group.member(1);
            char[] password = UUID.randomUUID().toString().toCharArray();
            try (LibraryStore copy = LibraryStore.open(Bench.fresh(work, "group-member.db"))) {
                figures.add(firstDownload(group, copy, reader, password));
                figures.add(pulledSync(group, copy, reader, password));
                Map<GroupStream, Long> before = positions(copy);
                group.othersEdit(reader, scale.changed(), "最后一轮");
                GroupSync.sync(copy, password);
                figures.add(pushedSync(copy, password));
                try (GroupConnection member = GroupConnection.open(reader.url(), reader.user(), password)) {
                    figures.addAll(plans(member, before, group.speeches()));
                }
            }
        }
        return figures;
    }

    /** A new member joins (their temporary password replaced) and syncs everything, against a COPY of the speeches. */
    private Figure firstDownload(BenchGroup group, LibraryStore copy, Invitation reader, char[] password) {
        log.printf("First download of %,d speeches (%,d characters)…%n", group.speeches(), group.characters());
        log.flush();
        long start = System.nanoTime();
        // The driver wipes the password it sets, so it is given a copy.
        SyncReport report = GroupSync.join(copy, reader.url(), reader.user(),
                reader.temporaryPassword().toCharArray(), password.clone());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report.speeches() != group.speeches()) {
            throw new IllegalStateException("the first download brought " + report.speeches() + " of the group's "
                    + group.speeches() + " speeches");
        }
        log.printf("  %.1f s: %,d speeches, %,d notes (the member's own and those shared)%n", seconds,
                report.speeches(), report.received());
        double[] copies = new double[COPY_RUNS];
        try (GroupConnection member = GroupConnection.open(reader.url(), reader.user(), password)) {
            for (int run = 0; run < COPY_RUNS; run++) {
                long copyStart = System.nanoTime();
                GroupSpeeches.copyAll(member);
                copies[run] = group.characters() / ((System.nanoTime() - copyStart) / 1e9);
            }
        }
        double rate = group.characters() / seconds;
        double limit = Timing.of(copies).median();
        return new Figure(firstDownload(group.speeches()), "chars/s", rate, rate, "COPY of the speeches' rows",
                limit, rate / limit, FIRST_DOWNLOAD_TARGET, rate / limit >= FIRST_DOWNLOAD_RATIO);
    }

    /** Rounds of other members editing shared notes, each followed by a timed sync here. */
    private Figure pulledSync(BenchGroup group, LibraryStore copy, Invitation reader, char[] password) {
        double[] syncs = new double[ROUNDS];
        double[] idle = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            int edited = group.othersEdit(reader, scale.changed(), "第" + (round + 1) + "轮改的");
            long start = System.nanoTime();
            SyncReport report = GroupSync.sync(copy, password);
            syncs[round] = (System.nanoTime() - start) / 1e6;
            if (report.received() < edited) {
                throw new IllegalStateException("the sync brought " + report.received() + " of the " + edited
                        + " notes others changed");
            }
            idle[round] = idleSync(copy, password);
        }
        return sync(pulled(scale), syncs, idle);
    }

    /** Rounds of this member editing their own notes here, each followed by a timed sync. */
    private Figure pushedSync(LibraryStore copy, char[] password) {
        List<Annotation> own = copy.annotations().all().subList(0, scale.changed());
        double[] syncs = new double[ROUNDS];
        double[] idle = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (Annotation note : own) {
                copy.annotations().update(note.id(), note.color(), "这里第" + (round + 1) + "轮改的", note.tags());
            }
            long start = System.nanoTime();
            SyncReport report = GroupSync.sync(copy, password);
            syncs[round] = (System.nanoTime() - start) / 1e6;
            if (report.sent() != own.size()) {
                throw new IllegalStateException("the sync sent " + report.sent() + " of the " + own.size()
                        + " notes changed here");
            }
            idle[round] = idleSync(copy, password);
        }
        return sync(pushed(scale), syncs, idle);
    }

    private static double idleSync(LibraryStore copy, char[] password) {
        long start = System.nanoTime();
        GroupSync.sync(copy, password);
        return (System.nanoTime() - start) / 1e6;
    }

    private static Figure sync(String name, double[] syncs, double[] idle) {
        Timing.Stats stats = Timing.of(syncs);
        double limit = Timing.of(idle).median();
        return new Figure(name, "ms", stats.median(), stats.p95(), "a sync with nothing to do", limit,
                stats.median() / limit, SYNC_TARGET, stats.median() < 1_000);
    }

    private static Map<GroupStream, Long> positions(LibraryStore copy) {
        Map<GroupStream, Long> positions = new EnumMap<>(GroupStream.class);
        for (GroupStream stream : GroupStream.values()) {
            positions.put(stream, copy.group().pulledUpTo(stream));
        }
        return positions;
    }

    /**
     * Each sync query's plan for a first download's first page (every row after it) and for the next sync's (the
     * changes of a round after it), written to {@code group-plans.txt}; the figure is the first page's time
     * against the same query for one row.
     */
    private List<Figure> plans(GroupConnection member, Map<GroupStream, Long> next, int speeches) throws Exception {
        Map<String, Integer> rows = Map.of("members", scale.members(), "speeches", speeches, "notes", scale.notes());
        List<Figure> figures = new ArrayList<>();
        StringBuilder written = new StringBuilder();
        for (SyncQuery query : SyncQuery.values()) {
            long since = next.getOrDefault(GroupStream.valueOf(query.name()), 0L);
            String first = query.plan(member, 0, GroupSync.PULL_PAGE);
            String following = query.plan(member, since, GroupSync.PULL_PAGE);
            written.append("-- ").append(query).append(", first page\n").append(first)
                    .append("-- ").append(query).append(", since ").append(since).append('\n').append(following);
            List<String> large = query.tables().stream().filter(t -> rows.getOrDefault(t, 0) >= LARGE_TABLE)
                    .toList();
            boolean indexed = large.stream().allMatch(t -> SyncQuery.servedByIndex(first, t)
                    && SyncQuery.servedByIndex(following, t));
            Timing.Stats page = Timing.millis(3, 20, () -> query.page(member, 0, GroupSync.PULL_PAGE));
            Timing.Stats one = Timing.millis(3, 20, () -> query.page(member, 0, 1));
            figures.add(new Figure(query(query), "ms", page.median(), page.p95(), "the same query for one row",
                    one.median(), page.median() / one.median(), QUERY_TARGET, indexed));
        }
        Path plans = work.resolve("group-plans.txt");
        AtomicFiles.replace(plans, o -> o.write(written.toString().getBytes(StandardCharsets.UTF_8)));
        log.println("Plans of the sync's queries: " + plans.toAbsolutePath());
        return figures;
    }

    private static String firstDownload(int speeches) {
        return "group: first download, " + speeches + " speeches";
    }

    private static String pulled(Scale scale) {
        return "group: sync of " + scale.changed() + " notes changed by others";
    }

    private static String pushed(Scale scale) {
        return "group: sync of " + scale.changed() + " notes changed here";
    }

    private static String query(SyncQuery query) {
        return "group: sync query, " + query.name().toLowerCase(Locale.ROOT) + ", first page";
    }
}
