package org.yandu.export;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** YAML front matter for Markdown notes (Obsidian's properties); every value is a double-quoted YAML string. */
final class YamlFrontMatter {
    private final StringBuilder yaml = new StringBuilder("---\n");

    /** Adds {@code key: "value"}, or nothing when the value is empty. */
    YamlFrontMatter put(String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            yaml.append(key).append(": ").append(quoted(value)).append('\n');
        }
        return this;
    }

    /** Adds {@code key: ["a", "b"]}; an empty list too, so the property exists for the reader to fill. */
    YamlFrontMatter put(String key, List<String> values) {
        yaml.append(key).append(": [")
                .append(values.stream().map(YamlFrontMatter::quoted).collect(Collectors.joining(", "))).append("]\n");
        return this;
    }

    String end() {
        return yaml + "---\n";
    }

    /** A double-quoted scalar: only backslash, quote and control characters need escapes there. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
