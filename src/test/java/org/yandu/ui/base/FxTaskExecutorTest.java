package org.yandu.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.yandu.settings.Language;

/** The window's executor past its shutdown: the library closed, later writes are dropped, not thrown at the caller. */
class FxTaskExecutorTest {
    @Test
    void aWriteAskedForAfterTheShutdownIsDropped() {
        FxTaskExecutor tasks = new FxTaskExecutor(new ErrorReporter(() -> Messages.of(Language.ENGLISH), null));
        List<String> written = new CopyOnWriteArrayList<>();
        tasks.write("a note", () -> written.add("before"));
        tasks.shutdown(() -> written.add("the library closed"));
        tasks.write("the daily backup", () -> written.add("after"));
        assertEquals(List.of("before", "the library closed"), written);
    }
}
