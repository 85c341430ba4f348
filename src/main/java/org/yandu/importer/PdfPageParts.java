package org.yandu.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.yandu.threads.Threads;

/**
 * Reads a long PDF's pages in parts at once, a part a core, each from its own opening of the file, since a PDFBox
 * document is not safe to share between threads. Reading a PDF costs about as much as storing its speech, and one
 * file's storing cannot begin before its last page is read (its running headers are found across all its pages),
 * so this is where a long PDF's import gains from the second core. A short document is read in one part, on the
 * calling thread.
 */
final class PdfPageParts {
    /** With fewer pages a part, opening the file again would cost more than it saves. */
    static final int MIN_PAGES_PER_PART = 16;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** Opens the same file again, for a part read on another thread. */
    interface Reopening {
        PDDocument open() throws IOException;
    }

    private PdfPageParts() {
    }

    /**
     * Every page's lines, in page order, read in parts; {@code pageDone} is told the pages read so far, from
     * whichever thread read the last one. A part's failure, or the reader's cancelling, stops the other parts.
     */
    static List<List<PdfLine>> read(PDDocument document, Reopening reopening, PdfTextLines.PageDone pageDone)
            throws IOException {
        int pages = document.getNumberOfPages();
        int parts = Math.max(1, Math.min(CORES, pages / MIN_PAGES_PER_PART));
        if (parts == 1) {
            return PdfTextLines.read(document, 1, pages, pageDone);
        }
        PagesCounted counted = new PagesCounted(pageDone, pages);
        ExecutorService others = Executors.newFixedThreadPool(parts - 1, Threads.daemon("yandu-pdf-pages"));
        try {
            List<Future<List<List<PdfLine>>>> rest = new ArrayList<>();
            for (int part = 1; part < parts; part++) {
                int first = firstPage(part, parts, pages);
                int last = firstPage(part + 1, parts, pages) - 1;
                rest.add(others.submit(() -> {
                    try (PDDocument own = reopening.open()) {
                        return PdfTextLines.read(own, first, last, counted);
                    }
                }));
            }
            List<List<PdfLine>> all = new ArrayList<>(
                    PdfTextLines.read(document, 1, firstPage(1, parts, pages) - 1, counted));
            for (Future<List<List<PdfLine>>> part : rest) {
                all.addAll(await(part));
            }
            return all;
        } finally {
            counted.stop();
            others.shutdown();
        }
    }

    /**
     * Tells the pages read in order, one at a time, whichever part read them; once told to stop (cancelled, or a
     * part failed), a part that finishes a page stops there without telling it.
     */
    private static final class PagesCounted implements PdfTextLines.PageDone {
        private final PdfTextLines.PageDone pageDone;
        private final int pages;
        private int read;
        private boolean stopped;

        PagesCounted(PdfTextLines.PageDone pageDone, int pages) {
            this.pageDone = pageDone;
            this.pages = pages;
        }

        @Override
        public synchronized void page(int page, int of) {
            if (stopped) {
                throw new CancellationException("the reading of the document stopped");
            }
            try {
                pageDone.page(++read, pages);
            } catch (RuntimeException e) {
                stopped = true;
                throw e;
            }
        }

        synchronized void stop() {
            stopped = true;
        }
    }

    /** The first page (from 1) of {@code part} (from 0) of {@code parts} equal runs of {@code pages} pages. */
    static int firstPage(int part, int parts, int pages) {
        return 1 + (int) ((long) part * pages / parts);
    }

    private static List<List<PdfLine>> await(Future<List<List<PdfLine>>> part) throws IOException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException failure) {
                throw failure;
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IOException(cause);
        }
    }
}
