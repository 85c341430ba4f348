package org.yandu.ui.app;

import static javafx.scene.input.KeyCombination.SHIFT_ANY;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.jspecify.annotations.Nullable;
import org.yandu.importer.Importer;
import org.yandu.library.HighlightColor;
import org.yandu.settings.HoverLookup;
import org.yandu.settings.Language;
import org.yandu.settings.Theme;
import org.yandu.text.TraditionalStandard;
import org.yandu.ui.base.Keys;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.SettingsViewModel;
import org.yandu.ui.glossary.CandidatesWindow;
import org.yandu.ui.glossary.DictionaryDialog;
import org.yandu.ui.glossary.GlossaryWindow;
import org.yandu.ui.group.GroupMenu;
import org.yandu.ui.library.PasteDialog;
import org.yandu.ui.library.RestoreDialog;
import org.yandu.ui.notes.AllNotesWindow;
import org.yandu.ui.reader.ReaderViewModel;
import org.yandu.ui.reader.SummaryDialog;
import org.yandu.ui.study.StudySummaryDialog;

/** The window's menus: File, Edit, View, Study, Group and Help. */
public final class AppMenus {
    /** The chooser opens where the reader last picked files, for the rest of the session. */
    private static @Nullable File lastDirectory;

    private final AppController app;
    private final Messages messages;
    private final Stage stage;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final MenuBar menuBar;
    private final Runnable focusSearch;
    private final SelectionActions selection;
    private final Panes panes;
    private final GroupMenu group;

    /** What the Edit menu does to the text selected in the reader. */
    interface SelectionActions {
        void highlightSelection(HighlightColor color);

        void addNote();

        /** Looks the selected words up on purpose, so they join the speech's vocabulary. */
        void lookUpSelection();

        /** Opens the find bar on the open speech. */
        void findInSpeech();
    }

    /** Where View → Go to … puts the keys, so each pane is reached without the mouse or many Tabs. */
    interface Panes {
        void focusLibrary();

        void focusReader();
    }

    AppMenus(AppController app, Messages messages, Stage stage, Runnable focusSearch, SelectionActions selection,
             Panes panes) {
        this.app = app;
        this.panes = panes;
        this.selection = selection;
        this.focusSearch = focusSearch;
        this.messages = messages;
        this.stage = stage;
        group = new GroupMenu(app.group(), messages, stage, app.reader(), app.library(), app.glossary()::pinyinOf);
        menuBar = new MenuBar(fileMenu(), editMenu(), viewMenu(), studyMenu(),
                group.menu(app.access().writable(), app.settings().othersNotesProperty()), helpMenu());
        menuBar.setUseSystemMenuBar(true);
    }

    MenuBar menuBar() {
        return menuBar;
    }

    /** The group's sync state, for the status bar. */
    Hyperlink groupStatus() {
        return group.statusLink();
    }

    void dispose() {
        group.dispose();
        subscriptions.forEach(Subscription::unsubscribe);
    }

    private Menu fileMenu() {
        MenuItem files = item("menu.file.importFiles", Keys.shortcut(KeyCode.O), this::chooseFiles);
        MenuItem folder = item("menu.file.importFolder", new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN, SHIFT_DOWN),
                this::chooseFolder);
        MenuItem paste = item("menu.file.paste", new KeyCodeCombination(KeyCode.V, SHORTCUT_DOWN, SHIFT_DOWN),
                () -> PasteDialog.offer(PasteDialog.offered(Clipboard.getSystemClipboard()), app.imports(),
                        app.readerController()::openSpeech, messages, stage));
        paste.setId("menu-paste");
        files.disableProperty().bind(app.access().writable().not());
        folder.disableProperty().bind(app.access().writable().not());
        paste.disableProperty().bind(app.access().writable().not());
        MenuItem export = item("menu.file.exportNotes", Keys.shortcut(KeyCode.E),
                () -> app.exports().showDialog(null));
        export.setId("menu-export");
        export.disableProperty().bind(app.libraryOpenProperty().not());
        MenuItem quit = item("menu.file.quit", Keys.shortcut(KeyCode.Q), Platform::exit);
        MenuItem dictionary = item("menu.study.importDictionary", null, this::importDictionary);
        MenuItem download = item("menu.file.downloadDictionary", null,
                () -> app.glossary().downloadCedict(cedict -> DictionaryDialog.showReport(stage, messages, cedict)));
        download.disableProperty().bind(app.glossaryProperty().isNull());
        dictionary.disableProperty().bind(app.glossaryProperty().isNull());
        MenuItem backUp = item("menu.file.backUp", null, () -> app.backups().backUpNow(
                path -> app.tasks().setIdleStatus(messages.format("status.backedUp", path))));
        MenuItem restore = item("menu.file.restore", null, () -> RestoreDialog.show(app.backups(), messages, stage));
        restore.setId("menu-restore");
        backUp.disableProperty().bind(app.access().writable().not());
        restore.disableProperty().bind(app.access().restorable().not());
        Menu file = menu("menu.file", files, folder, paste, dictionary, download, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), backUp, restore, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        return file;
    }

    /** Undo and redo of highlights and notes, and the highlight colours with their shortcuts. */
    private Menu editMenu() {
        MenuItem undo = item("menu.edit.undo", Keys.UNDO, app.notes()::undo);
        undo.setId("menu-undo");
        undo.disableProperty().bind(app.notes().canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN),
                app.notes()::redo);
        redo.disableProperty().bind(app.notes().canRedoProperty().not());
        Menu edit = menu("menu.edit", undo, redo, new SeparatorMenuItem());
        HighlightColor[] palette = HighlightColor.values();
        for (int i = 0; i < palette.length; i++) {
            HighlightColor color = palette[i];
            MenuItem highlight = new MenuItem(messages.format("menu.edit.highlight", messages.colour(color)));
            highlight.setAccelerator(Keys.highlight(i));
            highlight.setOnAction(e -> selection.highlightSelection(color));
            edit.getItems().add(highlight);
        }
        MenuItem note = item("menu.edit.note", new KeyCodeCombination(KeyCode.N, SHORTCUT_DOWN, SHIFT_DOWN),
                selection::addNote);
        note.setId("menu-note");
        MenuItem lookUp = item("menu.edit.lookUp", Keys.shortcut(KeyCode.D), selection::lookUpSelection);
        lookUp.setId("menu-look-up");
        CheckMenuItem wholeWords = new CheckMenuItem(messages.get("menu.edit.wholeWords"));
        wholeWords.setId("menu-whole-words");
        wholeWords.selectedProperty().bindBidirectional(app.settings().wholeWordsProperty());
        subscriptions.add(() -> wholeWords.selectedProperty()
                .unbindBidirectional(app.settings().wholeWordsProperty()));
        MenuItem find = item("menu.edit.find", Keys.shortcut(KeyCode.F), selection::findInSpeech);
        find.setId("menu-find");
        edit.getItems().addAll(new SeparatorMenuItem(), note, lookUp, new SeparatorMenuItem(), find,
                new SeparatorMenuItem(), wholeWords);
        return edit;
    }

    private Menu viewMenu() {
        SettingsViewModel settings = app.settings();
        CheckMenuItem outline = new CheckMenuItem(messages.get("menu.view.outline"));
        outline.setAccelerator(new KeyCodeCombination(KeyCode.L, SHORTCUT_DOWN, SHIFT_DOWN));
        outline.selectedProperty().bindBidirectional(settings.outlineVisibleProperty());
        subscriptions.add(() -> outline.selectedProperty().unbindBidirectional(settings.outlineVisibleProperty()));
        CheckMenuItem markTerms = new CheckMenuItem(messages.get("menu.view.markTerms"));
        markTerms.selectedProperty().bindBidirectional(settings.markTermsProperty());
        subscriptions.add(() -> markTerms.selectedProperty().unbindBidirectional(settings.markTermsProperty()));
        CheckMenuItem pinyin = new CheckMenuItem(messages.get("menu.view.pinyin"));
        pinyin.setId("menu-pinyin");
        pinyin.setAccelerator(new KeyCodeCombination(KeyCode.P, SHORTCUT_DOWN, SHIFT_DOWN));
        pinyin.selectedProperty().bindBidirectional(settings.pinyinProperty());
        subscriptions.add(() -> pinyin.selectedProperty().unbindBidirectional(settings.pinyinProperty()));
        CheckMenuItem spokenTones = new CheckMenuItem(messages.get("menu.view.spokenTones"));
        spokenTones.setId("menu-spoken-tones");
        spokenTones.selectedProperty().bindBidirectional(settings.spokenTonesProperty());
        subscriptions.add(() -> spokenTones.selectedProperty().unbindBidirectional(settings.spokenTonesProperty()));
        CheckMenuItem traditional = new CheckMenuItem(messages.get("menu.view.traditional"));
        traditional.setAccelerator(new KeyCodeCombination(KeyCode.T, SHORTCUT_DOWN, SHIFT_DOWN));
        traditional.selectedProperty().bindBidirectional(settings.traditionalProperty());
        subscriptions.add(() -> traditional.selectedProperty()
                .unbindBidirectional(settings.traditionalProperty()));
        Menu theme = menu("menu.view.theme");
        radioItems(theme, settings.themeProperty(), Map.of(
                Theme.LIGHT, messages.get("menu.view.theme.light"),
                Theme.DARK, messages.get("menu.view.theme.dark")), List.of(Theme.LIGHT, Theme.DARK));
        Menu language = menu("menu.view.language");
        radioItems(language, settings.languageProperty(), Map.of(
                Language.SYSTEM, messages.get("menu.view.language.system"),
                Language.ENGLISH, "English",
                Language.CHINESE, "简体中文"), List.of(Language.SYSTEM, Language.ENGLISH, Language.CHINESE));
        return menu("menu.view",
                item("menu.view.biggerFont", new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_ANY),
                        settings::biggerFont),
                item("menu.view.smallerFont", Keys.shortcut(KeyCode.MINUS), settings::smallerFont),
                item("menu.view.resetFont", Keys.shortcut(KeyCode.DIGIT0), settings::resetFont),
                new SeparatorMenuItem(), theme, language, new SeparatorMenuItem(), outline, markTerms,
                new SeparatorMenuItem(), pinyin, spokenTones, traditional, traditionalStandard(settings),
                hoverLookup(settings),
                new SeparatorMenuItem(),
                item("menu.view.goToLibrary", Keys.shortcut(KeyCode.L), panes::focusLibrary),
                item("menu.view.goToReader", Keys.shortcut(KeyCode.R), panes::focusReader));
    }

    /** Whose traditional characters: the general forms, or as Taiwan or Hong Kong writes them (著/着, 裡/裏). */
    private Menu traditionalStandard(SettingsViewModel settings) {
        Menu standard = menu("menu.view.traditionalStandard");
        standard.setId("menu-traditional-standard");
        radioItems(standard, settings.traditionalStandardProperty(), Map.of(
                TraditionalStandard.GENERAL, messages.get("menu.view.traditionalStandard.general"),
                TraditionalStandard.TAIWAN, messages.get("menu.view.traditionalStandard.taiwan"),
                TraditionalStandard.HONG_KONG, messages.get("menu.view.traditionalStandard.hongKong")),
                List.of(TraditionalStandard.values()));
        return standard;
    }

    /** Off (a click looks a word up), or on after the pointer rests on a word for a chosen time. */
    private Menu hoverLookup(SettingsViewModel settings) {
        Menu hover = menu("menu.view.hoverLookup");
        hover.setId("menu-hover-lookup");
        Map<HoverLookup, String> labels = new EnumMap<>(HoverLookup.class);
        for (HoverLookup choice : HoverLookup.values()) {
            labels.put(choice, choice.delay().map(d -> messages.format("menu.view.hoverLookup.after",
                    d.toMillis() / 1000.0)).orElse(messages.get("menu.view.hoverLookup.off")));
        }
        radioItems(hover, settings.hoverLookupProperty(), labels, List.of(HoverLookup.values()));
        return hover;
    }

    private Menu studyMenu() {
        // Ctrl+F is Edit → Find in Speech (the library's search when no speech is open).
        MenuItem find = item("menu.study.search", null, focusSearch);
        MenuItem findAll = item("menu.study.searchAll", Keys.SEARCH_LIBRARY, focusSearch);
        MenuItem glossary = item("menu.study.glossary", new KeyCodeCombination(KeyCode.G, SHORTCUT_DOWN, SHIFT_DOWN),
                () -> GlossaryWindow.show(new GlossaryWindow.Services(app.glossary(), app.glossaryProperty(),
                        app.tasks(), app.readerController()::loadWords), messages, stage));
        glossary.disableProperty().bind(app.glossaryProperty().isNull());
        MenuItem info = item("menu.study.dictionaryInfo", null,
                () -> DictionaryDialog.show(stage, messages, app.glossaryProperty().get(), app.hostServices()));
        MenuItem candidates = item("menu.study.candidates", null,
                () -> CandidatesWindow.show(app.glossary(), messages, stage));
        candidates.disableProperty().bind(app.glossaryProperty().isNull().or(app.libraryOpenProperty().not()));
        MenuItem allNotes = item("menu.study.allNotes", new KeyCodeCombination(KeyCode.A, SHORTCUT_DOWN, SHIFT_DOWN),
                () -> AllNotesWindow.show(app.notes(), app.exports(), app.readerController()::openNote, messages,
                        stage));
        allNotes.setId("menu-all-notes");
        allNotes.disableProperty().bind(app.libraryOpenProperty().not());
        MenuItem summary = item("menu.study.summary", null,
                () -> app.readerController().summarize(
                        (title, text) -> SummaryDialog.show(stage, messages, title, text)));
        summary.disableProperty().bind(app.glossaryProperty().isNull());
        MenuItem week = item("menu.study.week", null,
                () -> app.study().studyWeek(studied -> StudySummaryDialog.show(stage, messages, studied,
                        app.readerController()::openSpeech)));
        week.setId("menu-week");
        week.disableProperty().bind(app.libraryOpenProperty().not());
        Menu study = menu("menu.study", find, findAll, new SeparatorMenuItem(), allNotes, markRead(), week,
                new SeparatorMenuItem(), glossary, candidates, summary, info);
        study.setId("menu-study");
        return study;
    }

    /** Checked while the open speech is read; choosing it marks the speech read or unread again. */
    private CheckMenuItem markRead() {
        CheckMenuItem read = new CheckMenuItem(messages.get("menu.study.markRead"));
        read.setId("menu-mark-read");
        read.setAccelerator(new KeyCodeCombination(KeyCode.M, SHORTCUT_DOWN, SHIFT_DOWN));
        ReaderViewModel shown = app.reader();
        Runnable follow = () -> {
            read.setDisable(shown.openSpeechId().isEmpty() || app.access().readOnly().get());
            read.setSelected(shown.openSpeechId().map(id -> app.library().progress(id).read()).orElse(false));
        };
        subscriptions.add(shown.documentProperty().subscribe(d -> follow.run()));
        subscriptions.add(app.library().progressChangesProperty().subscribe(c -> follow.run()));
        subscriptions.add(app.access().stateProperty().subscribe(state -> follow.run()));
        read.setOnAction(e -> shown.openSpeechId().ifPresent(id -> app.study().markRead(id, read.isSelected())));
        return read;
    }

    /** Asks for a CC-CEDICT file and imports it: the File menu's command, which the word popover offers too. */
    void importDictionary() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dictionary.chooser"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("dictionary.chooser.cedict"),
                        "*.u8", "*.gz", "*.zip", "*.txt"),
                new FileChooser.ExtensionFilter(messages.get("import.chooser.all"), "*.*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            lastDirectory = chosen.getParentFile();
            app.glossary().importCedict(chosen.toPath(),
                    cedict -> DictionaryDialog.showReport(stage, messages, cedict));
        }
    }

    private Menu helpMenu() {
        MenuItem about = item("menu.help.about", null, () -> AboutDialog.show(stage, messages, app));
        about.setId("menu-about");
        MenuItem shortcuts = item("menu.help.shortcuts", new KeyCodeCombination(KeyCode.F1),
                () -> ShortcutsWindow.show(menuBar, messages, stage));
        shortcuts.setId("menu-shortcuts");
        Menu help = menu("menu.help", shortcuts, about, item("menu.study.dictionaryInfo", null,
                () -> DictionaryDialog.show(stage, messages, app.glossaryProperty().get(), app.hostServices())));
        help.setId("menu-help");
        return help;
    }

    /** Radio items that set the property and follow it when it changes elsewhere (e.g. restored at start). */
    private <T> void radioItems(Menu menu, ObjectProperty<T> property, Map<T, String> labels, List<T> order) {
        ToggleGroup group = new ToggleGroup();
        for (T value : order) {
            RadioMenuItem item = new RadioMenuItem(labels.get(value));
            item.setToggleGroup(group);
            item.setOnAction(e -> property.set(value));
            subscriptions.add(property.subscribe(current -> item.setSelected(value == current)));
            menu.getItems().add(item);
        }
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.chooser.files"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.format("import.chooser.speeches",
                        String.join(" ", Importer.readableExtensions())),
                        Importer.readableExtensions().stream().map(e -> "*" + e).toList()),
                new FileChooser.ExtensionFilter(messages.get("import.chooser.all"), "*.*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen != null && !chosen.isEmpty()) {
            lastDirectory = chosen.get(0).getParentFile();
            app.imports().importPaths(chosen.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("import.chooser.folder"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            lastDirectory = chosen;
            app.imports().importPaths(List.of(Path.of(chosen.getPath())));
        }
    }

    private Menu menu(String key, MenuItem... items) {
        return new Menu(messages.get(key), null, items);
    }

    private MenuItem item(String key, @Nullable KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
