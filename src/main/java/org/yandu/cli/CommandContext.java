package org.yandu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares, mixed in as {@code @Mixin CommandContext context}: the library named by
 * {@code yandu --library}, opened for reading or for writing, its glossary, and the command's output and error
 * writers (UTF-8, set by {@link YanduCommand#execute}). It adds no option: {@code @Command} only marks it a mixin.
 */
@Command
final class CommandContext {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The library's file, resolved but not opened (restore, backups listed beside a library that will not open). */
    Path library() {
        return yandu().library.resolve();
    }

    /** See {@link LibraryOption#open()}: read beside another Yandu that holds the library. */
    LibraryStore open() {
        return yandu().library.open();
    }

    /** See {@link LibraryOption#openForWriting()}: a library in use or damaged is refused before any work. */
    LibraryStore openForWriting() {
        return yandu().library.openForWriting();
    }

    /** See {@link YanduCommand#glossary}. */
    GlossaryService glossary(LibraryStore store) {
        return yandu().glossary(store);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Refuses what was asked, saying why after the command's full name; the exit code of a refusal. */
    int refused(String reason) {
        err().println(spec.qualifiedName() + ": " + reason);
        err().flush();
        return 2;
    }

    /** The root command holds {@code --library} (inherited by every command) and loads the glossary. */
    private YanduCommand yandu() {
        return (YanduCommand) spec.root().userObject();
    }
}
