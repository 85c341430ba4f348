package org.yandu.export;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How to export: the format and what goes in. Serialises to one line ({@link #serialise()}) so the window can
 * remember the last choice in the library's settings.
 *
 * @param includeKeywords the speech's keywords under its title (notes formats only)
 * @param includeLookups the words looked up in a speech, with pinyin and meaning (notes formats only; Anki and
 *     JSON always carry them, they are what those formats are for)
 * @param includeSentences each quote shown in the sentence around it, the quote marked (notes formats only): a
 *     fragment alone means little when the notes are read later
 * @param combined Markdown only: one file for every speech instead of one file per speech in a folder
 * @param language the language of the export's own labels: "zh" or "en"
 */
public record ExportOptions(ExportFormat format, boolean includeKeywords, boolean includeLookups,
                            boolean includeSentences, boolean combined, String language) {
    private static final String ENGLISH = "en";
    private static final String CHINESE = "zh";

    public ExportOptions {
        if (format == null) {
            throw new IllegalArgumentException("an export needs a format");
        }
        language = ENGLISH.equals(language) ? ENGLISH : CHINESE;
    }

    /** Everything included, labels in Chinese, Markdown one file per speech. */
    public static ExportOptions defaults(ExportFormat format) {
        return new ExportOptions(format, true, true, true, false, CHINESE);
    }

    /** Whether the export shows pinyin and meanings, so the glossary must be loaded before it runs. */
    public boolean needsGlossary() {
        return format == ExportFormat.ANKI || (includeLookups && format != ExportFormat.JSON);
    }

    /** Whether the export is a folder with one file per speech rather than one file. */
    public boolean filePerSpeech() {
        return format == ExportFormat.MARKDOWN && !combined;
    }

    /**
     * The name the export gets by default: its title made safe with the format's extension, or the bare name of
     * the folder for one file per speech. Without a title (several speeches), the generic one in the labels'
     * language, as the files themselves will carry.
     */
    public String fileName(@Nullable String title) {
        String name = FileNames.safe(title == null ? Labels.of(this).notes() : title);
        return filePerSpeech() ? name : name + format.extension();
    }

    public String serialise() {
        return "format=" + format.key() + ";keywords=" + includeKeywords + ";lookups=" + includeLookups
                + ";sentences=" + includeSentences + ";combined=" + combined + ";language=" + language;
    }

    /**
     * Reads {@link #serialise()}'s form; what is missing or not understood (an older or damaged setting) takes its
     * default.
     */
    public static ExportOptions parse(@Nullable String text) {
        Map<String, String> values = new HashMap<>();
        for (String pair : (text == null ? "" : text).split(";", -1)) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        ExportFormat format = ExportFormat.named(values.get("format")).orElse(ExportFormat.MARKDOWN);
        return new ExportOptions(format, !"false".equals(values.get("keywords")),
                !"false".equals(values.get("lookups")),
                !"false".equals(values.get("sentences")), "true".equals(values.get("combined")),
                values.getOrDefault("language", CHINESE));
    }
}
