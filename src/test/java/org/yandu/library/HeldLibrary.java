package org.yandu.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A library held by another Yandu: a child JVM that opens it as every Yandu does (with its lock) and keeps it
 * open, writing a note on the first paragraph for each line it is sent, or backing it up. The lock is per process,
 * so only another process shows what a reader meets while an import or a window holds the library.
 */
public final class HeldLibrary implements AutoCloseable {
    /** The line that has the holder back up instead of writing a note. */
    private static final String BACK_UP = "\u0000backup";

    private final Process holder;
    private final BufferedReader out;
    private final PrintWriter in;

    private HeldLibrary(Process holder) {
        this.holder = holder;
        this.out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintWriter(holder.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Starts the holder on {@code library} and returns once it has the library open. */
    public static HeldLibrary start(Path library) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        HeldLibrary held = new HeldLibrary(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HeldLibrary.class.getName(), library.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
        held.expect("READY");
        return held;
    }

    /** Has the holder write a note and returns once it is committed. */
    public void writeNote(String note) throws IOException {
        in.println(note);
        expect("ACK");
    }

    /** Has the holder back its library up and returns once the backup is written. */
    public void backUp() throws IOException {
        in.println(BACK_UP);
        expect("ACK");
    }

    private void expect(String answer) throws IOException {
        String line = out.readLine();
        if (!answer.equals(line)) {
            throw new IllegalStateException("The library holder said " + line + " instead of " + answer);
        }
    }

    @Override
    public void close() throws InterruptedException {
        in.close();
        if (!holder.waitFor(30, TimeUnit.SECONDS)) {
            holder.destroyForcibly().waitFor();
        }
    }

    /** The child: {@code library} is opened (a speech stored if it has none), then a note per line of stdin. */
    public static void main(String[] args) throws IOException {
        try (LibraryStore store = LibraryStore.open(Path.of(args[0]));
             BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            if (store.speeches().isEmpty()) {
                store.recordImport(new SourceFile("/held.txt", "held.txt", "txt", "UTF-8", 1, "held"), null,
                        List.of(new SpeechDraft("试验", false, null, null, null, null, List.of(), List.of(
                                ParagraphDraft.body("密切联系群众是我们党的优良作风。")))));
            }
            long paragraph = store.paragraphs(store.speeches().get(0).id()).get(0).id();
            System.out.println("READY");
            System.out.flush();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals(BACK_UP)) {
                    store.backups().create("manual");
                } else {
                    store.annotations().noteOnParagraph(paragraph, line, List.of());
                }
                System.out.println("ACK");
                System.out.flush();
            }
        }
    }
}
