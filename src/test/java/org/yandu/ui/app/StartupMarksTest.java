package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yandu.ui.app.StartupMarks.Mark;

/** The lines the bench reads start-up marks from, as a starting window prints them. */
class StartupMarksTest {
    @Test
    void aMarkIsReadBackFromItsLineAndOtherLinesAreNotMarks() {
        Mark mark = new Mark(StartupMarks.LIBRARY_LISTED, 1234);
        assertEquals(Optional.of(mark), Mark.parse(mark.line()));
        assertEquals(Optional.of(mark), Mark.parse(mark.line() + "\r"));
        assertEquals(Optional.of(mark), Mark.parse("\u001b[0m" + mark.line()), "after Maven's colour reset");
        assertEquals(Optional.empty(), Mark.parse("WARN javafx: Unsupported JavaFX configuration"));
        assertEquals(Optional.empty(), Mark.parse("yandu-mark first-window"));
        assertEquals(Optional.empty(), Mark.parse("yandu-mark first-window soon"));
        assertEquals(Optional.empty(), Mark.parse("other first-window 12"));
        assertEquals(Optional.of(new Mark(StartupMarks.LONGEST_STALL, 48)), Mark.parse("yandu-mark longest-stall 48"));
    }
}
