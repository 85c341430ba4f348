package org.yandu.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.export.ExportFormat;
import org.yandu.export.ExportOptions;
import org.yandu.export.ExportRequest;
import org.yandu.export.ExportScope;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.export.ExportDialogViewModel.Scope;
import org.yandu.ui.library.LibrarySnapshot;

/** The export dialog's rules, without the FX thread, over a real library. */
class ExportDialogViewModelTest {
    private static final String COLLECTION = "2024年讲话选编";

    @TempDir
    Path dir;
    LibrarySnapshot library;
    Path folder;

    @BeforeEach
    void library() {
        try (LibraryStore store = TestLibraries.open(dir)) {
            library = LibrarySnapshot.readFrom(store);
        }
        folder = dir.resolve("exports");
    }

    private ExportDialogViewModel model(Long open, ExportScope notesView, ExportOptions options) {
        ExportDialogViewModel model = new ExportDialogViewModel(library, open, notesView, options, folder);
        model.glossaryReadyProperty().set(true);
        return model;
    }

    private long id(String title) {
        return library.speeches().stream().filter(s -> s.title().equals(title)).mapToLong(Speech::id).findFirst()
                .orElseThrow();
    }

    private SpeechCollection collection(String title) {
        return library.collections().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theOpenSpeechIsTheDefaultAndNamesTheFile() {
        long classroom = id(TestLibraries.CLASSROOM_TITLE);
        ExportDialogViewModel model = model(classroom, null, ExportDialogViewModel.firstOptions("zh"));
        assertEquals(List.of(Scope.OPEN_SPEECH, Scope.CHOSEN_SPEECHES, Scope.COLLECTION, Scope.LIBRARY),
                model.scopes());
        assertEquals(Scope.OPEN_SPEECH, model.scopeProperty().get());
        assertEquals(List.of(classroom), model.exportScope().speechIds());
        // One speech in Markdown is one file, whatever "combined" says, and "combined" does not apply.
        assertFalse(model.combinedProperty().get());
        assertTrue(model.options().combined());
        assertFalse(model.chosenOptions().combined());
        assertFalse(model.combinedAppliesProperty().get());
        assertEquals(folder.resolve(TestLibraries.CLASSROOM_TITLE + ".md"), model.target().orElseThrow());
        assertNull(model.problemProperty().get());

        model.chooseSpeech(id(TestLibraries.VILLAGE_TITLE));
        assertEquals(Scope.CHOSEN_SPEECHES, model.scopeProperty().get());
        model.chooseSpeech(classroom);
        assertEquals(Scope.OPEN_SPEECH, model.scopeProperty().get(), "the open speech chosen in the tree is itself");
    }

    @Test
    void withoutAnOpenSpeechTheWholeLibraryGoesIntoAFolderOfFiles() {
        ExportDialogViewModel model = model(null, null, ExportDialogViewModel.firstOptions("en"));
        assertFalse(model.scopes().contains(Scope.OPEN_SPEECH));
        assertEquals(Scope.LIBRARY, model.scopeProperty().get());
        assertEquals(3, model.exportScope().speechIds().size());
        assertTrue(model.combinedAppliesProperty().get());
        assertTrue(model.options().filePerSpeech());
        assertEquals(folder.resolve("Study notes"), model.target().orElseThrow(), "a folder, named in English");

        model.languageProperty().set("zh");
        assertEquals(folder.resolve("研读笔记"), model.target().orElseThrow());
        model.combinedProperty().set(true);
        assertEquals(folder.resolve("研读笔记.md"), model.target().orElseThrow());
        model.formatProperty().set(ExportFormat.DOCX);
        assertEquals(folder.resolve("研读笔记.docx"), model.target().orElseThrow());
        assertFalse(model.combinedAppliesProperty().get(), "only Markdown can be split");
    }

    @Test
    void theNotesViewsFilterComesFirstWhenGiven() {
        long village = id(TestLibraries.VILLAGE_TITLE);
        ExportScope filtered = ExportScope.speeches(List.of(village)).filtered(a -> a.note().contains("要点"));
        ExportDialogViewModel model = model(id(TestLibraries.LOOSE_TITLE), filtered,
                ExportOptions.defaults(ExportFormat.HTML));
        assertEquals(Scope.NOTES_VIEW, model.scopes().get(0));
        assertEquals(Scope.NOTES_VIEW, model.scopeProperty().get());
        assertTrue(model.exportScope().isFiltered());
        assertEquals(folder.resolve(TestLibraries.VILLAGE_TITLE + ".html"), model.target().orElseThrow());
    }

    @Test
    void aCollectionNamesTheExport() {
        ExportDialogViewModel model = model(null, null, ExportDialogViewModel.firstOptions("zh"));
        model.formatProperty().set(ExportFormat.JSON);
        SpeechCollection chosen = collection(COLLECTION);
        model.chooseCollection(chosen.id());
        assertEquals(Scope.COLLECTION, model.scopeProperty().get());
        assertEquals(COLLECTION, model.exportScope().title());
        assertEquals(chosen.speechIds(), model.exportScope().speechIds());
        assertEquals(folder.resolve(COLLECTION + ".json"), model.target().orElseThrow());
    }

    @Test
    void chosenSpeechesAreTickedThroughTheFilterAndExportedInLibraryOrder() {
        ExportDialogViewModel model = model(null, null, ExportOptions.defaults(ExportFormat.DOCX));
        model.scopeProperty().set(Scope.CHOSEN_SPEECHES);
        assertEquals(ExportDialogViewModel.NO_SPEECHES, model.problemProperty().get());
        assertThrows(IllegalStateException.class, () -> model.request(false));

        model.speechFilterProperty().set("乡村");
        assertEquals(1, model.shownSpeeches().size());
        model.chooseShown(true);
        model.speechFilterProperty().set("");
        model.chooseSpeech(id(TestLibraries.CLASSROOM_TITLE));
        assertEquals(1, model.chosenCountProperty().get(), "choosing from the tree starts from that speech alone");
        model.shownSpeeches().stream().filter(c -> c.speech().title().equals(TestLibraries.VILLAGE_TITLE))
                .forEach(c -> c.chosenProperty().set(true));
        assertEquals(2, model.chosenCountProperty().get());
        assertEquals(List.of(id(TestLibraries.CLASSROOM_TITLE), id(TestLibraries.VILLAGE_TITLE)),
                model.exportScope().speechIds());
        assertNull(model.problemProperty().get());
        assertEquals(folder.resolve("研读笔记.docx"), model.target().orElseThrow());
    }

    @Test
    void aNamedTargetKeepsItsNameAndOnlyItsExtensionFollowsTheFormat() {
        ExportDialogViewModel model = model(id(TestLibraries.LOOSE_TITLE), null,
                ExportOptions.defaults(ExportFormat.HTML));
        Path mine = dir.resolve("mine").resolve("群众.html");
        model.targetProperty().set(mine.toString());
        model.formatProperty().set(ExportFormat.ANKI);
        assertEquals(mine.resolveSibling("群众.txt"), model.target().orElseThrow());
        model.scopeProperty().set(Scope.LIBRARY);
        model.formatProperty().set(ExportFormat.MARKDOWN);
        assertEquals(mine.resolveSibling("群众"), model.target().orElseThrow(), "one file per speech: a folder");
        assertEquals(dir.resolve("mine"), model.targetFolder());

        ExportRequest request = model.request(false);
        assertEquals(mine.resolveSibling("群众"), request.target());
        assertFalse(request.force());
        assertTrue(model.request(true).force());
    }

    @Test
    void problemsKeepTheExportFromStarting() {
        ExportDialogViewModel model = model(id(TestLibraries.LOOSE_TITLE), null,
                ExportOptions.defaults(ExportFormat.HTML));
        model.targetProperty().set("  ");
        assertEquals(ExportDialogViewModel.NO_TARGET, model.problemProperty().get());
        model.targetProperty().set("notes.html");
        assertEquals(folder.resolve("notes.html"), model.target().orElseThrow(), "a bare name goes in the folder");
        assertNull(model.problemProperty().get());

        model.glossaryReadyProperty().set(false);
        assertEquals(ExportDialogViewModel.DICTIONARIES, model.problemProperty().get(), "meanings need the glossary");
        model.lookupsProperty().set(false);
        assertNull(model.problemProperty().get());
        model.formatProperty().set(ExportFormat.ANKI);
        assertEquals(ExportDialogViewModel.DICTIONARIES, model.problemProperty().get(), "Anki always shows meanings");
        model.formatProperty().set(ExportFormat.JSON);
        assertNull(model.problemProperty().get(), "JSON needs no glossary");
    }

    @Test
    void eachFormatOffersTheOptionsThatApplyToIt() {
        for (ExportFormat format : List.of(ExportFormat.MARKDOWN, ExportFormat.HTML, ExportFormat.DOCX)) {
            assertTrue(ExportDialogViewModel.readableNotes(format) && ExportDialogViewModel.lookupsApply(format));
            assertTrue(ExportDialogViewModel.languageApplies(format));
        }
        assertFalse(ExportDialogViewModel.readableNotes(ExportFormat.ANKI)
                || ExportDialogViewModel.lookupsApply(ExportFormat.ANKI));
        assertTrue(ExportDialogViewModel.languageApplies(ExportFormat.ANKI), "Anki's column names");
        assertFalse(ExportDialogViewModel.readableNotes(ExportFormat.JSON)
                || ExportDialogViewModel.languageApplies(ExportFormat.JSON));
    }

    @Test
    void rememberedOptionsComeBack() {
        ExportOptions saved = new ExportOptions(ExportFormat.MARKDOWN, false, true, true, true, "en");
        ExportDialogViewModel model = model(null, null, ExportOptions.parse(saved.serialise()));
        assertEquals(saved, model.chosenOptions());
        assertFalse(model.keywordsProperty().get());
        assertEquals("en", model.languageProperty().get());
        assertEquals(folder.resolve("Study notes.md"), model.target().orElseThrow());
    }
}
