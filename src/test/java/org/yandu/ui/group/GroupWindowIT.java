package org.yandu.ui.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yandu.group.GroupSync;
import org.yandu.library.Annotation;
import org.yandu.library.LibraryStore;
import org.yandu.library.StudyCopy;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.TestGroup;
import org.yandu.settings.Language;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.base.Messages;

/**
 * The window over a library of a study group on a real PostgreSQL server: it syncs once open and says so in the
 * status bar, shows the note another member shared in the margin and the notes pane, and offers the member's
 * commands, not the joining of another group.
 */
class GroupWindowIT extends RunningWindow {
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    @RegisterExtension
    static final TestGroup group = new TestGroup();



    @AfterEach
    void forgetPasswordFile() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    @Test
    void aGroupsLibrarySyncsOnOpeningAndShowsWhatAnotherMemberShared() throws Exception {
        try (LibraryStore wang = StudyCopy.open(dir.resolve("wang.db"))) {
            wang.group().join(group.wang().url(), group.wang().user());
            Annotation shared = StudyCopy.highlight(wang, "奋斗目标", "这一句大家怎么理解？");
            wang.group().share(shared.id(), true);
            try (GroupConnection server = group.connect(group.wang())) {
                GroupSync.sync(wang, server);
            }
        }
        try (LibraryStore li = StudyCopy.open(dir.resolve("library.db"))) {
            li.group().join(group.li().url(), group.li().user());
        }
        int port = URI.create(group.li().url().substring("jdbc:".length())).getPort();
        Path pgpass = Files.writeString(dir.resolve("pgpass"), "localhost:" + port + ":*:li:"
                + group.li().temporaryPassword() + "\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());

        launch();
        waitFor(() -> lookup("#group-status").queryAs(Hyperlink.class).getText().startsWith("Group: synced at"));
        assertTrue(lookup(".alert").tryQuery().isEmpty(), "no password asked: the password file has it");
        assertFalse(onFx(() -> menuItem("menu.group.sync").isDisable()));
        assertTrue(onFx(() -> menuItem("menu.group.join").isDisable()), "one group a library");
        assertTrue(onFx(() -> menuItem("menu.group.assign").isDisable()), "li does not organise the group");

        clickOn(treeCell(StudyCopy.TITLE));
        waitFor(() -> lookup(".member-mark").tryQuery().isPresent());
        assertEquals("王", lookup(".member-mark").queryAs(Label.class).getText(), "王芳's initial in the margin");
        clickOn(lookup("#notes-tab .tab-label").queryAs(Label.class));
        waitFor(() -> lookup(".note-author").tryQuery().isPresent());
        assertEquals("王芳", lookup(".note-author").queryAs(Label.class).getText());
        assertTrue(lookup(".note-body").queryAllAs(Label.class).stream()
                .anyMatch(body -> body.getText().equals("这一句大家怎么理解？")));

        chooseMenuItem(ENGLISH.get("menu.group"), ENGLISH.get("menu.group.othersNotes"));
        waitFor(() -> lookup(".note-author").tryQuery().isEmpty() && lookup(".member-mark").tryQuery().isEmpty());
    }

    private MenuItem menuItem(String key) {
        String text = ENGLISH.get(key);
        return lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}
