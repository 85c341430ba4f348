package org.yandu.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yandu.library.HighlightColor;

/** The names an export gives the highlight colours: one for each colour, in each language. */
class LabelsTest {

    @Test
    void everyColourHasItsOwnNameInBothLanguages() {
        for (String language : List.of("zh", "en")) {
            Labels labels = Labels.of(new ExportOptions(ExportFormat.MARKDOWN, true, true, true, false, language));
            List<String> names = Arrays.stream(HighlightColor.values()).map(labels::colour).toList();
            assertEquals(HighlightColor.values().length, names.stream().distinct().count(), names.toString());
        }
        assertEquals("蓝色", Labels.of(ExportOptions.defaults(ExportFormat.HTML)).colour(HighlightColor.BLUE));
        assertEquals("pink", Labels.of(new ExportOptions(ExportFormat.HTML, true, true, true, false, "en"))
                .colour(HighlightColor.PINK));
    }

    @Test
    void aNoteWithoutHighlightIsCalledANote() {
        assertEquals("Note on the paragraph",
                Labels.of(new ExportOptions(ExportFormat.HTML, true, true, true, false, "en")).colour(null));
    }
}
