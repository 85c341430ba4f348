package org.yandu.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.FailureReason;
import org.yandu.library.LibraryStore;
import org.yandu.text.ChineseText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code yandu [--library FILE] [COMMAND]}: without a command it opens the window. */
@Command(name = "yandu", mixinStandardHelpOptions = true, version = "Yandu 研读 0.1",
        description = "Yandu (研读), a study reader for Chinese speeches. Without a command it opens the window.",
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, SearchCommand.class,
                SegmentCommand.class, ScoreCommand.class, LookupCommand.class, DictCommand.class, GlossaryCommand.class,
                NoteCommand.class, NotesCommand.class, BackupCommand.class, RestoreCommand.class, BenchCommand.class,
                ExportCommand.class, ImportNotesCommand.class, GroupCommand.class})
public final class YanduCommand implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(YanduCommand.class);
    /** Marks log events the user has been told already: the terminal's log appender leaves them out (logback.xml). */
    public static final Marker TOLD = MarkerFactory.getMarker("TOLD");

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    private final Consumer<Path> openWindow;

    private YanduCommand(Consumer<Path> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public void run() {
        openWindow.accept(library.resolve());
    }

    /**
     * The library's glossary for a headless command: HanLP loads on this thread (about half a second), as a
     * command has nothing else to do meanwhile. Stored terms it had to leave out are named on stderr, so the
     * user learns which to remove; the command goes on without them.
     */
    GlossaryService glossary(LibraryStore store) {
        GlossaryService service = GlossaryService.open(store, ChineseText.load());
        PrintWriter err = spec.commandLine().getErr();
        service.unusableUserTerms().forEach(e -> err.println("yandu: warning: left out of your glossary, "
                + e.getMessage()));
        err.flush();
        return service;
    }

    /**
     * The failure's message, followed by why when a cause says so and the message does not yet: a bare I/O error's
     * message is often only a path.
     */
    static String complaint(Exception e) {
        String message = String.valueOf(e.getMessage());
        FailureReason reason = FailureReason.of(e);
        return reason == null || message.endsWith(reason.words()) ? message : message + ": " + reason.words();
    }

    /** Runs the command line with UTF-8 output (Chinese must survive a POSIX locale) and returns the exit code. */
    public static int execute(String[] args, Consumer<Path> openWindow) {
        CommandLine cli = new CommandLine(new YanduCommand(openWindow));
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            log.error(TOLD, "Command failed", e);
            line.getErr().println("yandu: " + OneLine.of(complaint(e)));
            return 1;
        });
        return cli.execute(args);
    }
}
