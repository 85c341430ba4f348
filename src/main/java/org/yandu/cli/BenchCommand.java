package org.yandu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.yandu.bench.Bench;
import org.yandu.bench.Figure;
import org.yandu.files.AtomicFiles;
import org.yandu.library.group.GroupAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yandu bench}: the benchmark table, and the same figures in {@code target/bench/results.json}. */
@Command(name = "bench", description = "Measure every user-visible operation against its limit (takes minutes).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "target/bench",
            description = "Folder for the generated libraries and results.json.")
    Path out;

    @Option(names = "--speeches", defaultValue = "10000", description = "Size of the generated library.")
    int speeches;

    @Option(names = "--bundled", defaultValue = "data/speeches", description = "The bundled speeches' folder.")
    Path bundled;

    @Option(names = "--cedict", defaultValue = "../shared/dict/cedict_1_0_ts_utf-8_mdbg.txt.gz",
            description = "CC-CEDICT to load for the lookup figure, when present.")
    Path cedict;

    /** The packaged app's and mvn javafx:run's heap and compiler options (the pom's jvm.* properties). */
    static final String DESKTOP_JVM_OPTIONS = "-Xms32m -XX:GCTimeRatio=4 -XX:Tier4InvocationThreshold=150000"
            + " -XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=450000"
            + " -XX:Tier4BackEdgeThreshold=1200000";

    @Option(names = "--window-jvm-options", defaultValue = DESKTOP_JVM_OPTIONS, split = " ",
            description = "JVM options for the windows and imports started for the start-up and memory figures;"
                    + " by default the packaged app's (${DEFAULT-VALUE}).")
    List<String> windowOptions;

    @Option(names = "--app-image", defaultValue = "target/installer/Yandu",
            description = "The packaged app (mvn -Pinstaller package), started beside the jar when present.")
    Path appImage;

    @Option(names = "--group-server", paramLabel = "URL",
            description = "A PostgreSQL 13+ server as an administrator who may create databases and roles"
                    + " (postgresql://postgres@localhost:5432/postgres, its password in ~/.pgpass), for the"
                    + " study-group figures; the bench makes a group there and drops it at the end.")
    @Nullable String groupServer;

    @Mixin
    CommandContext context;

    @Override
    public Integer call() throws Exception {
        PrintWriter log = context.out();
        Optional<GroupAddress> group = Optional.ofNullable(groupServer).map(GroupAddress::parse);
        List<Figure> figures = new Bench(out, bundled, cedict, speeches,
                windowOptions.stream().filter(o -> !o.isBlank()).toList(), packagedLauncher(log), group, log).run();
        Path results = out.resolve("results.json");
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("date", Instant.now().toString());
        root.put("processors", Runtime.getRuntime().availableProcessors());
        root.put("java", System.getProperty("java.version"));
        ArrayNode array = root.putArray("figures");
        figures.forEach(f -> array.add(figure(json, f)));
        AtomicFiles.replace(results, o -> o.write(json.writeValueAsBytes(root)));
        log.println("Results: " + results.toAbsolutePath());
        log.flush();
        return 0;
    }

    /** A figure as results.json holds it. */
    static ObjectNode figure(ObjectMapper json, Figure figure) {
        ObjectNode node = json.valueToTree(figure);
        if (figure.notRun() == null) {
            node.remove("notRun");
        } else {
            // Numbers it has none of, rather than NaN, which JSON cannot say.
            node.remove(List.of("median", "p95", "limit", "limitMedian", "ratio"));
        }
        return node;
    }

    private Optional<Path> packagedLauncher(PrintWriter log) {
        Path launcher = appImage.resolve("bin").resolve("Yandu");
        if (Files.isExecutable(launcher)) {
            return Optional.of(launcher.toAbsolutePath());
        }
        log.println("No packaged app at " + appImage + " (mvn -Pinstaller package): it is not measured");
        return Optional.empty();
    }
}
