package org.yandu.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yandu.BundledLibrary;

/** The bundled speeches (data/speeches, or the folder surefire names in yandu.speeches.dir) as test material. */
final class Speeches {
    static final Path DIR = BundledLibrary.speeches();

    private static List<Path> files;
    private static List<String> paragraphs;
    private static List<String> sentences;

    private Speeches() {
    }

    static synchronized List<Path> files() {
        if (files == null) {
            try (Stream<Path> list = Files.list(DIR)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("no speeches in " + DIR.toAbsolutePath());
            }
        }
        return files;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String fileName) {
        return read(DIR.resolve(fileName));
    }

    /** Every line of every file, blank ones included. */
    static synchronized List<String> paragraphs() {
        if (paragraphs == null) {
            List<String> all = new ArrayList<>();
            for (Path file : files()) {
                all.addAll(read(file).lines().toList());
            }
            paragraphs = List.copyOf(all);
        }
        return paragraphs;
    }

    static synchronized List<String> sentences() {
        if (sentences == null) {
            List<String> all = new ArrayList<>();
            for (String paragraph : paragraphs()) {
                all.addAll(HanlpText.splitSentences(paragraph));
            }
            sentences = List.copyOf(all);
        }
        return sentences;
    }

    static boolean contain(String fragment) {
        return paragraphs().stream().anyMatch(p -> p.contains(fragment));
    }
}
