package org.yandu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.yandu.Main;

/**
 * The memory a long PDF's import takes: {@code yandu import} of a PDF of more than {@value #PAGES} pages, in a fresh
 * JVM with the windows' options, against the import of a one-page PDF started the same way. Both load the same
 * program and language tools, so the difference is what the document's length costs. The child's peak resident set
 * (VmHWM) is read from {@code /proc} while it runs.
 */
final class PdfImportMemory {
    static final int PAGES = 500;
    private static final int RUNS = 3;
    private static final long POLL_MILLIS = 20;
    private static final long TIMEOUT_MINUTES = 5;

    private final Path work;
    private final List<String> jvmOptions;

    PdfImportMemory(Path work, List<String> jvmOptions) {
        this.work = work;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    Figure measure(List<String> pool) throws Exception {
        Path onePage = write("bench-1-page.pdf", pool, SpeechPdf.CHARACTERS_PER_PAGE / 2);
        Path manyPages = write("bench-" + PAGES + "-pages.pdf", pool, (long) PAGES * SpeechPdf.CHARACTERS_PER_PAGE);
        double[] small = new double[RUNS];
        double[] large = new double[RUNS];
        double[] above = new double[RUNS];
        peak(onePage);
        for (int run = 0; run < RUNS; run++) {
            small[run] = peak(onePage) / ProcessMemory.MB;
            large[run] = peak(manyPages) / ProcessMemory.MB;
            above[run] = large[run] - small[run];
        }
        Timing.Stats difference = Timing.of(above);
        double limit = Timing.of(small).median();
        return new Figure("memory importing a " + PAGES + "-page PDF, above a 1-page one", "MB", difference.median(),
                difference.p95(), "yandu import of a 1-page PDF", limit, Timing.of(large).median() / limit,
                "< 300 MB above", difference.median() < 300);
    }

    private Path write(String name, List<String> pool, long characters) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (long chars = 0; chars < characters; ) {
            String paragraph = pool.get(paragraphs.size() % pool.size());
            paragraphs.add(paragraph);
            chars += paragraph.length();
        }
        Path pdf = work.resolve(name);
        try (PDDocument document = new PDDocument()) {
            SpeechPdf.write(document, SpeechPdf.Font.stSongLight(), "学习读本", List.of(), paragraphs, pdf);
        }
        return pdf;
    }

    /** The child's peak so far; nothing once it has ended (its /proc entry goes as it is reaped). */
    private static long peakSoFar(Process child) {
        try {
            ProcessMemory memory = ProcessMemory.of(child.pid());
            return memory.isReadable() ? memory.peak() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The peak resident bytes of {@code yandu import pdf} into a new library. */
    private long peak(Path pdf) throws Exception {
        Path library = work.resolve("pdf-memory.db");
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(work.resolve(library.getFileName() + suffix));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "import",
                pdf.toString(), "--library", library.toString()));
        Path output = work.resolve("pdf-memory.log");
        Process importing = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        long peak = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(TIMEOUT_MINUTES).toNanos();
        while (!importing.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakSoFar(importing));
            if (System.nanoTime() > deadline) {
                importing.destroyForcibly();
                throw new IllegalStateException("yandu import " + pdf.getFileName() + " did not end within "
                        + TIMEOUT_MINUTES + " minutes");
            }
        }
        if (importing.exitValue() != 0) {
            throw new IllegalStateException("yandu import " + pdf.getFileName() + " failed: "
                    + Files.readString(output));
        }
        return peak;
    }
}
