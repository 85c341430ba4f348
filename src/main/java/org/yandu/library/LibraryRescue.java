package org.yandu.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.files.AtomicFiles;

/**
 * Getting a library back from its backups when it is damaged or gone: a restore must work exactly when the library
 * cannot be opened, and an empty or missing library with backups beside it was lost, not new.
 */
public final class LibraryRescue {
    private static final Logger log = LoggerFactory.getLogger(LibraryRescue.class);
    private static final List<String> COMPANIONS = List.of("", "-wal", "-shm");

    /**
     * A library restored from a backup.
     *
     * @param setAside where the damaged library was moved; null when it was restored in place as usual
     */
    public record Restored(Path library, @Nullable Path setAside) {
    }

    private LibraryRescue() {
    }

    /**
     * Restores {@code backup} (checked first) into {@code library}. A library that opens is restored in place,
     * its current state backed up first; one that cannot be opened or backed up is moved aside as
     * {@code library.db.damaged-<time>} with its -wal and -shm, never deleted, and the backup put in its place.
     */
    public static Restored restore(Path library, Path backup) {
        Path file = library.toAbsolutePath();
        BackupCheck.requireRestorable(backup);
        if (holdsData(file)) {
            try (LibraryStore store = LibraryStore.open(file)) {
                store.backups().restore(backup);
                return new Restored(file, null);
            } catch (LibraryInUseException | LibraryTooNewException e) {
                throw e;
            } catch (LibraryException e) {
                if (!setAsideHelps(e)) {
                    throw e;
                }
                log.warn("The library {} cannot be opened or backed up; it is set aside for {}", file, backup, e);
            }
        }
        Path aside = replace(file, backup);
        // Opening brings a backup of an older Yandu up to date, and proves the library is usable again.
        LibraryStore.open(file).close();
        log.info("Restored the library {} from {}{}", file, backup, aside == null ? "" : "; the old one is " + aside);
        return new Restored(file, aside);
    }

    /**
     * The newest sound backup when {@code library} is missing or empty yet backups lie beside it: then its notes
     * were lost and must not be covered by a fresh library. Empty for a library with data or a truly new one.
     */
    public static Optional<Path> lostWithBackup(Path library) {
        Path file = library.toAbsolutePath();
        // A missing library counts as lost only if it was opened before (its mark stays): backups/ is shared
        // by every library in the folder, and a new library beside another one's backups is still new.
        boolean lost = Files.exists(file) ? !holdsData(file) : openedBefore(file);
        return lost ? Backups.newestSound(file) : Optional.empty();
    }

    /** Whether Yandu has opened {@code library} before: its mark stays beside it ({@link LibraryLock#markOf}). */
    public static boolean openedBefore(Path library) {
        return Files.exists(LibraryLock.markOf(library.toAbsolutePath()));
    }

    /**
     * The newest sound backup when {@code library} holds data but is damaged (fails quick_check); empty when it is
     * sound, in use by another Yandu, or written by a newer one: those are not helped by a restore.
     */
    public static Optional<Path> damagedWithBackup(Path library) {
        Path file = library.toAbsolutePath();
        try (LibraryLock lock = LibraryLock.acquire(file.toRealPath())) {
            Optional<String> problem = BackupCheck.problem(file, false);
            return holdsData(file) && problem.isPresent() && !problem.get().equals(BackupCheck.NEWER)
                    ? Backups.newestSound(file) : Optional.empty();
        } catch (LibraryException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the library's failure is its own (damage, or a reason unknown), which a fresh copy from the backup
     * mends; a full or read-only disk would fail the copy too, after the sound library had been moved aside.
     */
    private static boolean setAsideHelps(LibraryException e) {
        FailureReason reason = e.reason();
        return reason == null || reason == FailureReason.DAMAGED || reason == FailureReason.DISK_ERROR;
    }

    /** One line for the command line: what was found and how to restore it. */
    public static String lostMessage(Path library, Path backup) {
        return "The library " + library + (Files.exists(library) ? " is empty" : " is missing")
                + " but backups lie beside it; it was not replaced by a new one. Restore the newest with:"
                + " yandu restore " + backup + " --library " + library;
    }

    private static boolean holdsData(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The backup could not be copied (a full disk): the library goes back under its own name, damaged as it is,
     * rather than leaving the reader with none.
     */
    private static void putBack(Map<Path, Path> setAside, IOException failure) {
        setAside.forEach((original, aside) -> {
            try {
                Files.move(aside, original, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        });
    }

    /** Moves the library and its -wal/-shm aside (a stale -wal beside the backup would be replayed into it). */
    private static @Nullable Path replace(Path file, Path backup) {
        boolean existed = Files.exists(file);
        try {
            if (!existed) {
                // The lock is taken on the library file itself: a missing one gets an empty stand-in to hold it.
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw new LibraryException("Could not put " + backup + " in place of " + file + ": "
                    + FailureReason.explain(e), e);
        }
        try (LibraryLock lock = LibraryLock.acquire(file.toRealPath())) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + Backups.stampNow());
            Map<Path, Path> setAside = new LinkedHashMap<>();
            for (String suffix : COMPANIONS) {
                Path part = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(part) && (existed || !suffix.isEmpty())) {
                    setAside.put(part, Files.move(part, aside.resolveSibling(aside.getFileName() + suffix)));
                }
            }
            try {
                AtomicFiles.replace(file, out -> Files.copy(backup, out));
            } catch (IOException e) {
                putBack(setAside, e);
                throw e;
            }
            return existed ? aside : null;
        } catch (IOException e) {
            throw new LibraryException("Could not put " + backup + " in place of " + file + ": "
                    + FailureReason.explain(e), e);
        }
    }
}
