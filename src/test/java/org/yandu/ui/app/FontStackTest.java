package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FontStackTest {
    @Test
    void picksTheFirstInstalledFamily() {
        assertEquals("SimSun", FontStack.pick(FontStack.SERIF, List.of("Arial", "SimSun", "Microsoft YaHei")));
        assertEquals(FontStack.SYSTEM, FontStack.pick(FontStack.SANS, List.of("Arial")));
    }
}
