package org.yandu.ui.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Chooses the installed CJK fonts. JavaFX CSS takes a single family, not a fallback list, so the
 * first installed family of each stack is picked here and handed to the scene as a small stylesheet:
 * Song-style serif for running text, Hei-style sans for titles, headings and the interface.
 */
final class FontStack {
    static final List<String> SERIF = List.of("Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN",
            "Songti SC", "STSong", "SimSun", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
            "Microsoft YaHei");
    static final List<String> SANS = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
            "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Droid Sans Fallback");
    static final String SYSTEM = "System";

    private FontStack() {
    }

    static String pick(List<String> preferred, Collection<String> installed) {
        return preferred.stream().filter(installed::contains).findFirst().orElse(SYSTEM);
    }

    /**
     * Opens the chosen families' regular and bold faces, which the window's styles then find open: a CJK font is a
     * collection of ten faces in a file of 20 MB or more, and JavaFX reads every face of it when it first asks for
     * one (about a tenth of a second of the FX thread's first styling, measured). Fonts may be made on any thread.
     */
    static void open(Collection<String> installed) {
        for (String family : List.of(pick(SANS, installed), pick(SERIF, installed))) {
            Font.font(family, FontWeight.NORMAL, Font.getDefault().getSize());
            Font.font(family, FontWeight.BOLD, Font.getDefault().getSize());
        }
    }

    /** A data-URI stylesheet assigning the chosen families; the other reader styles live in yandu.css. */
    static String stylesheet(Collection<String> installed) {
        String serif = pick(SERIF, installed);
        String sans = pick(SANS, installed);
        String css = ".root { -fx-font-family: \"" + sans + "\"; }\n"
                + ".reader-area .text { -fx-font-family: \"" + serif + "\"; }\n"
                + ".reader-area .text.title, .reader-area .text.subtitle, .reader-area .text.author,"
                + " .reader-area .text.heading, .reader-area .text.meta-label, .reader-area .text.lead-in"
                + " { -fx-font-family: \"" + sans + "\"; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
