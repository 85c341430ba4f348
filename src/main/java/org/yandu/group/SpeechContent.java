package org.yandu.group;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;
import org.yandu.library.SpeechDraft;
import org.yandu.library.group.GroupException;

/**
 * A speech as the group's server holds it: JSON of its title, metadata and paragraphs with their kinds, written by
 * the organiser's Yandu and read by the members'. A field a newer Yandu adds is ignored; a speech that cannot be
 * read is refused by name, not stored half.
 */
final class SpeechContent {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpeechContent() {
    }

    static String write(SpeechDraft speech) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", speech.title());
        root.put("title_derived", speech.titleDerived());
        root.put("subtitle", speech.subtitle());
        root.put("author", speech.author());
        root.put("date", speech.date());
        root.put("abstract", speech.abstractText());
        speech.keywords().forEach(root.putArray("keywords")::add);
        ArrayNode paragraphs = root.putArray("paragraphs");
        for (ParagraphDraft paragraph : speech.paragraphs()) {
            ObjectNode node = paragraphs.addObject();
            node.put("kind", paragraph.kind().name());
            if (paragraph.headingLevel() > 0) {
                node.put("level", paragraph.headingLevel());
            }
            if (paragraph.leadIn() != null) {
                node.put("lead_in", paragraph.leadIn());
            }
            node.put("text", paragraph.text());
        }
        return root.toString();
    }

    static SpeechDraft read(String fingerprint, String content) {
        try {
            JsonNode root = JSON.readTree(content);
            List<ParagraphDraft> paragraphs = new ArrayList<>();
            for (JsonNode node : root.path("paragraphs")) {
                paragraphs.add(new ParagraphDraft(ParagraphKind.valueOf(node.path("kind").asText()),
                        node.path("level").asInt(0), text(node, "lead_in"), node.path("text").asText()));
            }
            List<String> keywords = new ArrayList<>();
            root.path("keywords").forEach(keyword -> keywords.add(keyword.asText()));
            if (paragraphs.isEmpty() || !root.path("title").isTextual()) {
                throw new IllegalArgumentException("it has no title or no paragraphs");
            }
            return new SpeechDraft(root.path("title").asText(), root.path("title_derived").asBoolean(),
                    text(root, "subtitle"), text(root, "author"), text(root, "date"), text(root, "abstract"),
                    keywords, paragraphs);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new GroupException("The group's speech " + fingerprint + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
