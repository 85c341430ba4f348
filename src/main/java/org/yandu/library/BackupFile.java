package org.yandu.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A backup as the reader chooses one: when it was made, why, and how big it is.
 *
 * @param made when it was made, from its name; null for a file not named by {@link Backups}
 * @param reason why it was made (daily, manual, before-migration, before-restore); empty when unknown
 */
public record BackupFile(Path file, LocalDateTime made, String reason, long bytes) {
    private static final Pattern NAME = Pattern.compile("library-(\\d{8}-\\d{6}-\\d{3})-(.+)\\.db");

    public static BackupFile of(Path file) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = -1;
        }
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (name.matches()) {
            try {
                return new BackupFile(file, LocalDateTime.parse(name.group(1), Backups.STAMP), name.group(2), bytes);
            } catch (DateTimeParseException e) {
                // Named like a backup but not one of ours: shown by its file name.
            }
        }
        return new BackupFile(file, null, "", bytes);
    }
}
