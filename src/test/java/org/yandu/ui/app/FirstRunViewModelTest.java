package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;
import org.yandu.settings.Language;
import org.yandu.ui.base.Messages;

/** The first-run view's state, following an import's work as a task reports it (-1 until it counts). */
class FirstRunViewModelTest {
    private final FirstRunViewModel model = new FirstRunViewModel();
    private final SimpleDoubleProperty done = new SimpleDoubleProperty(-1);
    private final SimpleDoubleProperty total = new SimpleDoubleProperty(-1);
    private final Messages english = Messages.of(Language.ENGLISH);

    @Test
    void hiddenUnlessAnImportIsFollowed() {
        assertFalse(model.isShowing());
    }

    @Test
    void followsTheImportsFilesUntilTheFirstSpeechOpens() {
        model.importing(done, total);
        assertTrue(model.isShowing());
        assertEquals(-1, model.progress().get(), "no count yet: the bar shows activity");
        assertEquals("", model.filesText(english).get());

        done.set(0);
        total.set(5);
        assertEquals(-1, model.progress().get(), "activity, not an empty bar, while the first file comes in");
        assertEquals("0 of 5 files imported", model.filesText(english).get());
        done.set(2);
        assertEquals(0.4, model.progress().get(), 1e-9);
        assertEquals("2 of 5 files imported", model.filesText(english).get());
        assertEquals("已导入 2 个文件，共 5 个", model.filesText(Messages.of(Language.CHINESE)).get());

        model.speechOpened();
        assertFalse(model.isShowing());
        done.set(5);
        assertEquals(0.4, model.progress().get(), 1e-9, "a finished view no longer follows the job");
    }

    @Test
    void aFailureIsShownWithItsReasonUntilASpeechOpens() {
        model.importing(done, total);
        model.failed("000.txt: is not a text file");

        assertEquals(FirstRunViewModel.Phase.FAILED, model.phaseProperty().get());
        assertEquals("000.txt: is not a text file", model.failureProperty().get());
        assertTrue(model.isShowing(), "it says so rather than vanishing or spinning on");
        model.speechOpened();
        assertFalse(model.isShowing());
    }
}
