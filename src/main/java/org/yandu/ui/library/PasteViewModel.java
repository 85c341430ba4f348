package org.yandu.ui.library;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.importer.PastedSource;
import org.yandu.importer.UnfiledText;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;
import org.yandu.library.SpeechDraft;
import org.yandu.ui.base.Messages;

/**
 * A new speech from the clipboard or from text dropped on the window: what was offered, the name its source gets in
 * the library, and the preview shown before it is stored.
 */
public final class PasteViewModel {
    /** The body paragraphs the preview shows; the rest are counted. */
    static final int PREVIEW_PARAGRAPHS = 5;

    private final Messages messages;

    public PasteViewModel(Messages messages) {
        this.messages = messages;
    }

    /** What the clipboard or a drag offered: its HTML and plain text flavours, and whether it held a picture. */
    public record Offered(@Nullable String html, @Nullable String text, boolean image) {
        boolean hasText() {
            return (html != null && !html.isBlank()) || (text != null && !text.isBlank());
        }
    }

    /** The first speech's title, its first body paragraphs, how many more there are and how many speeches. */
    public record Preview(String title, List<String> paragraphs, int moreParagraphs, int speeches) {
        public Preview {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** Why nothing can be taken from what was offered, in the reader's language; null when it holds text. */
    public @Nullable String refusal(Offered offered) {
        if (offered.hasText()) {
            return null;
        }
        return messages.get(offered.image() ? "paste.imageOnly" : "paste.empty");
    }

    /** The text to read, its source named by the moment it came in ("剪贴板 2026-12-06 15.30"). */
    public UnfiledText text(Offered offered, LocalDateTime now) {
        String name = messages.format("paste.sourceName", UnfiledText.moment(now));
        return new UnfiledText(name, UnfiledText.CLIPBOARD, offered.html(), offered.text());
    }

    public static Preview preview(PastedSource pasted) {
        List<SpeechDraft> speeches = pasted.parsed().speeches();
        if (speeches.isEmpty()) {
            return new Preview("", List.of(), 0, 0);
        }
        SpeechDraft first = speeches.get(0);
        List<String> body = first.paragraphs().stream().filter(p -> p.kind() != ParagraphKind.TITLE)
                .map(ParagraphDraft::text).toList();
        List<String> shown = body.subList(0, Math.min(PREVIEW_PARAGRAPHS, body.size()));
        return new Preview(first.title(), shown, body.size() - shown.size(), speeches.size());
    }
}
