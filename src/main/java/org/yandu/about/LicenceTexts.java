package org.yandu.about;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The licence and notice files the build copied from each bundled jar into {@code META-INF/licenses/<artifactId>/},
 * and the standard texts ({@code META-INF/licenses/standard/}) of the licences named by jars that ship none.
 * Read from the folder beside the list, in the jar or in the build's classes folder (tests, a run from the IDE).
 */
final class LicenceTexts {
    static final String STANDARD = "standard";
    private static final Pattern MIT = Pattern.compile("\\bmit\\b");

    /**
     * A jar's licence proper, as against its notices: ControlsFX's lowercase {@code license.txt}, say, is only about
     * its icons, so ControlsFX also gets the standard text of the licence its POM names.
     */
    private static final Pattern LICENCE_FILE = Pattern.compile("(^|/)LICEN[CS]E(\\.txt|\\.md)?$");

    /** Artifact folder name → its files' texts, each under a line naming the file. */
    private final Map<String, String> bundled;
    private final Set<String> withLicenceFile;
    private final Map<String, String> standard;

    private LicenceTexts(Map<String, String> bundled, Set<String> withLicenceFile, Map<String, String> standard) {
        this.bundled = bundled;
        this.withLicenceFile = withLicenceFile;
        this.standard = standard;
    }

    /** Reads every text in the folder holding {@code list} (a classpath resource URL). */
    static LicenceTexts beside(URL list) throws IOException {
        URI uri;
        try {
            uri = list.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("Unusable resource address " + list, e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return read(parentOf(Path.of(uri)));
        }
        FileSystem opened = null;
        try {
            opened = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Someone else has the jar open as a file system; use theirs and leave it open.
        }
        try {
            return read(parentOf(Path.of(uri)));
        } finally {
            if (opened != null) {
                opened.close();
            }
        }
    }

    private static LicenceTexts read(Path folder) throws IOException {
        Map<String, String> bundled = new TreeMap<>();
        Set<String> withLicenceFile = new TreeSet<>();
        Map<String, String> standard = new TreeMap<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(Files::isDirectory).toList()) {
                String name = fileName(child);
                if (name.equals(STANDARD)) {
                    for (Path file : files(child)) {
                        standard.put(fileName(file).replaceFirst("\\.txt$", ""), readText(file));
                    }
                } else {
                    List<Path> files = files(child);
                    bundled.put(name, joined(child, files));
                    if (files.stream().anyMatch(f -> LICENCE_FILE.matcher(f.toString()).find())) {
                        withLicenceFile.add(name);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new LicenceTexts(bundled, withLicenceFile, standard);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String joined(Path folder, List<Path> files) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(heading(folder.relativize(file).toString().replace('\\', '/')));
            text.append(readText(file).strip()).append("\n\n");
        }
        return text.toString();
    }

    /** Lenient: a licence file in another encoding shows with a few replacement characters rather than not at all. */
    private static String readText(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** A zip file system's names end in "/" for folders. */
    private static String fileName(Path path) {
        return path.getFileName().toString().replace("/", "");
    }

    static String heading(String title) {
        return "──── " + title + " ────\n\n";
    }

    /** The texts copied from this artifact's jar, or empty if its jar ships none. */
    String bundled(String artifactId) {
        return bundled.getOrDefault(artifactId, "");
    }

    /** Whether this artifact's jar ships its licence itself (not just notices). */
    boolean shipsLicence(String artifactId) {
        return withLicenceFile.contains(artifactId);
    }

    /** The standard text of a licence as the list names it, or empty if it is not one we keep. */
    String standard(String licenceName) {
        String key = standardKey(licenceName);
        return key == null ? "" : standard.getOrDefault(key, "");
    }

    /**
     * Which standard text a licence name means. The build merges the POMs' spellings into SPDX names
     * ({@code licenseMerges}); the looser matches below keep a new spelling working until it is merged too.
     */
    static @Nullable String standardKey(String licenceName) {
        String l = licenceName.toLowerCase(Locale.ROOT);
        if (l.startsWith("lgpl-2.1")) {
            return "LGPL-2.1";
        }
        if (l.contains("apache")) {
            return "Apache-2.0";
        }
        if (l.contains("classpath") || l.contains("gplv2+ce")) {
            return "GPL-2.0-with-classpath-exception";
        }
        if (l.contains("lesser general public")) {
            return "LGPL-2.1";
        }
        if (l.equals("epl-1.0") || (l.contains("eclipse public license") && l.contains("1.0"))) {
            return "EPL-1.0";
        }
        if (l.contains("2-clause")) {
            return "BSD-2-Clause";
        }
        if (l.contains("bsd")) {
            return "BSD-3-Clause";
        }
        if (MIT.matcher(l).find()) {
            return "MIT";
        }
        return null;
    }

    /** The folder a resource lies in: a resource's path always has one. */
    private static Path parentOf(Path resource) {
        return Objects.requireNonNull(resource.getParent(), resource::toString);
    }
}
