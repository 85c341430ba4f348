package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.text.ChineseText;
import org.yandu.text.Token;

/** {@code yandu score}: a gold file written as Yandu segments scores 1; one split into characters scores less. */
class ScoreCommandTest {
    private static final List<String> SENTENCES = List.of("坚持以人民为中心的发展思想", "2001年新年钟声即将敲响。",
            "党的群众路线是党的生命线和根本工作路线");

    @RegisterExtension
    final CommandRun cli = new CommandRun();
    @TempDir
    Path dir;

    @Test
    void aGoldFileIsScoredWordByWord() throws Exception {
        ChineseText text = ChineseText.load();
        Path same = dir.resolve("same.utf8");
        Files.writeString(same, SENTENCES.stream().map(s -> text.segment(s).stream().map(Token::text)
                .collect(Collectors.joining("  "))).collect(Collectors.joining("\n")) + "\n");
        assertEquals(0, cli.run("score", same.toString()), cli.err());
        assertTrue(cli.out().contains("precision 1.0000, recall 1.0000, F1 1.0000"), cli.out());

        Path characters = dir.resolve("characters.utf8");
        Files.writeString(characters, SENTENCES.stream().map(s -> String.join(" ", s.split("")))
                .collect(Collectors.joining("\n")));
        assertEquals(0, cli.run("score", characters.toString()), cli.err());
        assertTrue(cli.out().contains("recall") && !cli.out().contains("recall 1.0000"), cli.out());
    }
}
