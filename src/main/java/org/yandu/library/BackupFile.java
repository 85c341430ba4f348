package org.yandu.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A backup as the reader chooses one: when it was made, why, how big it is, and whether it can be restored.
 *
 * @param made   when it was made, from its name; null for a file not named by {@link Backups}
 * @param reason why it was made (daily, manual, before-migration, before-restore); empty when unknown
 * @param damage why it cannot be restored (in English, for the log and the command line); empty when it can be,
 *               as far as is known: a file picked by hand is checked only when it is restored
 */
public record BackupFile(Path file, @Nullable LocalDateTime made, String reason, long bytes, String damage) {
    /** Backups.CHECKED marks one this version checked when it wrote it; earlier versions' names lack it. */
    private static final Pattern NAME = Pattern.compile("library-(\\d{8}-\\d{6}-\\d{3})-(.+?)(?:" + Backups.CHECKED
            .replace(".", "\\.") + ")?\\.db");

    public static BackupFile of(Path file) {
        return of(file, "");
    }

    static BackupFile of(Path file, String damage) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = -1;
        }
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (name.matches()) {
            try {
                return new BackupFile(file, LocalDateTime.parse(name.group(1), Backups.STAMP), name.group(2), bytes,
                        damage);
            } catch (DateTimeParseException e) {
                // Named like a backup but not one of ours: shown by its file name.
            }
        }
        return new BackupFile(file, null, "", bytes, damage);
    }

    /** Whether it may be offered for a restore: not found damaged. */
    public boolean restorable() {
        return damage.isEmpty();
    }
}
