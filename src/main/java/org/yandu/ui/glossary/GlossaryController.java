package org.yandu.ui.glossary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.yandu.analysis.SpeechAnalysis;
import org.yandu.glossary.CedictDownload;
import org.yandu.glossary.CedictFile;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.library.UserTerm;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.StudyServices;
import org.yandu.ui.base.TaskExecutor;

/**
 * Changes to the glossaries from the window: the user's terms (saved, then the open speech is segmented again
 * with them) and CC-CEDICT imported from a file or downloaded, all off the FX thread.
 */
public final class GlossaryController implements CandidatesWindow.Suggestions {
    private final TaskExecutor tasks;
    private final StudyServices study;
    private final Supplier<Messages> messages;
    private final Runnable wordsChanged;
    private @Nullable LibraryStore store;

    /** @param wordsChanged segments the open speech again, after the words the glossaries know changed */
    public GlossaryController(TaskExecutor tasks, StudyServices study, Supplier<Messages> messages,
                              Runnable wordsChanged) {
        this.tasks = tasks;
        this.study = study;
        this.messages = messages;
        this.wordsChanged = wordsChanged;
    }

    /** The library whose speeches the suggested terms are counted in. */
    public void use(LibraryStore library) {
        store = library;
    }

    /** The glossary candidates of the library with their counts, computed in the background. */
    @Override
    public void glossaryCandidates(int max, Consumer<List<CandidatesViewModel.Candidate>> done) {
        GlossaryService glossary = study.glossary();
        LibraryStore from = store;
        if (glossary == null || from == null) {
            return;
        }
        tasks.execute(BackgroundTask.on(Lane.ANALYSIS, "error.candidates",
                        () -> CandidatesViewModel.withCounts(
                                new SpeechAnalysis(from, glossary.text()).glossaryCandidates(glossary.glossary(), max),
                                from, glossary.text()))
                .onSuccess(done)
                .toldBy(e -> tasks.setIdleStatus(messages.get().get("error.candidates"))));
    }

    @Override
    public void setIdleStatus(String text) {
        tasks.setIdleStatus(text);
    }

    /** The pinyin HanLP (with the glossaries' readings) gives a text; for prefilling the term dialog. */
    public void pinyinOf(String word, Consumer<String> done) {
        GlossaryService glossary = study.glossary();
        if (glossary != null) {
            tasks.execute(BackgroundTask.on(Lane.WORDS, "error.lookup", () -> glossary.text().pinyin(word))
                    .onSuccess(done).toldBy(e -> done.accept("")));
        }
    }

    /** Saves a term of the user's glossary; the open speech is segmented again with it. */
    @Override
    public void putTerm(UserTerm term, Runnable done) {
        GlossaryService glossary = study.glossary();
        if (glossary == null) {
            return;
        }
        tasks.execute(BackgroundTask.on(Lane.WORDS, "error.glossary", () -> {
            glossary.putUserTerm(term);
            return term;
        }).onSuccess(saved -> {
            wordsChanged.run();
            done.run();
        }).toldBy(this::failed));
    }

    public void removeTerm(String term, Runnable done) {
        GlossaryService glossary = study.glossary();
        if (glossary == null) {
            return;
        }
        tasks.execute(BackgroundTask.on(Lane.WORDS, "error.glossary", () -> glossary.removeUserTerm(term))
                .onSuccess(removed -> {
                    wordsChanged.run();
                    done.run();
                }).toldBy(this::failed));
    }

    /**
     * Puts the study group's glossary to use as the last sync left it: the paragraphs holding the terms it put,
     * changed or removed are segmented again, and the open speech with them.
     */
    public void groupTermsChanged() {
        GlossaryService glossary = study.glossary();
        if (glossary == null) {
            return;
        }
        tasks.execute(BackgroundTask.on(Lane.WORDS, "error.glossary", glossary::useGroupTerms).onSuccess(changed -> {
            if (changed > 0) {
                wordsChanged.run();
            }
        }).toldBy(this::failed));
    }

    /** Imports a CC-CEDICT file in the background; {@code done} gets what was read. */
    public void importCedict(Path file, Consumer<CedictFile> done) {
        GlossaryService glossary = study.glossary();
        if (glossary == null) {
            return;
        }
        String status = text("status.importingDictionary", file.getFileName());
        // Long work of unknown length: the status bar shows activity until it is done.
        tasks.execute(BackgroundTask.withProgress(Lane.IMPORT, "error.importDictionary",
                progress -> glossary.importCedict(file)).status(status).onSuccess(cedict -> {
                    wordsChanged.run();
                    done.accept(cedict);
                }));
    }

    /** Downloads CC-CEDICT from MDBG and imports it, in the background with progress; offline, it says so. */
    public void downloadCedict(Consumer<CedictFile> done) {
        GlossaryService glossary = study.glossary();
        if (glossary == null) {
            return;
        }
        String status = text("status.downloadingDictionary");
        tasks.execute(BackgroundTask.withProgress(Lane.IMPORT, "error.downloadDictionary", progress -> {
            Path file = new CedictDownload(CedictDownload.OFFICIAL).download(
                    bytes -> progress.message(status + " " + bytes / 1024 + " KB"));
            try {
                return glossary.importCedict(file);
            } finally {
                Files.deleteIfExists(file);
            }
        }).status(status).onSuccess(cedict -> {
            wordsChanged.run();
            done.accept(cedict);
        }));
    }

    /** Failures of glossary edits: said in the status bar (the failure policy logs them). */
    private void failed(Throwable e) {
        tasks.setIdleStatus(messages.get().glossaryError(e));
    }

    private String text(String key, Object... args) {
        return messages.get().format(key, args);
    }
}
