package org.yandu.cli;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.GlossaryService;
import org.yandu.text.PinyinSyllables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** What a glossary term carries besides its explanation, for the commands that add one (yours or the group's). */
@Command
final class TermFields {
    @Option(names = "--pinyin", description = "The reading (default: Yandu's reading of the term).")
    @Nullable String pinyin;

    @Option(names = "--english", description = "An English gloss.")
    @Nullable String english;

    @Option(names = "--tag", description = "A tag; repeat for more.")
    List<String> tags = List.of();

    /** The reading as stored: the one given, in tone marks, else Yandu's (which loads the glossary). */
    String reading(String term, Supplier<GlossaryService> glossary) {
        return pinyin != null ? PinyinSyllables.toneMarked(term, pinyin) : glossary.get().text().pinyin(term);
    }
}
