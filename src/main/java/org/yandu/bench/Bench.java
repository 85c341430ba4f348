package org.yandu.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.yandu.glossary.CedictAgreement;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossaryService;
import org.yandu.glossary.GlossarySource;
import org.yandu.importer.ImportProgress;
import org.yandu.importer.ImportReport;
import org.yandu.importer.Importer;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.SourceFile;
import org.yandu.library.Speech;
import org.yandu.library.SpeechDraft;
import org.yandu.library.Tokenizer;
import org.yandu.library.group.GroupAddress;
import org.yandu.library.group.GroupServer;
import org.yandu.reading.ReadingPosition;
import org.yandu.reading.SpeechDocument;
import org.yandu.settings.Preferences;
import org.yandu.text.ChineseText;
import org.yandu.text.Token;

/**
 * The benchmark: every user-visible operation timed beside the limit it cannot beat, measured in the same run.
 * Builds its own inputs in {@code work}: the bundled speeches, and a generated library of {@code size}
 * speeches of about 2,000 characters each.
 */
public final class Bench {
    private static final int CHARS_EACH = 2_000;
    /** As long as JMH's default warm-up iteration: the import's code is compiled only after about 30 runs. */
    private static final Duration BUNDLED_WARM_UP = Duration.ofSeconds(10);
    private static final int BUNDLED_RUNS = 20;
    private static final int SPEECHES_PER_FILE = 100;
    private static final long SEED = 20261123L;
    private static final int PDF_PAGES = 200;
    private static final int PDF_RUNS = 5;

    private final Path work;
    private final Path speeches;
    private final Path cedict;
    private final int size;
    private final LibraryTargets targets;
    private final List<String> windowOptions;
    private final Optional<Path> packagedLauncher;
    private final Optional<GroupAddress> groupServer;
    private final PrintWriter log;
    private final List<Figure> figures = new ArrayList<>();
    private final Random random = new Random(SEED);

    /**
     * @param windowOptions JVM options for the windows started for the start-up and memory figures
     * @param packagedLauncher the packaged app's launcher, measured beside the jar when present
     * @param groupServer a PostgreSQL server as an administrator, for the study-group figures, when given
     */
    public Bench(Path work, Path speeches, Path cedict, int size, List<String> windowOptions,
            Optional<Path> packagedLauncher, Optional<GroupAddress> groupServer, PrintWriter log) {
        this.work = work;
        this.speeches = speeches;
        this.cedict = cedict;
        this.size = size;
        this.targets = LibraryTargets.of(size);
        this.windowOptions = List.copyOf(windowOptions);
        this.packagedLauncher = packagedLauncher;
        this.groupServer = groupServer;
        this.log = log;
    }

    public List<Figure> run() throws Exception {
        Files.createDirectories(work);
        // Kept beside the libraries by the app; a previous run's copies would change what is measured.
        emptyFolder("dictionaries");
        emptyFolder("backups");
        ChineseText text = ChineseText.load();
        try (LibraryStore scratch = LibraryStore.open(fresh("scratch.db"))) {
            GlossaryService glossary = GlossaryService.open(scratch, text);
            Tokenizer tokenizer = glossary.tokenizer();
            List<String> bundledParagraphs = importBundled(tokenizer);
            importPdf(tokenizer, bundledParagraphs);
            pdfImportMemory(bundledParagraphs);
            long rawBytes;
            try (LibraryStore big = LibraryStore.open(fresh("library-" + size + ".db"))) {
                rawBytes = importGenerated(big, bundledParagraphs, tokenizer);
                search(big);
                openLongSpeech(big);
                group(big);
            }
            librarySize(rawBytes);
            window(text);
            lookup(glossary, text, bundledParagraphs);
            pinyin(text, bundledParagraphs);
            pinyinAgreement(glossary, text, bundledParagraphs);
        }
        return figures;
    }

    private Path fresh(String name) throws IOException {
        return fresh(work, name);
    }

    /** A library file in {@code folder} with nothing left of an earlier run's. */
    static Path fresh(Path folder, String name) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(folder.resolve(name + suffix));
        }
        return folder.resolve(name);
    }

    private void emptyFolder(String name) throws IOException {
        Path folder = work.resolve(name);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * Import of the bundled files (read, parse, segment, store, index) against segmentation alone, both with their
     * code compiled. The files are small (a run takes tens of milliseconds), so the import is first run for
     * {@link #BUNDLED_WARM_UP}, as HanLP already has been by then (it has segmented the glossary and the user's
     * terms): the first runs of a fresh JVM measure the JIT compiler.
     */
    private List<String> importBundled(Tokenizer tokenizer) throws Exception {
        long warmUpEnds = System.nanoTime() + BUNDLED_WARM_UP.toNanos();
        while (System.nanoTime() < warmUpEnds) {
            importBundledOnce(tokenizer);
        }
        // Runs of the import and of segmentation alternate, so that both meet the same load on a shared machine.
        double[] rates = new double[BUNDLED_RUNS];
        double[] segmentation = new double[BUNDLED_RUNS];
        List<String> paragraphs = List.of();
        for (int run = 0; run < rates.length; run++) {
            BundledImport done = importBundledOnce(tokenizer);
            paragraphs = done.paragraphs();
            rates[run] = chars(paragraphs) / done.seconds();
            // Hot already: the import has just segmented the same text.
            segmentation[run] = segmentationRate(paragraphs, tokenizer, 0);
        }
        add(throughput("import, bundled speeches", rates, Timing.of(segmentation).median(),
                Target.ratioAtLeast(0.5)));
        return paragraphs;
    }

    private record BundledImport(double seconds, List<String> paragraphs) {
    }

    /** Imports the bundled speeches into a new library; the time is the import's alone. */
    private BundledImport importBundledOnce(Tokenizer tokenizer) throws Exception {
        try (LibraryStore store = LibraryStore.open(fresh("bundled.db"))) {
            long start = System.nanoTime();
            new Importer(store, tokenizer).importPaths(List.of(speeches), ImportProgress.NONE);
            return new BundledImport((System.nanoTime() - start) / 1e9, texts(store));
        }
    }

    /**
     * Imports the generated library in files of {@value #SPEECHES_PER_FILE} speeches, made as they are imported; only
     * the import is timed. Returns the size of its raw text in UTF-8 bytes.
     */
    private long importGenerated(LibraryStore store, List<String> pool, Tokenizer tokenizer) throws Exception {
        SyntheticLibrary library = new SyntheticLibrary(pool, size, CHARS_EACH, SEED);
        log.printf("Importing %,d generated speeches…%n", size + 1);
        log.flush();
        long nanos = 0;
        int from = 0;
        List<SpeechDraft> batch = new ArrayList<>();
        for (Iterator<SpeechDraft> speeches = library.speeches().iterator(); speeches.hasNext(); ) {
            batch.add(speeches.next());
            if (batch.size() == SPEECHES_PER_FILE || !speeches.hasNext()) {
                long start = System.nanoTime();
                store.recordImport(new SourceFile("bench/" + from, "bench-" + from + ".txt", "txt", "UTF-8", 0,
                        "bench-" + SEED + "-" + from), null, batch, tokenizer);
                nanos += System.nanoTime() - start;
                from += batch.size();
                batch = new ArrayList<>();
            }
        }
        long chars = chars(library.texts());
        log.printf("  imported %,d characters in %.0f s%n", chars, nanos / 1e9);
        add(throughput("import, " + size + "-speech library", new double[] {chars / (nanos / 1e9)},
                segmentationRate(library.texts(), tokenizer, 1), targets.importShare()));
        long bytes = 0;
        for (String text : library.texts()) {
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    /**
     * Import of a PDF of {@value #PDF_PAGES} pages (read page by page, joined into paragraphs, parsed, segmented,
     * stored) against PDFBox's text extraction alone of the same file, both per character of the speech; the runs
     * alternate after one untimed run of each. The PDF is written here, in the STSong-Light of government documents.
     */
    private void importPdf(Tokenizer tokenizer, List<String> pool) throws Exception {
        Path pdf = work.resolve("bench-" + PDF_PAGES + "-pages.pdf");
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; chars(paragraphs) < (long) PDF_PAGES * SpeechPdf.CHARACTERS_PER_PAGE; i++) {
            paragraphs.add(pool.get(i % pool.size()));
        }
        int pages;
        try (PDDocument document = new PDDocument()) {
            pages = SpeechPdf.write(document, SpeechPdf.Font.stSongLight(), "群众路线学习读本", List.of(), paragraphs, pdf);
        }
        double[] imports = new double[PDF_RUNS];
        double[] extractions = new double[PDF_RUNS];
        for (int run = -1; run < PDF_RUNS; run++) {
            long chars;
            long start;
            try (LibraryStore store = LibraryStore.open(fresh("pdf.db"))) {
                start = System.nanoTime();
                ImportReport report = new Importer(store, tokenizer).importPaths(List.of(pdf), ImportProgress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (!report.failures().isEmpty()) {
                    throw new IllegalStateException("the bench's PDF was not imported: " + report.failures());
                }
                chars = chars(texts(store));
                if (run >= 0) {
                    imports[run] = chars / seconds;
                }
            }
            start = System.nanoTime();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                new PDFTextStripper().getText(document);
            }
            if (run >= 0) {
                extractions[run] = chars / ((System.nanoTime() - start) / 1e9);
            }
        }
        Timing.Stats rates = Timing.of(imports);
        double limit = Timing.of(extractions).median();
        add(new Figure("import, " + pages + "-page PDF", "chars/s", rates.median(), rates.p95(),
                "PDFBox text extraction alone", limit, rates.median() / limit, "ratio ≥ 0.5",
                rates.median() / limit >= 0.5));
    }

    /** Memory of a long PDF's import in a process of its own (read from Linux's /proc). */
    private void pdfImportMemory(List<String> pool) throws Exception {
        Optional<String> unavailable = ProcessMemory.unavailable();
        if (unavailable.isPresent()) {
            log.println("PDF import memory skipped: " + unavailable.get());
            return;
        }
        add(new PdfImportMemory(work, windowOptions).measure(pool));
    }

    private Figure throughput(String name, double[] rates, double segmentation, Target target) {
        Timing.Stats stats = Timing.of(rates);
        return new Figure(name, "chars/s", stats.median(), stats.p95(), "HanLP segmentation alone", segmentation,
                stats.median() / segmentation, target);
    }

    /**
     * Pinyin for every character (the pinyin view's readings, computed per paragraph as it comes into view) against
     * segmentation alone, which it includes: the view keeps up with scrolling when this stays a fair share of it.
     */
    private void pinyin(ChineseText text, List<String> paragraphs) throws Exception {
        Timing.Stats readings = Timing.millis(1, 5, () -> paragraphs.forEach(text::pinyinSyllables));
        Timing.Stats segmentation = Timing.millis(1, 5, () -> paragraphs.forEach(text::segment));
        double chars = chars(paragraphs);
        double rate = chars / (readings.median() / 1000);
        double limit = chars / (segmentation.median() / 1000);
        add(new Figure("pinyin of every character, bundled speeches", "chars/s", rate, chars / (readings.p95() / 1000),
                "HanLP segmentation alone", limit, rate / limit, "ratio ≥ 0.25", rate / limit >= 0.25));
    }

    /**
     * The pinyin over the bundled speeches against CC-CEDICT on the words it reads one way only: not a speed but
     * the measure that a faster reading must not cost.
     */
    private void pinyinAgreement(GlossaryService glossary, ChineseText text, List<String> paragraphs) {
        if (glossary.glossary().size(GlossarySource.CEDICT) == 0) {
            log.println("CC-CEDICT not found: pinyin agreement not measured");
            return;
        }
        CedictAgreement agreement = CedictAgreement.measure(glossary.glossary(), text, paragraphs);
        double percent = agreement.share() * 100;
        add(new Figure("pinyin agreeing with CC-CEDICT, " + agreement.compared() + " words it reads one way", "%",
                percent, percent, "CC-CEDICT", 100, agreement.share(), "≥ 99.5 %", percent >= 99.5));
    }

    /** Segmentation alone of {@code texts}, one timed run after {@code warmUps} untimed ones. */
    private static double segmentationRate(Iterable<String> texts, Tokenizer tokenizer, int warmUps)
            throws Exception {
        Timing.Stats stats = Timing.millis(warmUps, 1, () -> texts.forEach(tokenizer::tokenLengths));
        return chars(texts) / (stats.median() / 1000);
    }

    /** First page of results for 1- to 4-character queries taken from the library's own text. */
    private void search(LibraryStore store) throws Exception {
        List<Paragraph> sample = sampleParagraphs(store, 200);
        Timing.Stats rowid = Timing.millis(50, 500,
                () -> store.paragraph(sample.get(random.nextInt(sample.size())).id()));
        for (int length = 1; length <= 4; length++) {
            List<String> queries = queries(sample, length, 100);
            int[] next = {0};
            Timing.Stats stats = Timing.millis(20, queries.size(),
                    () -> store.searchLibrary(queries.get(next[0]++ % queries.size()), 20, 0));
            add(new Figure("search first page, " + length + "-character query", "ms", stats.median(), stats.p95(),
                    "rowid lookup", rowid.median(), stats.median() / rowid.median(), "p95 < 30 ms", stats.p95() < 30));
        }
    }

    private List<Paragraph> sampleParagraphs(LibraryStore store, int count) {
        List<Speech> all = store.speeches();
        List<Paragraph> sample = new ArrayList<>();
        while (sample.size() < count) {
            List<Paragraph> paragraphs = store.paragraphs(all.get(random.nextInt(all.size())).id());
            sample.add(paragraphs.get(random.nextInt(paragraphs.size())));
        }
        return sample;
    }

    private List<String> queries(List<Paragraph> sample, int length, int count) {
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            String text = sample.get(random.nextInt(sample.size())).text();
            if (text.length() > length) {
                int at = random.nextInt(text.length() - length);
                String query = text.substring(at, at + length);
                if (query.codePoints().allMatch(Character::isLetter)) {
                    queries.add(query);
                }
            }
        }
        return queries;
    }

    /** A 50,000-character speech from the store to paragraphs laid out for the reader. */
    private void openLongSpeech(LibraryStore store) throws Exception {
        long id = longSpeechId(store);
        Timing.Stats rows = Timing.millis(10, 50, () -> store.paragraphs(id));
        Timing.Stats open = Timing.millis(10, 50, () -> {
            SpeechDocument.of(store.speech(id).orElseThrow(), store.paragraphs(id));
            store.tokens(id);
        });
        add(new Figure("open a 50,000-character speech", "ms", open.median(), open.p95(), "reading its paragraph rows",
                rows.median(), open.median() / rows.median(), "median < 20 ms", open.median() < 20));
    }

    /** The library file (its WAL checkpointed when it closed) against the raw text. */
    private void librarySize(long rawBytes) throws IOException {
        long bytes = Files.size(work.resolve("library-" + size + ".db"));
        double raw = rawBytes;
        add(new Figure("library file size, " + size + "-speech library", "MB", bytes / 1e6, bytes / 1e6,
                "the raw text as UTF-8", raw / 1e6, bytes / raw, targets.file()));
    }

    /**
     * Start-up and memory of the window on the generated library, left as a reader would leave it: the long
     * speech open, CC-CEDICT imported when present, today's backup made.
     */
    private void window(ChineseText text) throws Exception {
        Optional<String> unavailable = WindowFigures.unavailable();
        if (unavailable.isPresent()) {
            log.println("Start-up and memory figures skipped: " + unavailable.get());
            return;
        }
        Path library = work.resolve("library-" + size + ".db");
        Path speech = work.resolve("reopened-speech.txt");
        try (LibraryStore store = LibraryStore.open(library)) {
            long reopened = longSpeechId(store);
            new Preferences(store).putLastReading(new ReadingPosition(reopened, 0));
            Files.write(speech, store.paragraphs(reopened).stream().map(Paragraph::text).toList());
            if (cedict != null && Files.exists(cedict)) {
                GlossaryService.open(store, text).importCedict(cedict);
            }
            store.backups().createDailyIfDue();
        }
        // Memory is read 15 s after the last mark (the longest stall, 2 s after the words are shown), when the start's
        // last work (keywords, one collection) is done.
        new WindowFigures(library, speech, windowOptions, packagedLauncher, Duration.ofSeconds(15),
                work.resolve("window-errors.log"), log)
                .measure(size + "-speech library", targets).forEach(this::add);
    }

    /** The study-group figures, on a group made on the server given for them, which publishes {@code library}. */
    private void group(LibraryStore library) throws Exception {
        if (groupServer.isEmpty()) {
            String reason = "no --group-server: they need a PostgreSQL server the bench may make a group on";
            GroupFigures.notRun(GroupFigures.ISSUE, library.speeches().size(), reason).forEach(this::add);
            return;
        }
        new GroupFigures(new GroupServer(groupServer.get()), library, work, GroupFigures.ISSUE, log).measure()
                .forEach(this::add);
    }

    /** Glossary lookup across every source (CC-CEDICT loaded when present) against one hash-map lookup. */
    private void lookup(GlossaryService glossary, ChineseText text, List<String> paragraphs) throws Exception {
        if (cedict != null && Files.exists(cedict)) {
            glossary.importCedict(cedict);
        } else {
            log.println("CC-CEDICT not found: lookups measured without it");
        }
        List<String> words = new ArrayList<>();
        for (String paragraph : paragraphs) {
            text.segment(paragraph).stream().filter(Token::isWord).forEach(t -> words.add(t.text()));
        }
        Map<String, GlossaryEntry> map = new HashMap<>();
        glossary.glossary().userEntries().forEach(e -> map.put(e.term(), e));
        words.forEach(w -> map.putIfAbsent(w, null));
        int batch = 1000;
        int[] next = {0};
        Timing.Stats lookups = Timing.millis(5, 50, () -> {
            for (int i = 0; i < batch; i++) {
                glossary.glossary().lookup(words.get(next[0]++ % words.size()));
            }
        });
        Timing.Stats hash = Timing.millis(5, 50, () -> {
            for (int i = 0; i < batch; i++) {
                map.get(words.get(next[0]++ % words.size()));
            }
        });
        double median = lookups.median() / batch;
        add(new Figure("glossary lookup, all sources", "ms", median, lookups.p95() / batch, "one hash-map lookup",
                hash.median() / batch, median / (hash.median() / batch), "median < 1 ms", median < 1));
    }

    private static long longSpeechId(LibraryStore store) {
        return store.speeches().stream().filter(s -> s.title().equals(SyntheticLibrary.LONG_TITLE))
                .mapToLong(Speech::id).findFirst().orElseThrow();
    }

    private List<String> texts(LibraryStore store) {
        List<String> texts = new ArrayList<>();
        for (Speech s : store.speeches()) {
            store.paragraphs(s.id()).forEach(p -> texts.add(p.text()));
        }
        return texts;
    }

    private static long chars(Iterable<String> texts) {
        long chars = 0;
        for (String text : texts) {
            chars += text.length();
        }
        return chars;
    }

    private void add(Figure figure) {
        figures.add(figure);
        if (figure.notRun() != null) {
            log.printf("%-52s not run: %s%n", figure.name(), figure.notRun());
            log.flush();
            return;
        }
        log.printf("%-52s %12.3f %-8s (limit %.3f, ratio %.2f) %s: %s%n", figure.name(), figure.median(),
                figure.unit(), figure.limitMedian(), figure.ratio(), figure.target(),
                figure.met() ? "met" : "**missed**");
        log.flush();
    }
}
