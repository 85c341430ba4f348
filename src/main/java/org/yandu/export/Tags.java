package org.yandu.export;

/** Tags written where a tag is one word: Obsidian's #tags and Anki's tag column. */
final class Tags {
    private Tags() {
    }

    /**
     * The tag with spaces and punctuation turned into underscores (Chinese characters stay), and an underscore
     * before a tag of only digits, which Obsidian would not take for a tag.
     */
    static String safe(String tag) {
        String safe = tag.strip().replaceFirst("^#+", "").replaceAll("[^\\p{L}\\p{N}\\p{M}_/-]+", "_");
        return safe.chars().allMatch(Character::isDigit) ? "_" + safe : safe;
    }
}
