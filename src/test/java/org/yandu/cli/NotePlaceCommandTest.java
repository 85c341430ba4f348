package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A speech file corrected so a noted paragraph is gone while its words stand in another: {@code notes} shows the
 * note orphaned with the place suggested, and {@code note place} puts it there.
 */
class NotePlaceCommandTest {
    private static final String TITLE = "树立正确的群众观\n\n";
    private static final String KEPT = "群众路线是我们党的生命线和根本工作路线，密切联系群众是巩固党的执政地位的根本保证。\n\n"
            + "树立“鱼水相依”的感情观，真心实意热爱群众。对人民群众的感情，直接检验党员干部人生境界的高低，"
            + "也直接影响党群干群关系。只有具备真挚而深厚的百姓情怀，才能形成为民利民的自觉自愿。\n\n"
            + "树立“以民为先”的公仆观，敬业尽责服务群众。任何时候都要把党和人民的利益放在首位，"
            + "把群众满意不满意作为衡量工作得失的标准。\n\n";
    private static final String NOTED = "对于共产党人来说，无论职位多高、权力多大，都是人民的公仆，绝不是高高在上的“官老爷”。\n\n";
    private static final String OTHER = "始终做人民的公仆，这是每一名党员的本分。\n\n";

    @TempDir
    Path dir;
    @RegisterExtension
    final CommandRun cli = new CommandRun();

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--library";
        all[args.length + 1] = dir.resolve("library.db").toString();
        return cli.run(all);
    }

    @Test
    void anOrphanedNoteIsShownWithItsSuggestedPlaceAndPlacedThereOnRequest() throws Exception {
        Path speech = dir.resolve("讲话.txt");
        Files.writeString(speech, TITLE + KEPT + NOTED, StandardCharsets.UTF_8);
        assertEquals(0, run("import", speech.toString()));
        int at = NOTED.indexOf("人民的公仆");
        assertEquals(0, run("note", "add", "1", "5", "--start", String.valueOf(at), "--end", String.valueOf(at + 5),
                "--color", "green", "--text", "公仆观"));
        String id = cli.out().strip();

        Files.writeString(speech, TITLE + KEPT.replace("根本保证", "根本") + OTHER, StandardCharsets.UTF_8);
        assertEquals(0, run("import", speech.toString()));
        assertEquals(0, run("notes"));
        int suggested = OTHER.indexOf("人民的公仆");
        assertTrue(cli.out().contains(id + "  speech 1 orphaned, perhaps ¶5 " + suggested + "-" + (suggested + 5)),
                cli.out());

        assertEquals(0, run("note", "place", id));
        assertTrue(cli.out().startsWith(id + "  speech 1 ¶5 " + suggested + "-" + (suggested + 5)
                + "  [green]  「人民的公仆」"),
                cli.out());
        assertEquals(1, run("note", "place", id));
        assertEquals("yandu note place: note " + id + " has no suggested place: it is placed", cli.err().strip());
    }
}
