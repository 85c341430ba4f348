package org.yandu.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.files.AtomicFiles;
import org.yandu.library.GroupTerms;
import org.yandu.library.LibraryStore;
import org.yandu.library.ParagraphHit;
import org.yandu.library.Tokenizer;
import org.yandu.library.UserTerm;
import org.yandu.library.group.GroupTerm;
import org.yandu.text.ChineseText;
import org.yandu.text.Token;

/**
 * The library's glossary at work: the sources merged for lookup, their terms kept whole by the segmenter and
 * their pinyin preferred over HanLP's, the user's terms saved in the library, and the stored segmentation kept in
 * step when the user's or the study group's terms change. CC-CEDICT is kept as the file the user imported, copied
 * beside the library, and packed for lookup in a second file beside it ({@link PackedCedict}), which a start reads
 * instead of parsing the copy again.
 */
public final class GlossaryService {
    private static final Logger log = LoggerFactory.getLogger(GlossaryService.class);
    private static final String CEDICT_FILE = "cedict_ts.u8.gz";
    private static final String PACKED_CEDICT_FILE = "cedict_ts.index";
    private static final int SEGMENT_BATCH = 500;

    private final LibraryStore store;
    private final ChineseText text;
    private final Glossary glossary = new Glossary();
    private final Path dictionaryFolder;
    private final AtomicReference<CedictHeader> cedictHeader = new AtomicReference<>();
    private final List<InvalidTermException> unusable = new CopyOnWriteArrayList<>();

    private GlossaryService(LibraryStore store, ChineseText text, Path dictionaryFolder) {
        this.store = store;
        this.text = text;
        this.dictionaryFolder = dictionaryFolder;
    }

    /** Loads every source (CC-CEDICT only if it was imported into this library before). Slow: not on the FX thread. */
    public static GlossaryService open(LibraryStore store, ChineseText text) {
        GlossaryService service = new GlossaryService(store, text, dictionaryFolder(store.file()));
        service.loadStudy();
        service.loadUserTerms();
        service.loadGroupTerms();
        service.loadImportedCedict();
        return service;
    }

    /**
     * The header of the CC-CEDICT imported into the library at {@code libraryFile}, read from the copy kept
     * beside it, or empty if none was imported (or the copy cannot be read). Needs no loaded glossary.
     */
    public static Optional<CedictHeader> importedCedictHeader(Path libraryFile) {
        Path file = dictionaryFolder(libraryFile).resolve(CEDICT_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CedictFile.readHeader(file));
        } catch (IOException e) {
            log.warn("The imported CC-CEDICT at {} could not be read", file, e);
            return Optional.empty();
        }
    }

    private static Path dictionaryFolder(Path libraryFile) {
        return Objects.requireNonNull(libraryFile.toAbsolutePath().getParent(), "a file has a folder")
                .resolve("dictionaries");
    }

    public Glossary glossary() {
        return glossary;
    }

    public ChineseText text() {
        return text;
    }

    /** Segments with the glossary's terms kept whole; for the importer and the background job. */
    public Tokenizer tokenizer() {
        return paragraph -> text.segment(paragraph).stream().mapToInt(Token::length).toArray();
    }

    /** Segments every paragraph that has no stored words yet; reports how many are done. Returns the count. */
    public int segmentPending(IntConsumer progress) {
        int done = 0;
        Tokenizer tokenizer = tokenizer();
        for (Map<Long, String> batch = store.unsegmentedParagraphs(SEGMENT_BATCH); !batch.isEmpty();
             batch = store.unsegmentedParagraphs(SEGMENT_BATCH)) {
            Map<Long, int[]> lengths = new LinkedHashMap<>();
            batch.forEach((id, paragraph) -> lengths.put(id, tokenizer.tokenLengths(paragraph)));
            store.putTokens(lengths);
            done += batch.size();
            progress.accept(done);
        }
        return done;
    }

    /**
     * Adds or updates a term of the user's glossary; it is a whole word everywhere from now on.
     *
     * @throws InvalidTermException before anything is written, when the term or its reading cannot be used
     */
    public void putUserTerm(UserTerm term) {
        UserTermRule.check(term.term(), term.pinyin());
        store.putUserTerm(term);
        use(term);
        resegmentParagraphsContaining(term.term());
    }

    /** Removes a term of the user's glossary; the paragraphs holding it are segmented again without it. */
    public boolean removeUserTerm(String term) {
        boolean removed = store.deleteUserTerm(term);
        forgetUserTerm(term);
        if (removed) {
            resegmentParagraphsContaining(term);
        }
        return removed;
    }

    /** The stored terms that could not be used when the glossary was (re)loaded; the rest are in use. */
    public List<InvalidTermException> unusableUserTerms() {
        return List.copyOf(unusable);
    }

    /**
     * Reads the user's terms from the library again, after its contents were replaced (a restored backup):
     * terms it no longer holds stop being whole words. The stored words of its paragraphs came with it.
     */
    public void reloadUserTerms() {
        glossary.userEntries().forEach(entry -> forgetUserTerm(entry.term()));
        loadUserTerms();
    }

    private void forgetUserTerm(String term) {
        glossary.removeUserEntry(term);
        keepWholeOnlyIfKnown(term);
    }

    /** A term no study, group or user entry names any more stops being kept whole. */
    private void keepWholeOnlyIfKnown(String term) {
        if (glossary.entries(term).stream().allMatch(e -> e.source() == GlossarySource.CEDICT)) {
            text.removeTerm(term);
        }
    }

    /**
     * Puts the study group's terms to use as the last sync left them, and segments again the paragraphs holding each
     * term the group put, changed or removed since; how many such terms. After a sync that brought terms, and at
     * start for what a sync by the command line left.
     */
    public int useGroupTerms() {
        GroupTerms copy = store.group().terms();
        List<GroupTerm> changed = copy.toSegment();
        if (changed.isEmpty()) {
            return 0; // what was opened is in use: every change since waits here, marked
        }
        loadGroupTerms();
        changed.forEach(term -> keepWholeOnlyIfKnown(term.term()));
        changed.forEach(term -> resegmentParagraphsContaining(term.term()));
        copy.segmented(changed.stream().map(GroupTerm::term).toList());
        return changed.size();
    }

    /** The group's terms that break the rule (written with psql) are left out and logged, as the user's are. */
    private void loadGroupTerms() {
        List<GlossaryEntry> usable = new ArrayList<>();
        for (GroupTerm term : store.group().terms().inUse()) {
            try {
                UserTermRule.check(term.term(), term.pinyin());
                usable.add(GlossaryEntry.group(term.term(), term.pinyin(), term.explanation(), term.english(),
                        term.tags()));
            } catch (InvalidTermException e) {
                log.warn("A term of the group's glossary is left out: {}", e.getMessage());
            }
        }
        glossary.setGroupEntries(usable);
        text.addTerms(usable.stream().map(GlossaryEntry::term).toList());
        usable.stream().filter(t -> !t.pinyin().isEmpty()).forEach(t -> text.addPinyin(t.term(), t.pinyin()));
    }

    /**
     * Reads a CC-CEDICT file the user downloaded, and if it holds entries, keeps a copy beside the library
     * (written to a temporary file, then moved into place), packs its entries, keeps them packed beside the copy and
     * puts them to use.
     */
    public CedictFile importCedict(Path file) throws IOException {
        CedictFile cedict = CedictFile.read(file);
        if (cedict.entries().isEmpty()) {
            throw new IOException(file.getFileName() + " holds no CC-CEDICT entries (" + cedict.report().summary()
                    + ")");
        }
        Path copy = dictionaryFolder.resolve(CEDICT_FILE);
        AtomicFiles.replace(copy, out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(out);
            CedictFile.copyText(file, gzip);
            gzip.finish();
        });
        PackedCedict packed = PackedCedict.of(cedict);
        useCedict(packed);
        keep(packed, copy);
        return cedict;
    }

    /** The imported CC-CEDICT's header (version, date, licence), if one is in use. */
    public Optional<CedictHeader> cedictHeader() {
        return Optional.ofNullable(cedictHeader.get());
    }

    private void resegmentParagraphsContaining(String term) {
        Tokenizer tokenizer = tokenizer();
        Map<Long, int[]> lengths = new LinkedHashMap<>();
        for (ParagraphHit hit : store.search(term, Integer.MAX_VALUE, 0).hits()) {
            lengths.put(hit.paragraph().id(), tokenizer.tokenLengths(hit.paragraph().text()));
        }
        store.putTokens(lengths);
    }

    private void loadStudy() {
        List<GlossaryEntry> study = StudyGlossary.load();
        glossary.setStudy(study);
        List<String> terms = new ArrayList<>();
        for (GlossaryEntry entry : study) {
            terms.add(entry.term());
            if (!entry.pinyin().isEmpty()) {
                text.addPinyin(entry.term(), entry.pinyin());
            }
        }
        text.addTerms(terms);
    }

    /**
     * A stored term that breaks the rule (written by an older Yandu, or into the file by hand) is left out and
     * reported, never fatal: the rest of the glossary and everything that segments must keep working.
     */
    private void loadUserTerms() {
        List<UserTerm> usable = new ArrayList<>();
        unusable.clear();
        for (UserTerm term : store.userTerms()) {
            try {
                UserTermRule.check(term.term(), term.pinyin());
                usable.add(term);
            } catch (InvalidTermException e) {
                log.warn("A term of the user's glossary is left out: {}", e.getMessage());
                unusable.add(e);
            }
        }
        glossary.setUserEntries(usable.stream().map(GlossaryService::entryOf).toList());
        text.addTerms(usable.stream().map(UserTerm::term).toList());
        usable.stream().filter(t -> !t.pinyin().isEmpty()).forEach(t -> text.addPinyin(t.term(), t.pinyin()));
    }

    private void use(UserTerm term) {
        glossary.putUserEntry(entryOf(term));
        text.addTerms(List.of(term.term()));
        if (!term.pinyin().isEmpty()) {
            text.addPinyin(term.term(), term.pinyin());
        }
    }

    /** Reads the packed CC-CEDICT, or else parses the copy and packs it for the next start. */
    private void loadImportedCedict() {
        Path copy = dictionaryFolder.resolve(CEDICT_FILE);
        if (!Files.exists(copy)) {
            return;
        }
        Optional<PackedCedict> kept = PackedCedict.read(dictionaryFolder.resolve(PACKED_CEDICT_FILE), copy);
        if (kept.isPresent()) {
            useCedict(kept.get());
            return;
        }
        try {
            PackedCedict packed = PackedCedict.of(CedictFile.read(copy));
            useCedict(packed); // lookups need not wait for the file to be written
            if (!store.openedForReading()) { // the folder is the writer's, as the library is (ADR 0005)
                keep(packed, copy);
            }
        } catch (IOException e) {
            log.warn("The imported CC-CEDICT at {} could not be read; import it again", copy, e);
        }
    }

    /** Only a faster next start depends on the packed file, so failing to write it fails nothing else. */
    private void keep(PackedCedict packed, Path copy) {
        Path file = dictionaryFolder.resolve(PACKED_CEDICT_FILE);
        try {
            packed.write(file, copy);
        } catch (IOException e) {
            log.warn("CC-CEDICT could not be kept packed in {}; the next start parses it again", file, e);
        }
    }

    private void useCedict(PackedCedict cedict) {
        glossary.setCedict(cedict.index());
        cedictHeader.set(cedict.header());
        log.info("CC-CEDICT in use: {} entries ({})", cedict.index().size(), cedict.summary());
    }

    static GlossaryEntry entryOf(UserTerm term) {
        return GlossaryEntry.user(term.term(), term.pinyin(), term.explanation(), term.english(), term.tags());
    }
}
