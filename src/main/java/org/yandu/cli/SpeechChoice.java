package org.yandu.cli;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yandu.library.LibraryStore;
import org.yandu.library.SpeechCollection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Which speeches a command acts on: ids as {@code yandu list} shows them, or a collection's, mixed in. */
@Command
final class SpeechChoice {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(paramLabel = "SPEECH_ID", arity = "0..*", description = "Speech ids, as yandu list shows them.")
    List<Long> speechIds = List.of();

    @Option(names = "--collection", paramLabel = "ID", description = "Every speech of a collection, in its order.")
    @Nullable Long collection;

    /** The speeches chosen; refused (a usage error) unless exactly one of the two ways was used. */
    List<Long> ids(LibraryStore store) {
        return collection(store).map(SpeechCollection::speechIds).orElse(speechIds);
    }

    /** The collection chosen with {@code --collection}, if that was the way; refused as {@link #ids} is. */
    Optional<SpeechCollection> collection(LibraryStore store) {
        if (speechIds.isEmpty() == (collection == null)) {
            throw new ParameterException(spec.commandLine(), "Name the speeches, or a collection with --collection,"
                    + " not both");
        }
        if (collection == null) {
            return Optional.empty();
        }
        long id = collection;
        return Optional.of(store.collections().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "There is no collection " + id
                        + " in the library")));
    }
}
