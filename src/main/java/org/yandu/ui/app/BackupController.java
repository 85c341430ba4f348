package org.yandu.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.yandu.library.BackupFile;
import org.yandu.library.Backups;
import org.yandu.library.LibraryRescue;
import org.yandu.library.LibraryStore;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.TaskExecutor;
import org.yandu.ui.library.LibrarySnapshot;
import org.yandu.ui.library.RescueOffer;
import org.yandu.ui.library.RestoreDialog;

/**
 * Backups of the window's library and restores from them: into the open library, or in place of one that could
 * not be opened. What a restore changes in the window is the {@link Restored}'s to show.
 */
final class BackupController implements RestoreDialog.Backups {
    /** What the window shows again after a restore, and how it opens a library put back in place. */
    interface Restored {
        /** The open library now holds the backup's contents; {@code snapshot} lists them. */
        void restored(LibraryStore library, LibrarySnapshot snapshot);

        /** A library that could not be opened was replaced by a backup: open it. */
        void replaced(Path library);
    }

    private final TaskExecutor tasks;
    private final Supplier<Messages> messages;
    private final LibraryAccess access;
    private final Restored restored;
    private final Runnable beforeRestore;
    private @Nullable LibraryStore store;
    /** The library asked for: restored from a backup into when it could not be opened. */
    private @Nullable Path libraryFile;

    /** @param beforeRestore saves what the reader has not saved yet, before the library's contents are replaced */
    BackupController(TaskExecutor tasks, Supplier<Messages> messages, LibraryAccess access, Restored restored,
                     Runnable beforeRestore) {
        this.tasks = tasks;
        this.messages = messages;
        this.access = access;
        this.restored = restored;
        this.beforeRestore = beforeRestore;
    }

    /** The library being opened; its store is given once it is open. */
    void opening(Path file) {
        libraryFile = file;
        store = null;
    }

    void use(LibraryStore opened) {
        store = opened;
    }

    /**
     * Restores the offered backup in place of the lost or damaged library if the reader agrees, then opens it.
     * Declined, the window stays empty and says so, and File → Restore from Backup… can restore it later.
     */
    void offer(Path backup, boolean lost, @Nullable Window owner) {
        if (RescueOffer.accepted(messages.get(), owner, lost, BackupFile.of(backup))) {
            restoreUnopened(backup, () -> { });
        } else {
            access.notOpened();
        }
    }

    /** Puts a backup in place of the library that could not be opened (kept beside it), then opens it. */
    private void restoreUnopened(Path backup, Runnable done) {
        Path file = Objects.requireNonNull(libraryFile, "a backup is put in place of a library asked for");
        access.opening();
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.restore",
                () -> LibraryRescue.restore(file, backup))
                .status(text("status.restoring", backup.getFileName()))
                .onSuccess(put -> {
                    restored.replaced(file);
                    done.run();
                })
                .onFailure(e -> access.notOpened()));
    }

    /** The library's backups, newest first, read on the library thread; also of a library that is not open. */
    @Override
    public void backups(Consumer<List<BackupFile>> done) {
        Path of = libraryFile;
        if (of != null) {
            tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.backup",
                    () -> Backups.beside(of))
                    .status(text("status.readingBackups"))
                    .onSuccess(done));
        }
    }

    /** Backs the library up now, beside the daily ones. */
    void backUpNow(Consumer<Path> done) {
        LibraryStore from = store;
        if (from != null) {
            tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.backup",
                    () -> from.backups().create("manual"))
                    .status(text("status.backingUp"))
                    .onSuccess(done));
        }
    }

    /**
     * Replaces the library's contents with a backup (the current state is backed up first), then has the window
     * show the restored library. A library that could not be opened is replaced by the backup instead.
     */
    @Override
    public void restoreBackup(Path backup, Runnable done) {
        LibraryStore into = store;
        if (into == null) {
            if (access.notOpenedProperty().get()) {
                restoreUnopened(backup, done);
            }
            return;
        }
        beforeRestore.run();
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.restore", () -> {
            into.backups().restore(backup);
            return LibrarySnapshot.readFrom(into);
        }).status(text("status.restoring", backup.getFileName())).onSuccess(snapshot -> {
            restored.restored(into, snapshot);
            tasks.setIdleStatus(text("status.restored", backup.getFileName()));
            done.run();
        }));
    }

    private String text(String key, Object... args) {
        return messages.get().format(key, args);
    }
}
