package org.yandu.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** File names made from speech titles, safe on Windows, macOS and Linux alike. */
final class FileNames {
    private static final int MAX_CODE_POINTS = 80;
    private static final String FALLBACK = "notes";

    private FileNames() {
    }

    /** The title with the characters no file system accepts replaced, shortened, never empty. */
    static String safe(String title) {
        String name = (title == null ? "" : title).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip()
                .replaceFirst("^\\.+", "");
        if (name.codePointCount(0, name.length()) > MAX_CODE_POINTS) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_CODE_POINTS)).strip();
        }
        return name.isEmpty() ? FALLBACK : name;
    }

    /** Safe names for the titles, made unique (case-insensitively, for Windows and macOS) by a number. */
    static List<String> unique(List<String> titles, String extension) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (String title : titles) {
            String base = safe(title);
            String name = base + extension;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + " (" + n + ")" + extension;
            }
            names.add(name);
        }
        return names;
    }
}
