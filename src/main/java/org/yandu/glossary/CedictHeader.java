package org.yandu.glossary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The header of a CC-CEDICT file: the comment block before the first entry, kept for an About or
 * licence panel (CC-CEDICT is licensed CC BY-SA 4.0 and must be attributed), and its
 * {@code #! key=value} fields ({@code version}, {@code subversion}, {@code format}, {@code charset},
 * {@code entries}, {@code date}, …).
 *
 * @param fields the {@code #!} fields in file order
 * @param notice the other header comment lines with the leading {@code #} and one space removed,
 *     in file order (title, publisher, licence, referenced works)
 */
public record CedictHeader(Map<String, String> fields, List<String> notice) {

    public CedictHeader {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        notice = List.copyOf(notice);
    }

    /** A header with nothing in it (a file without comments). */
    public static CedictHeader empty() {
        return new CedictHeader(Map.of(), List.of());
    }

    /** One {@code #!} field. */
    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** {@code #! version=}. */
    public Optional<String> version() {
        return field("version");
    }

    /** {@code #! subversion=}. */
    public Optional<String> subversion() {
        return field("subversion");
    }

    /** {@code #! date=}, the publication time stamp as written (e.g. {@code 2026-01-04T16:04:33Z}). */
    public Optional<String> date() {
        return field("date");
    }

    /** {@code #! entries=}, the entry count the publisher declares. */
    public OptionalInt declaredEntries() {
        String v = fields.get("entries");
        if (v == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * The licence named under the {@code License:} line of the notice, e.g. {@code Creative Commons
     * Attribution-ShareAlike 4.0 International License}.
     */
    public Optional<String> licence() {
        for (int i = 0; i < notice.size() - 1; i++) {
            String l = notice.get(i).strip().toLowerCase(java.util.Locale.ROOT);
            if (l.equals("license:") || l.equals("licence:")) {
                String next = notice.get(i + 1).strip();
                return next.isEmpty() ? Optional.empty() : Optional.of(next);
            }
        }
        return Optional.empty();
    }

    /** The first web address in the notice (for CC-CEDICT, the licence's). */
    public Optional<String> licenceUrl() {
        return notice.stream().map(String::strip).filter(l -> l.startsWith("http://") || l.startsWith("https://"))
                .findFirst();
    }

    /** The notice as one text, lines joined with {@code \n}, trailing empty lines dropped. */
    public String noticeText() {
        int end = notice.size();
        while (end > 0 && notice.get(end - 1).isBlank()) {
            end--;
        }
        return String.join("\n", notice.subList(0, end));
    }

    static final class Builder {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<String> notice = new ArrayList<>();

        void comment(String line) {
            if (line.startsWith("#!")) {
                String body = line.substring(2).strip();
                int eq = body.indexOf('=');
                if (eq > 0) {
                    fields.put(body.substring(0, eq).strip(), body.substring(eq + 1).strip());
                    return;
                }
            }
            String text = line.substring(1);
            if (text.startsWith(" ")) {
                text = text.substring(1);
            }
            notice.add(text.stripTrailing());
        }

        CedictHeader build() {
            return new CedictHeader(fields, notice);
        }
    }
}
